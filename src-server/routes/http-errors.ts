/**
 * Error answers of the protocol: `{ error: { code, message, field? } }` with a Chinese message.
 * Routes throw HttpError; the app's error handler turns it (and Fastify's own errors) into an answer.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ErrorAnswer, ServerErrorCode } from '../../src-protocol/index.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toAnswer(): ErrorAnswer {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field !== undefined ? { field: this.field } : {}),
      },
    };
  }
}

/** Parses with zod or throws 400 INVALID naming the first bad field. */
export function parseOrInvalid<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return invalid(
    field ? `${field}：${issue?.message ?? '格式不对'}` : `${what}格式不对：${issue?.message ?? ''}`,
    field || undefined,
  );
}

function invalid(message: string, field: string | undefined): never {
  throw new HttpError(400, 'INVALID', message, field);
}

export const unauthorized = (): HttpError =>
  new HttpError(401, 'UNAUTHORIZED', '设备未登记、凭证无效或已停用');

/** Installs the error and not-found handlers that keep every answer in the protocol's shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(new HttpError(404, 'NOT_FOUND', '没有这个接口').toAnswer());
  });
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.toAnswer());
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.code(413).send(new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的内容太大').toAnswer());
    if (status >= 400 && status < 500)
      return reply.code(status).send(new HttpError(status, 'INVALID', '请求格式不对，应为 JSON').toAnswer());
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(new HttpError(500, 'INTERNAL', '服务器内部错误，请稍后再试').toAnswer());
  });
}
