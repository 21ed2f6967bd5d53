/**
 * Contract method → handler, with every input validated against the contract's schema and
 * every failure turned into the result envelope: typed errors keep their code and Chinese
 * message, anything else is a bug logged with a correlation id and shown as a calm sentence.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  DEFAULT_USER_MESSAGES,
  DeviceError,
  InputError,
  KioskError,
  StoreFullError,
} from '../contract/errors.js';
import {
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type Methods,
} from '../contract/methods.js';
import type { ErrorBody, Result } from '../contract/result.js';
import type { Logger } from '../log/logger.js';
import { isDiskFullError } from '../store/disk-space.js';
import { stackFrames } from '../log/stack-frames.js';

export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export { stackFrames };

export function errorBody(thrown: unknown, log: Logger, method: string): ErrorBody {
  // A write that met a full disk is an expected fault with its own calm sentence, not a bug.
  const error = isDiskFullError(thrown) ? new StoreFullError('disk full while writing') : thrown;
  if (error instanceof KioskError) {
    const body: ErrorBody = {
      code: error.code,
      message: error.userMessage ?? DEFAULT_USER_MESSAGES[error.code],
    };
    if (error instanceof InputError && error.field) body.field = error.field;
    if (error instanceof DeviceError) body.reason = error.reason;
    log.warn(
      { method, code: error.code, err: { type: error.name, message: error.message } },
      'request failed',
    );
    return body;
  }
  const correlationId = randomUUID();
  // Only the type and the stack frames: a bug's message (also the stack's first line) could quote input.
  const err =
    error instanceof Error ? { type: error.name, frames: stackFrames(error) } : { type: typeof error };
  log.error({ method, correlationId, err }, 'unexpected error');
  return { code: 'INTERNAL', message: DEFAULT_USER_MESSAGES.INTERNAL, correlationId };
}

export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      log.warn({ method: method.slice(0, 60) }, 'unknown method');
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: DEFAULT_USER_MESSAGES.UNKNOWN_METHOD } };
    }
    const parsed = methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(input)';
      // Only the top-level field, always a name of the schema: deeper segments can be record keys the
      // client chose (a form value's key), which may hold anything, personal data included.
      const top = issue?.path[0];
      log.warn({ method, code: 'INPUT', field: typeof top === 'string' ? top : '(input)' }, 'invalid input');
      return {
        ok: false,
        error: { code: 'INPUT', field, message: `输入的内容有误（${field}），请检查后重试。` },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: errorBody(error, log, method) };
    }
  };
}
