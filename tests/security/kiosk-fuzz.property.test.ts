/**
 * The fuzzer over every citizen-side method of the kiosk contract (fast-check, 50 cases a method), through
 * the door the shells use: the loopback web shell's HTTP API with its token, on a real demo kiosk (SQLite
 * file, pino log file, simulated reader and printer). Whatever body arrives — near-valid or hostile — the
 * kiosk answers a JSON envelope below 500, never INTERNAL, every refusal with a Chinese message; it still
 * answers a good call afterwards; no unhandled rejection; no personal value from the inputs in its log;
 * Object.prototype untouched. Admin and setup methods: kiosk-fuzz-admin.property.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/contract/method-names.js';
import {
  bodyFor,
  expectCalmAnswer,
  expectNoPollution,
  logProblems,
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
    it(`${method}: ${RUNS} fuzzed calls, each a calm answer, and a good call still answered`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyFor(method), async (body) => {
          const { status, envelope } = await kiosk.send(method, body);
          expectCalmAnswer(method, status, envelope);
        }),
        { numRuns: RUNS },
      );
      expect(await kiosk.call('app.info')).toMatchObject({ ok: true });
      expect(watch.errors).toEqual([]);
    });
  }

  it('after the fuzzing: no unexpected error and no personal value in the log, no polluted prototype', () => {
    const { personal, unexpected } = logProblems(kiosk.logFile);
    expect(unexpected).toEqual([]);
    expect(personal).toEqual([]);
    expectNoPollution();
    expect(watch.errors).toEqual([]);
  });
});
