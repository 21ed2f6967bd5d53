/**
 * The one door of admin mode and first-run setup, wrapped around the handlers: every `admin.*` method but
 * `admin.enter` answers UNAUTHORIZED while admin mode is closed, every `setup.*` method but `setup.state`
 * answers CONFLICT once setup is done, admin mode entered with the one-time code allows nothing but setting
 * the PIN, and each action that changes something is written to the audit log
 * after it succeeded (the detail never holds a PIN or a citizen's data).
 */
import type { z } from 'zod';
import { UnauthorizedError } from '../contract/errors.js';
import { METHOD_NAMES, type MethodName, type MethodOutput, type Methods } from '../contract/methods.js';
import type { Handlers } from './dispatch.js';

export type AuditDetails = {
  [M in MethodName]?: (input: z.output<Methods[M]['input']>, output: MethodOutput<M>) => string;
};

export interface GuardDeps {
  admin: { isOpen(): boolean; pinSetupRequired(): boolean };
  setup: { assertNeeded(): void };
  audit: { add(action: string, detail: string): void };
  details: AuditDetails;
}

export const OPEN_ADMIN_METHODS: readonly MethodName[] = ['admin.enter'];
export const OPEN_SETUP_METHODS: readonly MethodName[] = ['setup.state'];
/** What admin mode entered with the one-time code may do before the hall's PIN is set. */
export const PIN_SETUP_METHODS: readonly MethodName[] = ['admin.setFirstPin', 'admin.session', 'admin.exit'];

function gate(name: MethodName, deps: GuardDeps): (() => void) | null {
  if (name.startsWith('admin.') && !OPEN_ADMIN_METHODS.includes(name))
    return () => {
      if (!deps.admin.isOpen())
        throw new UnauthorizedError(`${name} outside admin mode`, '管理模式已关闭，请重新输入管理密码。');
      if (deps.admin.pinSetupRequired() && !PIN_SETUP_METHODS.includes(name))
        throw new UnauthorizedError(`${name} before the first PIN`, '请先设置管理密码。');
    };
  if (name.startsWith('setup.') && !OPEN_SETUP_METHODS.includes(name)) return () => deps.setup.assertNeeded();
  return null;
}

export function guardAdmin(handlers: Handlers, deps: GuardDeps): Handlers {
  const guarded = { ...handlers } as unknown as Record<string, (input: unknown) => unknown>;
  for (const name of METHOD_NAMES) {
    const check = gate(name, deps);
    const detail = deps.details[name] as ((input: unknown, output: unknown) => string) | undefined;
    if (!check && !detail) continue;
    const handler = handlers[name] as (input: unknown) => unknown;
    guarded[name] = async (input: unknown) => {
      check?.();
      const output = await handler(input);
      if (detail) deps.audit.add(name, detail(input, output));
      return output;
    };
  }
  return guarded as Handlers;
}
