/**
 * The api door under any input: whatever method name and JSON the renderer (or a web client) sends,
 * and whatever the handler does, dispatch answers a well-formed envelope with a Chinese message, and
 * a handler only ever sees input its schema accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../src-main/api/dispatch.js';
import {
  ConflictError,
  DeviceError,
  ERROR_CODES,
  InputError,
  NotFoundError,
  OfflineError,
} from '../../../src-main/contract/errors.js';
import { METHOD_NAMES, methods, type MethodName } from '../../../src-main/contract/methods.js';
import { silentLogger } from '../../../src-main/log/logger.js';

const CHINESE = /[\u4e00-\u9fff]/;

/** What a handler does when called: answer, or fail in any of the ways services fail. */
const BEHAVIOURS = [
  'value',
  'async-value',
  'input-error',
  'device-error',
  'not-found',
  'offline',
  'conflict',
  'bug',
  'throw-string',
  'reject',
] as const;
type Behaviour = (typeof BEHAVIOURS)[number];

const VALUE = { answered: '好的', n: 1 };

function act(behaviour: Behaviour): unknown {
  switch (behaviour) {
    case 'value':
      return VALUE;
    case 'async-value':
      return Promise.resolve(VALUE);
    case 'input-error':
      throw new InputError('bad field', 'values.name');
    case 'device-error':
      throw new DeviceError('printer', 'paper-out', 'printer out of paper', '打印机缺纸，请联系工作人员。');
    case 'not-found':
      throw new NotFoundError('no such item');
    case 'offline':
      throw new OfflineError('district unreachable');
    case 'conflict':
      throw new ConflictError('already done');
    case 'bug':
      throw new TypeError("Cannot read properties of undefined (reading '370302199001010029')");
    case 'throw-string':
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a careless library may throw anything
      throw 'boom';
    case 'reject':
      return Promise.reject(new Error('async bug'));
  }
}

interface Call {
  method: MethodName;
  input: unknown;
}

function recordingHandlers(behaviour: () => Behaviour): { handlers: Handlers; calls: Call[] } {
  const calls: Call[] = [];
  const entries = METHOD_NAMES.map((method) => [
    method,
    (input: unknown) => {
      calls.push({ method, input });
      return act(behaviour());
    },
  ]);
  return { handlers: Object.fromEntries(entries) as Handlers, calls };
}

/** Per input key, values the schemas accept and values just beside them. */
const PLAUSIBLE: Record<string, unknown[]> = {
  id: ['dibao-confirm', 'hukou-move', 'DIBAO', 'a', '../etc'],
  categoryId: ['target:老年人', 'theme:社会救助', 'department:民政', 'target:', 'other:x'],
  query: ['低保', 'dibao', 'db', '', '低'.repeat(101)],
  limit: [1, 20, 50, 0, 51, 1.5],
  reason: ['exit', 'done', 'timeout'],
  text: ['请到窗口取号', '', 'x'.repeat(2001)],
  present: [true, false, 'true'],
  reader: ['no-card', 'read-failed', 'disconnected', null, 'fire'],
  printer: ['paper-out', 'cover-open', 'offline', 'no-answer', null, 'jam'],
  screen: ['home', 'declare-pick', 'loading', 'Home', '', '../x', 'a'.repeat(41)],
};

/** An object with exactly the keys of the method's schema, each plausible or random. */
function shaped(method: MethodName): fc.Arbitrary<Record<string, unknown>> {
  const shape = (methods[method].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of Object.keys(shape)) {
    model[key] = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(PLAUSIBLE[key] ?? [null])) },
      { weight: 1, arbitrary: fc.jsonValue() },
    );
  }
  return fc.record(model);
}

const field = fc.oneof(fc.constantFrom(...Object.values(PLAUSIBLE).flat()), fc.jsonValue());
const KNOWN_KEYS = Object.keys(PLAUSIBLE);

/** A 自助申报 body, valid or off in one or more places. */
const declaration = fc.record({
  itemId: fc.oneof({ weight: 4, arbitrary: fc.constant('dibao-confirm') }, { weight: 1, arbitrary: field }),
  consent: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: field }),
  identityMethod: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('card', 'manual') },
    { weight: 1, arbitrary: field },
  ),
  values: fc.oneof(
    fc.dictionary(
      fc.string({ maxLength: 45 }),
      fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.array(fc.dictionary(fc.string({ maxLength: 45 }), fc.string()), { maxLength: 3 }),
        fc.jsonValue(),
      ),
      { maxKeys: 4 },
    ),
    field,
  ),
});

const methodName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...METHOD_NAMES) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'catalog.', 'APP.INFO') },
);

const anyInput = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...KNOWN_KEYS), field, { maxKeys: 5 }),
);

/** A method name and a body: anything, or shaped for the method, or a 自助申报. */
const call = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(methodName, anyInput) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...METHOD_NAMES)
      .chain((m) => fc.tuple(fc.constant<string>(m), shaped(m) as fc.Arbitrary<unknown>)),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant('declaration.submit'), declaration as fc.Arbitrary<unknown>) },
  // The citizen methods checked below, shaped: with 80-odd methods in the contract a uniform pick reaches
  // each of them only a few times in 1000 runs.
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<MethodName>('catalog.item', 'catalog.search', 'session.end', 'speech.speak')
      .chain((m) => fc.tuple(fc.constant<string>(m), shaped(m) as fc.Arbitrary<unknown>)),
  },
);

describe('dispatch (property)', () => {
  it('answers any method and any JSON input with a well-formed envelope', async () => {
    const handled = new Set<string>();
    await fc.assert(
      fc.asyncProperty(call, fc.constantFrom(...BEHAVIOURS), async ([method, body], behaviour) => {
        const { handlers, calls } = recordingHandlers(() => behaviour);
        const dispatch = createDispatch(handlers, silentLogger());
        const result = await dispatch(method, body);

        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          expect(Object.keys(result).sort()).toEqual(['ok', 'value']);
          expect(result.value).toEqual(VALUE);
        } else {
          expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
          expect(ERROR_CODES).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
          expect(result.error.message).toMatch(CHINESE);
          // A bug's details (which could quote input) never reach the citizen.
          expect(result.error.message).not.toContain('370302199001010029');
          if (result.error.code === 'INTERNAL') expect(result.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
        }

        const known = (METHOD_NAMES as readonly string[]).includes(method);
        const parsed = known ? methods[method as MethodName].input.safeParse(body ?? {}) : undefined;
        if (!known) {
          expect(calls).toEqual([]);
          expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
        } else if (!parsed?.success) {
          expect(calls).toEqual([]);
          expect(result).toMatchObject({ ok: false, error: { code: 'INPUT' } });
        } else {
          expect(calls).toEqual([{ method, input: parsed.data }]);
          const reparsed = methods[method as MethodName].input.safeParse(calls[0]?.input);
          expect(reparsed.success).toBe(true);
          handled.add(method);
        }
      }),
      { numRuns: 1000 },
    );
    // The generators do reach the handlers, not only the validation errors.
    for (const method of [
      'catalog.item',
      'catalog.search',
      'session.end',
      'speech.speak',
      'declaration.submit',
    ])
      expect(handled).toContain(method);
  });
});
