/**
 * The console's client of /console/api: JSON in and out, the session cookie sent by the browser, the
 * CSRF token in X-CSRF-Token on every change; a refusal becomes a ConsoleApiError with the server's
 * Chinese message.
 */
import type { ConsoleErrorAnswer } from '../src-server/console/console-api.types.js';

export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

let csrf = '';
export function setCsrf(token: string): void {
  csrf = token;
}

/** Called when the server says the session is gone (logout elsewhere, idle expiry). */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}
/** Tells the app the session is gone (an event stream learnt it). */
export function signedOut(): void {
  onSignedOut();
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method === 'POST') headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/console/api/${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ConsoleApiError(0, '连不上服务器，请检查网络后重试');
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (response.ok) return data as T;
  const message = (data as ConsoleErrorAnswer | null)?.error?.message ?? `服务器错误（${response.status}）`;
  if (response.status === 401 && path !== 'login') onSignedOut();
  throw new ConsoleApiError(response.status, message);
}

export const api = {
  get: <T>(path: string): Promise<T> => request<T>('GET', path),
  post: <T>(path: string, body?: unknown): Promise<T> => request<T>('POST', path, body),
};
