import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import { SAMPLE_CARD, SimulatedCardReader } from '../../../../src-main/services/devices/simulated-reader.js';
import { RESIDENT_CARD } from '../../../emulators/idcard-emulator.js';

async function rejection(p: Promise<unknown>): Promise<DeviceError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DeviceError);
  return e as DeviceError;
}

function record(reader: SimulatedCardReader): string[] {
  const events: string[] = [];
  reader.on('card.inserted', () => events.push('inserted'));
  reader.on('card.removed', () => events.push('removed'));
  reader.on('state', (s) => events.push(`state:${s.state}`));
  return events;
}

describe('SimulatedCardReader', () => {
  it('is labelled as simulated and starts ready, with no card', async () => {
    const reader = new SimulatedCardReader();
    expect(reader.status()).toEqual({ state: 'ready', simulated: true, label: '模拟读卡器' });
    const e = await rejection(reader.readCard());
    expect(e).toMatchObject({ device: 'idcard', reason: 'no-card' });
    expect(e.userMessage).toContain('未检测到身份证');
  });

  it('holds the same fictional card as the reader emulator', () => {
    expect(SAMPLE_CARD).toMatchObject({
      name: RESIDENT_CARD.name,
      address: RESIDENT_CARD.address,
      idNumber: RESIDENT_CARD.idNumber,
      issuer: RESIDENT_CARD.issuer,
      sex: '女',
      nation: '汉',
      birthDate: '1990-01-01',
      validFrom: '2015-03-01',
      validUntil: '2035-03-01',
    });
  });

  it('reports the card placed and taken away, and reads a copy of it', async () => {
    const reader = new SimulatedCardReader();
    const events = record(reader);
    reader.setCardPresent(true);
    expect(reader.status().state).toBe('card-present');
    const card = await reader.readCard();
    expect(card).toEqual(SAMPLE_CARD);
    card.name = '改动';
    expect((await reader.readCard()).name).toBe('韩红英');
    reader.setCardPresent(true); // no change: no event
    reader.setCardPresent(false);
    expect(events).toEqual(['inserted', 'state:card-present', 'removed', 'state:ready']);
    expect((await rejection(reader.readCard())).reason).toBe('no-card');
  });

  it('acts out failures: no card detected, unreadable card, unplugged', async () => {
    const reader = new SimulatedCardReader();
    reader.setCardPresent(true);
    const events = record(reader);

    reader.simulateFailure('no-card');
    expect(reader.status().state).toBe('ready');
    expect((await rejection(reader.readCard())).reason).toBe('no-card');

    reader.simulateFailure('read-failed');
    expect(reader.status().state).toBe('error');
    const failed = await rejection(reader.readCard());
    expect(failed.reason).toBe('read-failed');
    expect(failed.userMessage).toContain('请重新放置身份证');

    reader.simulateFailure('disconnected');
    expect(reader.status().state).toBe('disconnected');
    expect((await rejection(reader.readCard())).reason).toBe('port-closed');

    reader.simulateFailure(null);
    expect(reader.status().state).toBe('card-present');
    expect(events).toEqual([
      'removed',
      'state:ready',
      'inserted',
      'state:error',
      'removed',
      'state:disconnected',
      'inserted',
      'state:card-present',
    ]);
  });

  it('stops telling after close', async () => {
    const reader = new SimulatedCardReader();
    const events = record(reader);
    await reader.close();
    reader.setCardPresent(true);
    expect(events).toEqual([]);
    expect((await rejection(reader.readCard())).reason).toBe('port-closed');
  });
});
