/**
 * The application's typed error. `code` is stable (`AREA.REASON`), `message` is Chinese and shown to
 * users, `messageEn` its English when the rule gives one (the server replies in the request's language:
 * docs/api-conventions.md), `field` names the input field at fault (dotted path) for field-level form errors.
 */
import type { Localized } from './i18n/localized';

export type ErrorKind =
  | 'bad-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable';

/** An error message: Chinese only (older areas), or Chinese and English. */
export type ErrorMessage = string | Localized;

export class AppError extends Error {
  /** The English message, when the rule wrote one. */
  readonly messageEn?: string;

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: ErrorMessage,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : message.zh);
    if (typeof message !== 'string') this.messageEn = message.en;
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<ErrorKind, number> = {
  'bad-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
};

export const badInput = (code: string, message: ErrorMessage, field?: string, details?: unknown) =>
  new AppError('bad-input', code, message, field, details);
export const notFound = (code: string, message: ErrorMessage) => new AppError('not-found', code, message);
export const forbidden = (
  message: ErrorMessage = { zh: '无权执行此操作', en: 'You are not allowed to do this' },
) => new AppError('forbidden', 'AUTH.FORBIDDEN', message);
export const conflict = (code: string, message: ErrorMessage, details?: unknown) =>
  new AppError('conflict', code, message, undefined, details);

/**
 * The stale-version conflict every optimistic-concurrency update throws; `what` names the record in
 * Chinese ('该事项'), or in both languages.
 */
export const staleVersion = (what: ErrorMessage) => {
  const zh = typeof what === 'string' ? what : what.zh;
  const en = typeof what === 'string' ? 'This record' : what.en;
  return conflict('COMMON.STALE_VERSION', {
    zh: `${zh}已被他人修改，请刷新后重试`,
    en: `${en} was changed by someone else; refresh and try again`,
  });
};
