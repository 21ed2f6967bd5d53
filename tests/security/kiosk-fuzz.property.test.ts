/**
 * The fuzzer over every citizen-side method of the kiosk contract (fast-check, 50 cases a method), through
 * the door the shells use: the loopback web shell's HTTP API with its token, on a real demo kiosk (SQLite
 * file, pino log file, simulated reader and printer). Whatever body arrives — near-valid or hostile — the
 * kiosk answers a JSON envelope below 500, never INTERNAL, every refusal with a Chinese message; it still
 * answers a good call afterwards; no unhandled rejection; no personal value from the inputs in its log;
 * Object.prototype untouched. Admin and setup methods: kiosk-fuzz-admin.property.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/contract/method-names.js';
import {
  expectCleanAfterFuzzing,
  fuzzMethod,
  RUNS,
  startFuzzKiosk,
  watchProcessErrors,
  type FuzzKiosk,
} from './kiosk-fuzz.js';

const CITIZEN_METHODS = METHOD_NAMES.filter((m) => !m.startsWith('admin.') && !m.startsWith('setup.'));

describe('kiosk contract fuzzer: citizen methods over the loopback web shell', () => {
  let kiosk: FuzzKiosk;
  let watch: ReturnType<typeof watchProcessErrors>;

  beforeAll(async () => {
    watch = watchProcessErrors();
    kiosk = await startFuzzKiosk('citizen');
  });

  afterAll(async () => {
    watch.stop();
    await kiosk.close();
  });

  it('covers every citizen method of the contract', () => {
    expect(CITIZEN_METHODS.length).toBeGreaterThan(25);
    expect(CITIZEN_METHODS).toContain('declaration.submit');
    expect(CITIZEN_METHODS).toContain('app.heartbeat');
  });

  for (const method of CITIZEN_METHODS) {
    it(`${method}: ${RUNS} fuzzed calls, each a calm answer, and a good call still answered`, () =>
      fuzzMethod(kiosk, method, watch.errors));
  }

  it('after the fuzzing: no unexpected error and no personal value in the log, no polluted prototype', () => {
    expectCleanAfterFuzzing(kiosk);
    expect(watch.errors).toEqual([]);
  });
});
