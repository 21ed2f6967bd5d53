/**
 * The SMS gateway as an HTTP webhook: `POST url` with `{ templateId, phone, variables }` as JSON (and a
 * bearer token when configured). 2xx is sent; 408, 429 and 5xx, a timeout or a broken connection are
 * worth a retry; any other answer is a permanent refusal. Nothing of the request is logged here.
 */
import { NoticeError, type ProgressNotice, type ProgressNotifier } from './notifier.js';

export interface WebhookOptions {
  url: string;
  token?: string;
  timeoutMs?: number;
}

export class WebhookNotifier implements ProgressNotifier {
  readonly kind = 'webhook';
  constructor(private readonly options: WebhookOptions) {}

  async send(notice: ProgressNotice): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        body: JSON.stringify(notice),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? '短信网关超时' : '连不上短信网关';
      throw new NoticeError(reason, false);
    }
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    const retry = response.status === 408 || response.status === 429 || response.status >= 500;
    throw new NoticeError(`短信网关回答 ${response.status}`, !retry);
  }
}
