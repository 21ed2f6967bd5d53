/**
 * 语音播报 through the real espeak-ng: a prompt synthesised to WAV is speech of plausible length; speak and
 * stop play into a sound sink (tests/emulators/audio-sink.ts) and are seen there.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/log/logger.js';
import { SpeechService } from '../../src-main/services/speech/speech.service.js';
import { startAudioSink, type AudioSink } from '../emulators/audio-sink.js';
import { tempDir } from '../helpers/temp-dir.js';

const t = tempDir('speech');
afterAll(() => t.remove());

function stat(file: string): { seconds: number; rms: number } {
  const result = execFileSync('bash', ['-c', `sox "${file}" -n stat 2>&1`], { encoding: 'utf8' });
  const num = (label: string): number =>
    Number(new RegExp(`${label}:\\s+([-0-9.e]+)`).exec(result)?.[1] ?? NaN);
  return { seconds: num('Length \\(seconds\\)'), rms: num('RMS\\s+amplitude') };
}

describe('speech', () => {
  const speech = new SpeechService(() => 80, silentLogger());

  it('synthesises a Mandarin prompt to a WAV of plausible length that is not silence', async () => {
    const prompt = '请将身份证放在读卡区，听到提示音后再拿开。';
    const file = path.join(t.dir, 'prompt.wav');
    await speech.synthesizeToFile(prompt, file);
    const { seconds, rms } = stat(file);
    // About 3–6 syllables a second for 20 characters.
    expect(seconds).toBeGreaterThan(2.5);
    expect(seconds).toBeLessThan(12);
    expect(rms).toBeGreaterThan(0.01);
  });

  it('takes longer for a longer text', async () => {
    const short = path.join(t.dir, 'short.wav');
    const long = path.join(t.dir, 'long.wav');
    await speech.synthesizeToFile('您好。', short);
    await speech.synthesizeToFile(
      '您好，欢迎使用便民服务自助终端。请选择您要办理的事项，或者点击呼叫工作人员。',
      long,
    );
    expect(stat(long).seconds).toBeGreaterThan(stat(short).seconds * 3);
  });

  it('a silent volume gives a silent WAV', async () => {
    const quiet = new SpeechService(() => 0, silentLogger());
    const file = path.join(t.dir, 'quiet.wav');
    await quiet.synthesizeToFile('您好，欢迎使用。', file);
    expect(stat(file).rms).toBeLessThan(0.001);
  });
});

/**
 * speak and stop with the real espeak-ng playing into a real (null) sound sink in real time: the
 * engine's stream shows up while it speaks and is gone after stop().
 */
describe('speech speak and stop through a sound sink', () => {
  let sink: AudioSink;
  const states: boolean[] = [];
  let speech: SpeechService;
  const pulseBefore = process.env['PULSE_SERVER'];
  // About 25 s of speech at the kiosk's calm speed: far longer than any step below takes.
  const LONG =
    '您好，欢迎使用便民服务自助终端。请选择您要办理的事项，可以按主题、按服务对象或者按办理部门查找，' +
    '也可以用拼音首字母搜索。需要帮助时，请点击屏幕右上角的呼叫工作人员，大厅工作人员会马上过来。';

  beforeAll(async () => {
    sink = await startAudioSink();
    process.env['PULSE_SERVER'] = sink.server; // espeak-ng (a child process) plays there
    speech = new SpeechService(
      () => 80,
      silentLogger(),
      (speaking) => states.push(speaking),
    );
  });

  afterAll(async () => {
    speech?.stop();
    if (pulseBefore === undefined) delete process.env['PULSE_SERVER'];
    else process.env['PULSE_SERVER'] = pulseBefore;
    await sink?.close();
  });

  beforeEach(async () => {
    states.length = 0;
    await sink.waitUntil((n) => n === 0);
  });

  it('plays until stop(), which ends the stream and reports speaking false once', async () => {
    expect(speech.speak(LONG)).toEqual({ speaking: true });
    expect(states).toEqual([true]);
    await sink.waitUntil((n) => n === 1); // espeak-ng is playing into the sink
    expect(states).toEqual([true]);

    expect(speech.stop()).toEqual({ speaking: false });
    expect(states).toEqual([true, false]);
    await sink.waitUntil((n) => n === 0); // the engine was stopped, not left talking
    expect(speech.stop()).toEqual({ speaking: false });
    expect(states).toEqual([true, false]); // the killed engine's exit is not reported again
  });

  it('reports speaking false by itself when the text has been read', async () => {
    speech.speak('您好。');
    await sink.waitUntil(() => states.length === 2, 30_000);
    expect(states).toEqual([true, false]);
    await sink.waitUntil((n) => n === 0);
  });

  it('a new text stops the one being read', async () => {
    speech.speak(LONG);
    await sink.waitUntil((n) => n === 1);
    speech.speak(LONG);
    expect(states).toEqual([true, false, true]);
    await sink.waitUntil((n) => n === 1);
    speech.stop();
    await sink.waitUntil((n) => n === 0);
    expect(states).toEqual([true, false, true, false]);
  });
});
