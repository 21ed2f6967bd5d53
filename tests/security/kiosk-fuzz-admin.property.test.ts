/**
 * The fuzzer over every admin and setup method of the kiosk contract (fast-check, 50 cases a method),
 * through the loopback web shell's HTTP API with its token. Admin methods run on a demo kiosk with admin
 * mode opened (the PIN door) before every call, so the fuzzed input reaches the handler, not only the
 * guard; setup methods run on a kiosk that is neither provisioned nor a demo, the only one that serves
 * them. Same assertions as the citizen fuzzer (kiosk-fuzz.property.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../src-main/contract/method-names.js';
import {
  expectCleanAfterFuzzing,
  fuzzMethod,
  RUNS,
  startFuzzKiosk,
  watchProcessErrors,
  type FuzzKiosk,
} from './kiosk-fuzz.js';

/** The PIN changers and the door last: a fuzzed wrong PIN may lock the door for the rest of the file. */
const LAST: MethodName[] = ['admin.changePin', 'admin.enter'];
const ADMIN_METHODS = [...METHOD_NAMES.filter((m) => m.startsWith('admin.') && !LAST.includes(m)), ...LAST];
/** setup.finish ends setup: after it the other setup methods are refused. */
const SETUP_METHODS = [
  ...METHOD_NAMES.filter((m) => m.startsWith('setup.') && m !== 'setup.finish'),
  'setup.finish' as const,
];

let watch: ReturnType<typeof watchProcessErrors>;
beforeAll(() => {
  watch = watchProcessErrors();
});
afterAll(() => {
  watch.stop();
});

describe('kiosk contract fuzzer: admin methods, admin mode open', () => {
  let kiosk: FuzzKiosk;
  let pin = '123456';
  const reached = new Set<string>();

  beforeAll(async () => {
    kiosk = await startFuzzKiosk('admin');
  });
  afterAll(async () => {
    await kiosk.close();
  });

  it('covers every admin method of the contract', () => {
    expect(ADMIN_METHODS.length).toBeGreaterThan(15);
    expect(new Set(ADMIN_METHODS).size).toBe(ADMIN_METHODS.length);
  });

  for (const method of ADMIN_METHODS) {
    it(`${method}: ${RUNS} fuzzed calls in admin mode, each a calm answer`, () =>
      fuzzMethod(kiosk, method, watch.errors, {
        before: async () => {
          if (method !== 'admin.enter') await kiosk.call('admin.enter', { pin });
        },
        after: (body, envelope) => {
          if (envelope.ok) reached.add(method);
          else if (envelope.error?.code !== 'INPUT' && envelope.error?.code !== 'UNAUTHORIZED')
            reached.add(method);
          if (method === 'admin.changePin' && envelope.ok) pin = (JSON.parse(body) as { next: string }).next;
        },
      }));
  }

  it('after the fuzzing: the handlers were reached, the log is clean, the prototype untouched', () => {
    // The valid inputs got through the door to the services, for nearly every method.
    expect(reached.size).toBeGreaterThan(ADMIN_METHODS.length - 4);
    expect(kiosk.restarts).toBeGreaterThan(0);
    expectCleanAfterFuzzing(kiosk);
  });
});

describe('kiosk contract fuzzer: setup methods, first run outside demo mode', () => {
  let kiosk: FuzzKiosk;

  beforeAll(async () => {
    kiosk = await startFuzzKiosk('setup', { demoMode: false });
  });
  afterAll(async () => {
    await kiosk.close();
  });

  it('the kiosk is in first-run setup', async () => {
    expect(await kiosk.call('setup.state')).toMatchObject({ ok: true });
  });

  for (const method of SETUP_METHODS) {
    it(`${method}: ${RUNS} fuzzed calls during setup, each a calm answer`, () =>
      fuzzMethod(kiosk, method, watch.errors));
  }

  it('after the fuzzing: the log is clean, the prototype untouched', () => {
    expectCleanAfterFuzzing(kiosk);
  });
});
