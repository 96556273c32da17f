/**
 * The application's typed error. `code` is stable (`AREA.REASON`), `message` is Chinese and shown to
 * users, `field` names the input field at fault (dotted path) for field-level form errors.
 */
export type ErrorKind =
  | 'bad-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable';

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
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

export const badInput = (code: string, message: string, field?: string, details?: unknown) =>
  new AppError('bad-input', code, message, field, details);
export const notFound = (code: string, message: string) => new AppError('not-found', code, message);
export const forbidden = (message = '无权执行此操作') => new AppError('forbidden', 'AUTH.FORBIDDEN', message);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError('conflict', code, message, undefined, details);

/** The stale-version conflict every optimistic-concurrency update throws. */
export const staleVersion = (what: string) =>
  conflict('COMMON.STALE_VERSION', `${what}已被他人修改，请刷新后重试`);
