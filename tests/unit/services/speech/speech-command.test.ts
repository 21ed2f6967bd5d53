import { describe, expect, it } from 'vitest';
import { speechCommand } from '../../../../src-main/services/speech/speech.command.js';

describe('speech command', () => {
  it('uses espeak-ng with the Mandarin voice on Linux, text on stdin', () => {
    expect(speechCommand('linux', 80)).toEqual({
      command: 'espeak-ng',
      args: ['-v', 'cmn', '-a', '160', '-s', '150', '--stdin'],
    });
    expect(speechCommand('linux', 250, '/tmp/x.wav').args).toEqual([
      '-v',
      'cmn',
      '-a',
      '200',
      '-s',
      '150',
      '--stdin',
      '-w',
      '/tmp/x.wav',
    ]);
  });

  it('uses the system voice on Windows and reads the text from stdin, not the command line', () => {
    const c = speechCommand('win32', 55);
    expect(c.command).toBe('powershell.exe');
    expect(c.args.join(' ')).toContain('$s.Volume = 55;');
    expect(c.args.join(' ')).toContain('[Console]::In.ReadToEnd()');
    expect(speechCommand('win32', 50, "C:\\o'k.wav").args.join(' ')).toContain(
      "SetOutputToWaveFile('C:\\o''k.wav')",
    );
  });
});
