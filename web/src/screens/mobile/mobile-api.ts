/**
 * Fetch for the phone pages (/m): public routes, no session. The tracking access token travels in the
 * `x-citizen-token` header and lives in sessionStorage (gone when the tab closes). Errors become the
 * kiosk's ScreenError (a Chinese message fit for a citizen).
 */
import { NETWORK_MESSAGE, ScreenError } from '../public-fetch';

export const TOKEN_HEADER = 'x-citizen-token';
const TRACK_KEY = 'lawhall.m.track';

export function savedTrackToken(): string | undefined {
  try {
    return sessionStorage.getItem(TRACK_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveTrackToken(token: string | undefined): void {
  try {
    if (token) sessionStorage.setItem(TRACK_KEY, token);
    else sessionStorage.removeItem(TRACK_KEY);
  } catch {
    // storage blocked: the token lasts for this page only
  }
}

async function send(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers[TOKEN_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ScreenError('NETWORK.UNREACHABLE', NETWORK_MESSAGE);
  }
  if (!response.ok) {
    let data: { code?: string; message?: string; field?: string } | undefined;
    try {
      data = (await response.json()) as typeof data;
    } catch {
      data = undefined;
    }
    const message =
      response.status < 500 && data?.message && /[\u4e00-\u9fff]/.test(data.message)
        ? data.message
        : response.status === 429
          ? '操作太频繁了，请稍后再试'
          : '系统暂时忙，请稍后再试';
    throw new ScreenError(data?.code ?? `HTTP.${response.status}`, message, response.status, data?.field);
  }
  return response;
}

export const mobileApi = {
  get: async <T>(path: string, token?: string) =>
    (await (await send('GET', path, undefined, token)).json()) as T,
  post: async <T>(path: string, body: unknown, token?: string) =>
    (await (await send('POST', path, body, token)).json()) as T,
  /** Downloads a file (a .docx) and hands it to the browser as `fileName`. */
  async download(path: string, fileName: string, token?: string): Promise<void> {
    const response = await send('GET', path, undefined, token);
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
