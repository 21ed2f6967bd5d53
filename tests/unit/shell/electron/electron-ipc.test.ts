import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../../src-main/api/dispatch.js';
import { METHOD_NAMES } from '../../../../src-main/contract/method-names.js';
import {
  CHANNEL_PREFIX,
  mainFrameCheck,
  wireIpc,
  type IpcEventLike,
  type IpcMainLike,
} from '../../../../src-main/shell/electron/ipc.js';

function fakeIpcMain(): IpcMainLike & { handlers: Map<string, Parameters<IpcMainLike['handle']>[1]> } {
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  return {
    handlers,
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
}

describe('IPC wiring', () => {
  const mainFrame = { frame: 'main' };
  const win = { webContents: { id: 7, mainFrame } };
  const calls: Array<[string, unknown]> = [];
  const dispatch: Dispatch = (method, input) => {
    calls.push([method, input]);
    return Promise.resolve({ ok: true, value: 'done' });
  };

  it('registers one channel per contract method and removes them all', () => {
    const ipc = fakeIpcMain();
    const unwire = wireIpc(ipc, dispatch, mainFrameCheck(win));
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => CHANNEL_PREFIX + m).sort());
    unwire();
    expect(ipc.handlers.size).toBe(0);
  });

  it('dispatches calls from the kiosk window main frame', async () => {
    const ipc = fakeIpcMain();
    wireIpc(ipc, dispatch, mainFrameCheck(win));
    const event: IpcEventLike = { sender: { id: 7 }, senderFrame: mainFrame };
    const result = await ipc.handlers.get(CHANNEL_PREFIX + 'catalog.item')!(event, { id: 'a' });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(calls.at(-1)).toEqual(['catalog.item', { id: 'a' }]);
  });

  it('rejects other senders and sub-frames without dispatching', async () => {
    const ipc = fakeIpcMain();
    wireIpc(ipc, dispatch, mainFrameCheck(win));
    const before = calls.length;
    const otherWindow = await ipc.handlers.get(CHANNEL_PREFIX + 'app.info')!(
      { sender: { id: 8 }, senderFrame: mainFrame },
      {},
    );
    const subFrame = await ipc.handlers.get(CHANNEL_PREFIX + 'app.info')!(
      { sender: { id: 7 }, senderFrame: { frame: 'iframe' } },
      {},
    );
    expect(otherWindow).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(subFrame).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls.length).toBe(before);
  });
});
