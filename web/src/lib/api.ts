/**
 * The typed HTTP client of the web app. Same origin, session cookie, JSON both ways. Writes carry the
 * session's CSRF token in `x-csrf-token` (synchronizer token, see server/plugins/auth.ts); the token comes
 * from login and from GET /api/auth/me. Error bodies `{ code, message, field?, details? }` become ApiError.
 */
import type { FormInstance } from 'antd';

export const CSRF_HEADER = 'x-csrf-token';
/** The header naming the UI's language: the server words error messages in it (docs/api-conventions.md). */
export const LOCALE_HEADER = 'x-lawhall-locale';

/** A failed request: the server's stable code, its message (in the UI's language) and the field at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isStale(): boolean {
    return this.code === 'COMMON.STALE_VERSION';
  }
}

/** A paged list reply (docs/api-conventions.md). */
export interface Page<T> {
  items: T[];
  total: number;
}

let csrfToken: string | undefined;
let uiLocale = 'zh-CN';
let onUnauthorized: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The UI's language, sent with every request (the app's I18nProvider keeps it current). */
export function setRequestLocale(locale: string): void {
  uiLocale = locale;
}

const english = () => /^en\b/i.test(uiLocale);

/** Called on any 401 outside the auth routes (the session expired): the auth layer sends the user to /login. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** `/api/x` + `?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; field?: string; details?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

async function ensureCsrfToken(): Promise<string | undefined> {
  if (csrfToken) return csrfToken;
  const response = await fetch('/api/auth/me', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (response.ok) {
    const me = (await response.json()) as { csrfToken?: string };
    csrfToken = me.csrfToken;
  }
  return csrfToken;
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', [LOCALE_HEADER]: uiLocale };
  const write = method !== 'GET' && method !== 'HEAD';
  if (write && !path.startsWith('/api/auth/login')) {
    const token = await ensureCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const message = english()
      ? 'Cannot reach the server; check the network and try again'
      : '无法连接服务器，请检查网络后重试';
    throw new ApiError(0, 'NETWORK.UNREACHABLE', message);
  }
  const text = await response.text();
  let data: unknown;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = isErrorBody(data)
      ? new ApiError(response.status, data.code, data.message, data.field, data.details)
      : new ApiError(
          response.status,
          `HTTP.${response.status}`,
          english() ? `Request failed (${response.status})` : `请求失败（${response.status}）`,
        );
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** The field-level errors an ApiError carries: its `field`, plus zod's per-issue `details`. */
export function fieldErrorsOf(error: ApiError): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (Array.isArray(error.details)) {
    for (const issue of error.details) {
      const field = (issue as { field?: unknown }).field;
      const message = (issue as { message?: unknown }).message;
      if (typeof field === 'string' && typeof message === 'string') out.push({ field, message });
    }
  }
  if (error.field && !out.some((e) => e.field === error.field))
    out.unshift({ field: error.field, message: error.message });
  return out;
}

/**
 * Puts the server's field errors onto the antd form fields they name (`a.b` → ['a','b']); returns true
 * when at least one landed on a field the form has, so the caller need not show a toast as well.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set<string>();
  form.getFieldsValue({
    filter: (meta) => {
      if (meta) known.add(meta.name.join('.'));
      return false;
    },
  });
  const fields = fieldErrorsOf(error)
    .map(({ field, message }) => ({
      name: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [message],
    }))
    .filter((f) => known.has(f.name.join('.')));
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}

/** A message for any error thrown by a request or by code. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
