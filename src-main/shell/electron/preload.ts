/**
 * The preload: exposes `window.kiosk` (the grouped contract API plus `on(event)`) and never
 * ipcRenderer itself. Bundled to one CommonJS file, because sandboxed preloads cannot import.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../contract/api-shape.js';
import { EVENT_NAMES, type EventName } from '../../contract/events.js';
import type { Result } from '../../contract/result.js';
import { CHANNEL_PREFIX, EVENT_CHANNEL } from './ipc.js';

const api = buildApi(
  (method, input) => ipcRenderer.invoke(CHANNEL_PREFIX + method, input) as Promise<Result<unknown>>,
);

contextBridge.exposeInMainWorld('kiosk', {
  ...api,
  on(event: EventName, listener: (data: unknown) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error('unknown event');
    const handler = (_e: unknown, message: { event: EventName; data: unknown }): void => {
      if (message.event === event) listener(message.data);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
