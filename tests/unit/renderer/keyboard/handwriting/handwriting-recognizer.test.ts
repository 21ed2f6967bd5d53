import { describe, expect, it } from 'vitest';
import {
  buildHandwritingModel,
  LEVEL_ONE_COUNT,
  modelCharacters,
} from '../../../../../scripts/handwriting-model.js';
import { resample } from '../../../../../src-renderer/keyboard/handwriting/geometry.js';
import { decodeModel, encodeModel } from '../../../../../src-renderer/keyboard/handwriting/model-format.js';
import { recognize } from '../../../../../src-renderer/keyboard/handwriting/recognizer.js';
import { SURNAMES } from '../../../../../src-renderer/keyboard/name-characters.js';
import { synthesize } from '../../../../helpers/handwriting-synth.js';

const PAD = 600;
const WANTED = '张建国低保王李刘陈杨赵一二三十土王干千口日目田由甲申电';
const model = decodeModel(JSON.parse(JSON.stringify(buildHandwritingModel([...WANTED]))));

describe('handwriting model', () => {
  it('covers level 1 of the 通用规范汉字表, the catalog, the common surnames, most frequent first', () => {
    const chars = modelCharacters();
    expect(chars.length).toBeGreaterThanOrEqual(LEVEL_ONE_COUNT);
    for (const c of [...SURNAMES, '淄', '低', '保']) expect(chars).toContain(c);
    expect(chars.indexOf('的')).toBeLessThan(chars.indexOf('淄'));
  });

  it('round-trips through its compact text form', () => {
    const strokes = [
      resample([
        { x: 0.1, y: 0.5 },
        { x: 0.9, y: 0.5 },
      ]) ?? [],
    ];
    const decoded = decodeModel(JSON.parse(JSON.stringify(encodeModel([{ char: '一', strokes }]))));
    expect(decoded.chars).toEqual(['一']);
    expect(decoded.strokeCounts[0]).toBe(1);
    expect(decoded.coords[0]).toBeCloseTo(0.1, 1);
    expect(decoded.coords[14]).toBeCloseTo(0.9, 1);
  });

  it('refuses a damaged or foreign file with an error, not a wrong model', () => {
    expect(() => decodeModel({ format: 99 })).toThrow(/format/);
    const good = encodeModel([
      {
        char: '一',
        strokes: [
          resample([
            { x: 0, y: 0 },
            { x: 1, y: 0 },
          ]) ?? [],
        ],
      },
    ]);
    expect(() => decodeModel({ ...good, data: `${good.data}A` })).toThrow(/damaged/);
    expect(() => decodeModel({ ...good, data: good.data.replace(/.$/, '*') })).toThrow(/damaged/);
  });
});

describe('recognize', () => {
  it('finds each character first from its own strokes, clean and with a writer’s noise', () => {
    for (const char of '张建国低保') {
      for (const noisy of [false, true]) {
        const strokes = synthesize(char, { pad: PAD, noisy }) ?? [];
        expect(recognize(model, strokes, { boxSize: PAD })[0]?.char, `${char} noisy=${noisy}`).toBe(char);
      }
    }
  });

  it('offers candidates after every stroke, and the character among them once it is complete', () => {
    const strokes = synthesize('国', { pad: PAD, noisy: true }) ?? [];
    for (let k = 1; k <= strokes.length; k += 1) {
      const found = recognize(model, strokes.slice(0, k), { boxSize: PAD });
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(8);
    }
    expect(recognize(model, strokes, { boxSize: PAD }).map((c) => c.char)).toContain('国');
  });

  it('tells 一 from 二 from 三 and 十 by their strokes', () => {
    const line = (y: number) => [
      { x: 100, y },
      { x: 500, y },
    ];
    expect(recognize(model, [line(300)], { boxSize: PAD })[0]?.char).toBe('一');
    expect(recognize(model, [line(200), line(400)], { boxSize: PAD })[0]?.char).toBe('二');
    expect(recognize(model, [line(150), line(300), line(450)], { boxSize: PAD })[0]?.char).toBe('三');
    const down = [
      { x: 300, y: 80 },
      { x: 300, y: 520 },
    ];
    expect(recognize(model, [line(300), down], { boxSize: PAD })[0]?.char).toBe('十');
  });

  it('returns candidates best first, at most the limit asked', () => {
    const strokes = synthesize('田', { pad: PAD, noisy: false }) ?? [];
    const found = recognize(model, strokes, { boxSize: PAD, limit: 3 });
    expect(found.length).toBe(3);
    expect(found.map((c) => c.score)).toEqual([...found.map((c) => c.score)].sort((a, b) => a - b));
  });
});
