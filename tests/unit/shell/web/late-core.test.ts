import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../../src-main/services/event-bus.js';
import { lateCore } from '../../../../src-main/shell/web/late-core.js';

function fakeCore() {
  const bus = new EventBus();
  let subscribed = 0;
  return {
    dispatch: vi.fn((method: string) => Promise.resolve({ ok: true as const, value: method })),
    bus: {
      onAny(listener: Parameters<EventBus['onAny']>[0]) {
        subscribed++;
        const off = bus.onAny(listener);
        return () => {
          subscribed--;
          off();
        };
      },
    },
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    emit: () => bus.emit('session.warning', { countdownSec: 1 }),
    subscribed: () => subscribed,
  };
}

describe('lateCore', () => {
  it('holds API calls until the core is there, then answers them from it', async () => {
    const late = lateCore();
    const core = fakeCore();
    let answered = false;
    const pending = late.dispatch('app.info', {}).then((r) => {
      answered = true;
      return r;
    });
    await Promise.resolve();
    expect(answered).toBe(false);
    late.ready(core);
    await expect(pending).resolves.toEqual({ ok: true, value: 'app.info' });
    await expect(late.dispatch('app.heartbeat', {})).resolves.toEqual({ ok: true, value: 'app.heartbeat' });
    expect(core.dispatch).toHaveBeenCalledTimes(2);
  });

  it('writes log lines given before the core to its log, in order', async () => {
    const late = lateCore();
    const core = fakeCore();
    late.log.info({ port: 1 }, 'listening');
    late.log.warn({ host: 'x' }, 'rejected host header');
    late.ready(core);
    await Promise.resolve();
    late.log.error({}, 'after');
    expect(core.log.info).toHaveBeenCalledWith({ port: 1 }, 'listening');
    expect(core.log.warn).toHaveBeenCalledWith({ host: 'x' }, 'rejected host header');
    expect(core.log.error).toHaveBeenCalledWith({}, 'after');
  });

  it('subscribes event streams once the core exists, and not those closed before', async () => {
    const late = lateCore();
    const core = fakeCore();
    const kept = vi.fn();
    const dropped = vi.fn();
    late.bus.onAny(kept);
    const off = late.bus.onAny(dropped);
    off();
    late.ready(core);
    await Promise.resolve();
    core.emit();
    expect(kept).toHaveBeenCalledWith('session.warning', { countdownSec: 1 });
    expect(dropped).not.toHaveBeenCalled();
    const later = vi.fn();
    const offLater = late.bus.onAny(later);
    offLater();
    expect(core.subscribed()).toBe(1);
  });
});
