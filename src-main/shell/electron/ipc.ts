/**
 * IPC wiring: one `ipcMain.handle` channel per contract method, each checking that the sender
 * is the kiosk window's main frame before dispatching. Written against a minimal interface so
 * it is tested with fakes; main.ts passes Electron's real ipcMain.
 */
import { METHOD_NAMES } from '../../contract/method-names.js';
import type { Result } from '../../contract/result.js';
import type { Dispatch } from '../../api/dispatch.js';

export const CHANNEL_PREFIX = 'kiosk:';
export const EVENT_CHANNEL = 'kiosk:event';

export interface IpcEventLike {
  sender: { id: number };
  senderFrame: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (event: IpcEventLike) => boolean;

export function wireIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrusted: SenderCheck): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + method, async (event, input) => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问。' } };
      }
      return dispatch(method, input);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(CHANNEL_PREFIX + method);
  };
}

/** Trusted = sent by the kiosk window's web contents, from its main frame. */
export function mainFrameCheck(window: { webContents: { id: number; mainFrame: unknown } }): SenderCheck {
  return (event) =>
    event.sender.id === window.webContents.id && event.senderFrame === window.webContents.mainFrame;
}
