/** 语音播报 through the real espeak-ng: a prompt synthesised to WAV is speech of plausible length. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/log/logger.js';
import { SpeechService } from '../../src-main/services/speech/speech.service.js';
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
