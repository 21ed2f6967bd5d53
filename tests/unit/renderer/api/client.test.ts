import { describe, expect, it } from 'vitest';
import { ApiFailure, unwrap } from '../../../../src-renderer/api/client.js';
import type { Result } from '../../../../src-main/contract/result.js';

describe('unwrap', () => {
  it('gives the value of a good result', async () => {
    const ok: Result<number> = { ok: true, value: 7 };
    await expect(unwrap(Promise.resolve(ok))).resolves.toBe(7);
  });

  it('throws an ApiFailure with the message, the code and the field the core named', async () => {
    const bad: Result<number> = {
      ok: false,
      error: { code: 'INPUT', message: '请填写服务器地址', field: 'serverUrl' },
    };
    const failure = await unwrap(Promise.resolve(bad)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ message: '请填写服务器地址', code: 'INPUT', field: 'serverUrl' });
  });
});
