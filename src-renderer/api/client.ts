/**
 * The renderer's only door to main: `window.kiosk` under Electron (preload), or the same
 * contract over HTTP + SSE from the loopback web shell. Both are built from the contract list.
 */
import { buildApi, type KioskApi } from '../../src-main/contract/api-shape.js';
import type { EventName, KioskEvents } from '../../src-main/contract/events.js';
import { PRELOADED_METHOD } from '../../src-main/contract/method-names.js';
import type { Result } from '../../src-main/contract/result.js';

export interface KioskBridge {
  api: KioskApi;
  on<E extends EventName>(event: E, listener: (data: KioskEvents[E]) => void): () => void;
}

type PreloadApi = KioskApi & {
  on(event: EventName, listener: (data: unknown) => void): () => void;
};

declare global {
  interface Window {
    kiosk?: PreloadApi;
  }
}

/**
 * The web shell's bridge: the session is an HttpOnly cookie the shell set when the browser redeemed
 * its launch code, sent by the browser with every same-origin request; script never sees it.
 */
function httpBridge(): KioskBridge {
  const api = buildApi(async (method, input): Promise<Result<unknown>> => {
    try {
      // The first state takes no input: a GET, which the browser answers from index.html's preload of it.
      const res = await fetch(
        `/api/${method}`,
        method === PRELOADED_METHOD
          ? {}
          : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) },
      );
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: '终端内部连接中断，请稍候或联系工作人员。' } };
    }
  });
  const source = new EventSource('/api/events');
  return {
    api,
    on(event, listener) {
      const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data) as never);
      source.addEventListener(event, handler as EventListener);
      return () => source.removeEventListener(event, handler as EventListener);
    },
  };
}

export function connect(): KioskBridge {
  const preload = window.kiosk;
  if (preload) {
    return {
      api: preload,
      on: (event, listener) => preload.on(event, listener as (data: unknown) => void),
    };
  }
  return httpBridge();
}

/**
 * The renderer's one way to open a contract result: the value, or an `ApiFailure` carrying the Chinese
 * message, the code and the field the core named. Screens show the message inline.
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new ApiFailure(result.error.message, result.error.code, result.error.field);
}

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
