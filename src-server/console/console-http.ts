/**
 * The console's HTTP guard: the session cookie (HttpOnly, SameSite=Strict, Path=/console), the CSRF
 * check of every state-changing request (the session's CSRF token in `X-CSRF-Token`, and an `Origin`,
 * when sent, naming this server), and the staff user behind a request. A device token means nothing here:
 * the console reads only its own cookie.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../routes/http-errors.js';
import type { StaffService, StaffSession } from './staff.service.js';

export const SESSION_COOKIE = 'console_session';

/** `?page=` of a paged list of the console: from 1. */
export const pageQuery = z.coerce
  .number({ message: '页码应为数字' })
  .int('页码应为整数')
  .min(1, '页码从 1 开始')
  .max(100_000, '页码太大')
  .optional();
export const CSRF_HEADER = 'x-csrf-token';

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
    }
  }
  return null;
}

const secure = (request: FastifyRequest): boolean => request.protocol === 'https';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${token}; Path=/console; HttpOnly; SameSite=Strict${secure(request) ? '; Secure' : ''}`,
  );
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=; Path=/console; HttpOnly; SameSite=Strict; Max-Age=0${secure(request) ? '; Secure' : ''}`,
  );
}

export const notSignedIn = (): HttpError => new HttpError(401, 'UNAUTHORIZED', '请先登录，或登录已超时');
export const forbidden = (message = '没有权限'): HttpError => new HttpError(403, 'FORBIDDEN', message);

/** An `Origin` header, when the browser sends one, must be this server's own. */
export function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const host = request.headers.host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden('请求来源不对');
  }
  if (!host || originHost !== host) throw forbidden('请求来源不对');
}

/** The signed-in staff session; for anything but GET, also the CSRF token and the origin. */
export async function requireStaff(request: FastifyRequest, staff: StaffService): Promise<StaffSession> {
  const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!token) throw notSignedIn();
  const session = await staff.session(token);
  if (!session) throw notSignedIn();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    checkOrigin(request);
    if (request.headers[CSRF_HEADER] !== session.csrf) throw forbidden('页面已过期，请刷新后重试');
  }
  return session;
}
