import { describe, expect, it } from 'vitest';
import { ApiFailure, unwrap } from '../../../../src-renderer/api/client.js';
import { formError } from '../../../../src-renderer/admin/admin-api.js';

describe('formError', () => {
  it('keeps the field of a failure from unwrap, so the form marks that field', async () => {
    const error = await unwrap(
      Promise.resolve({
        ok: false as const,
        error: { code: 'INPUT' as const, message: '两次输入不一致', field: 'next' },
      }),
    ).catch((e: unknown) => e);
    expect(formError(error)).toEqual({ field: 'next', message: '两次输入不一致' });
  });

  it('shows a failure without a field as a message only', () => {
    expect(formError(new ApiFailure('同步失败', 'OFFLINE'))).toEqual({ message: '同步失败' });
  });

  it('shows a calm sentence for anything that is not an Error', () => {
    expect(formError('boom')).toEqual({ message: '操作失败，请重试。' });
  });
});
