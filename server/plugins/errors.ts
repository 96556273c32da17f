import { AppError, HTTP_STATUS } from '@core/errors';
import { type MessageLocale, messageLocaleOf } from '@core/i18n/localized';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { SHARED_MESSAGES_EN, validationIssueEnglish } from './error-english';

/**
 * The error body of every failed request: a stable code, the message in the request's language (Chinese
 * unless `x-lawhall-locale: en`) and the field at fault.
 */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  details?: unknown;
}

/** The header a client names its language in (docs/api-conventions.md, "Error language"). */
export const LOCALE_HEADER = 'x-lawhall-locale';

/** `zh` in Chinese; in English the rule's own English, else the code's general English, else `zh`. */
function localized(locale: MessageLocale, code: string, zh: string, en?: string): string {
  if (locale === 'zh') return zh;
  return en ?? SHARED_MESSAGES_EN[code] ?? zh;
}

function fieldOf(instancePath: string | undefined): string | undefined {
  if (!instancePath) return undefined;
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
}

/**
 * One map from errors to HTTP (ARCHITECTURE.md): AppError → its kind's status; request-schema errors →
 * 400 COMMON.INVALID_INPUT with the first field; unknown errors → 500 without internals (logged).
 * Also unique-constraint violations → 409 COMMON.DUPLICATE as a safety net.
 */
export function registerErrorHandler(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const locale = messageLocaleOf(request.headers[LOCALE_HEADER]);
    const send = (status: number, code: string, zh: string) =>
      reply.status(status).send({ code, message: localized(locale, code, zh) });
    if (error instanceof AppError) {
      const body: ErrorBody = {
        code: error.code,
        message: localized(locale, error.code, error.message, error.messageEn),
      };
      if (error.field) body.field = error.field;
      if (error.details !== undefined) body.details = error.details;
      return reply.status(HTTP_STATUS[error.kind]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = fieldOf(first?.instancePath);
      const context = (error as FastifyError).validationContext;
      const input = context ? (request as unknown as Record<string, unknown>)[context] : undefined;
      const messageOf = (issue: typeof first) =>
        locale === 'en' ? validationIssueEnglish(issue ?? {}, input) : (issue?.message ?? '');
      const body: ErrorBody = {
        code: 'COMMON.INVALID_INPUT',
        message:
          locale === 'en'
            ? `Invalid input: ${messageOf(first)}`
            : first?.message
              ? `输入有误：${first.message}`
              : '输入有误',
        details: error.validation.map((issue) => ({
          field: fieldOf(issue.instancePath),
          message: messageOf(issue),
        })),
      };
      if (field) body.field = field;
      return reply.status(400).send(body);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return send(500, 'COMMON.INTERNAL', '服务器内部错误，请稍后再试');
    }
    const pgCode =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    if (pgCode === '23505') {
      return send(409, 'COMMON.DUPLICATE', '记录已存在，不能重复');
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      const code =
        status === 413
          ? 'COMMON.TOO_LARGE'
          : status === 415
            ? 'COMMON.UNSUPPORTED_MEDIA'
            : 'COMMON.BAD_REQUEST';
      const message =
        status === 413
          ? '上传内容过大'
          : status === 415
            ? '不支持的内容类型'
            : status === 429
              ? '请求过于频繁，请稍后再试'
              : '请求无效';
      return send(status, status === 429 ? 'COMMON.RATE_LIMITED' : code, message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'COMMON.INTERNAL', '服务器内部错误，请稍后再试');
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the single-page app (e.g. /kiosk, /admin/windows) get its index.html.
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    const what = `${request.method} ${request.url.split('?')[0]}`;
    return reply.status(404).send({
      code: 'COMMON.NOT_FOUND',
      message: localized(
        messageLocaleOf(request.headers[LOCALE_HEADER]),
        'COMMON.NOT_FOUND',
        `找不到 ${what}`,
        `Not found: ${what}`,
      ),
    });
  });
}
