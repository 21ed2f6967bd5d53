/**
 * A speech engine that cannot start (espeak-ng not on the PATH here) reports the stop as `unavailable`,
 * so the 朗读 button can say so; a stop asked for is not a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { SpeechService } from '../../../../src-main/services/speech/speech.service.js';

describe('speech that cannot play', () => {
  const pathBefore = process.env['PATH'];
  afterEach(() => {
    process.env['PATH'] = pathBefore;
  });

  it('reports unavailable when the engine is missing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-espeak-'));
    process.env['PATH'] = empty;
    const states: Array<[boolean, boolean | undefined]> = [];
    const stopped = new Promise<void>((resolve) => {
      const speech = new SpeechService(
        () => 100,
        silentLogger(),
        (speaking, unavailable) => {
          states.push([speaking, unavailable]);
          if (!speaking) resolve();
        },
        'linux',
      );
      speech.speak('您好');
    });
    await stopped;
    expect(states).toEqual([
      [true, undefined],
      [false, true],
    ]);
    fs.rmSync(empty, { recursive: true });
  });

  it('a stop asked for is not a failure', () => {
    const states: Array<[boolean, boolean | undefined]> = [];
    const speech = new SpeechService(
      () => 100,
      silentLogger(),
      (s, u) => states.push([s, u]),
      'linux',
    );
    speech.speak('您好');
    speech.stop();
    expect(states).toEqual([
      [true, undefined],
      [false, undefined],
    ]);
  });
});
