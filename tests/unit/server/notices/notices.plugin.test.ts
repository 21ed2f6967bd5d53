import { describe, expect, it } from 'vitest';
import { noticeSetupFromEnv, noticeTemplateOf } from '../../../../src-server/notices/notices.plugin.js';

describe('noticeSetupFromEnv', () => {
  it('is absent without a gateway or a file, and the console then says no template', () => {
    expect(noticeSetupFromEnv({})).toBeUndefined();
    expect(noticeTemplateOf(undefined)).toBeNull();
  });

  it('reads the template and the retry schedule for a webhook', () => {
    const setup = noticeSetupFromEnv({
      DISTRICT_SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms',
      DISTRICT_SMS_TEMPLATE: 'SMS_X',
      DISTRICT_SMS_MAX_ATTEMPTS: '2',
      DISTRICT_SMS_BACKOFF_MS: '250',
      DISTRICT_NOTICE_INTERVAL_MS: '100',
    });
    expect(setup?.notifier.kind).toBe('webhook');
    expect(setup?.options).toEqual({ templateId: 'SMS_X', maxAttempts: 2, backoffMs: 250 });
    expect(setup?.intervalMs).toBe(100);
    expect(noticeTemplateOf(setup)).toBe('SMS_X');
  });

  it('keeps the defaults for values that are not positive whole numbers', () => {
    const setup = noticeSetupFromEnv({
      DISTRICT_NOTICE_FILE: '/tmp/notices.jsonl',
      DISTRICT_SMS_MAX_ATTEMPTS: '0',
      DISTRICT_SMS_BACKOFF_MS: '-5',
      DISTRICT_NOTICE_INTERVAL_MS: '1e3',
    });
    expect(setup?.options).toEqual({});
    expect(setup?.intervalMs).toBeUndefined();
    expect(noticeTemplateOf(setup)).toBe('CASE_STATUS');
  });
});
