/**
 * The declaration handlers on their own: the submission goes to the service, the A4 application form
 * is kept from its result and answer; nothing else (the sync is kicked by the outbox, not here).
 */
import { describe, expect, it, vi } from 'vitest';
import { declarationHandlers } from '../../../../src-main/api/handlers/declaration.handlers.js';
import type { ApplicationFormService } from '../../../../src-main/services/declaration/application-form.service.js';
import type { DeclarationService } from '../../../../src-main/services/declaration/declaration.service.js';

describe('declaration handlers', () => {
  it('submit keeps the application form of the stored declaration and returns both', async () => {
    const now = new Date('2026-11-25T02:00:00Z');
    const result = { localNumber: 'ZCKL01202611250001' };
    const submit = vi.fn(() => Promise.resolve(result));
    const keep = vi.fn(() => ({ available: true }));
    const handlers = declarationHandlers({
      declarations: { submit } as unknown as DeclarationService,
      applicationForms: { keep, print: vi.fn() } as unknown as ApplicationFormService,
      now: () => now,
    });
    const input = { itemId: 'dibao-confirm', values: {}, identityMethod: 'manual' } as never;
    const answer = await handlers['declaration.submit'](input);
    expect(submit).toHaveBeenCalledWith(input, now);
    expect(keep).toHaveBeenCalledWith(result, input);
    expect(answer).toEqual({ ...result, applicationForm: { available: true } });
  });

  it('a failed submission keeps no form', async () => {
    const keep = vi.fn();
    const handlers = declarationHandlers({
      declarations: {
        submit: () => Promise.reject(new Error('store full')),
      } as unknown as DeclarationService,
      applicationForms: { keep, print: vi.fn() } as unknown as ApplicationFormService,
      now: () => new Date(),
    });
    await expect(handlers['declaration.submit']({} as never)).rejects.toThrow('store full');
    expect(keep).not.toHaveBeenCalled();
  });
});
