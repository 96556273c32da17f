/**
 * Plain fetch for the kiosk and the display board: public routes, no session, no CSRF token.
 * Every failure becomes a ScreenError with a Chinese message fit to show a citizen (never a stack).
 */

export class ScreenError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ScreenError';
  }
}

export const NETWORK_MESSAGE = '网络连接中断，请稍后再试，或请大厅工作人员帮忙';
const SERVER_MESSAGE = '系统暂时忙，请稍后再试，或请大厅工作人员帮忙';

async function send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ScreenError('NETWORK.UNREACHABLE', NETWORK_MESSAGE);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = data as { code?: unknown; message?: unknown; field?: unknown } | undefined;
    const code = typeof error?.code === 'string' ? error.code : `HTTP.${response.status}`;
    // 5xx messages are generic on the server already; still never show an English or technical text.
    const message =
      response.status < 500 && typeof error?.message === 'string' && /[\u4e00-\u9fff]/.test(error.message)
        ? error.message
        : response.status === 429
          ? '操作太频繁了，请稍等片刻再试'
          : SERVER_MESSAGE;
    throw new ScreenError(
      code,
      message,
      response.status,
      typeof error?.field === 'string' ? error.field : undefined,
    );
  }
  return data as T;
}

export const getJson = <T>(path: string) => send<T>('GET', path);
export const postJson = <T>(path: string, body: unknown) => send<T>('POST', path, body);

/** A message for anything thrown, safe for a public screen. */
export function screenMessage(error: unknown): string {
  return error instanceof ScreenError ? error.message : SERVER_MESSAGE;
}
