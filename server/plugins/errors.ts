import { AppError, HTTP_STATUS } from '@core/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** The error body of every failed request: a stable code, a Chinese message and the field at fault. */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  details?: unknown;
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
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (error.field) body.field = error.field;
      if (error.details !== undefined) body.details = error.details;
      return reply.status(HTTP_STATUS[error.kind]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = fieldOf(first?.instancePath);
      const body: ErrorBody = {
        code: 'COMMON.INVALID_INPUT',
        message: first?.message ? `输入有误：${first.message}` : '输入有误',
        details: error.validation.map((issue) => ({
          field: fieldOf(issue.instancePath),
          message: issue.message,
        })),
      };
      if (field) body.field = field;
      return reply.status(400).send(body);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.status(500).send({ code: 'COMMON.INTERNAL', message: '服务器内部错误，请稍后再试' });
    }
    const pgCode =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    if (pgCode === '23505') {
      return reply.status(409).send({ code: 'COMMON.DUPLICATE', message: '记录已存在，不能重复' });
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
      return reply.status(status).send({ code: status === 429 ? 'COMMON.RATE_LIMITED' : code, message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'COMMON.INTERNAL', message: '服务器内部错误，请稍后再试' });
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the single-page app (e.g. /kiosk, /admin/windows) get its index.html.
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ code: 'COMMON.NOT_FOUND', message: `找不到 ${request.method} ${request.url.split('?')[0]}` });
  });
}
