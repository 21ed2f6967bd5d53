/**
 * The OS speech engine's command line, pure so it is unit-tested per platform. The text never
 * goes through a shell or an argument: it is written to the engine's standard input.
 */
export interface SpeechCommand {
  command: string;
  args: string[];
}

/** `volume` 0–100 (config); `outFile` writes a WAV instead of playing. */
export function speechCommand(platform: NodeJS.Platform, volume: number, outFile?: string): SpeechCommand {
  const v = Math.max(0, Math.min(100, Math.round(volume)));
  if (platform === 'win32') {
    const output = outFile
      ? `$s.SetOutputToWaveFile('${outFile.replace(/'/g, "''")}');`
      : '$s.SetOutputToDefaultAudioDevice();';
    const script = [
      'Add-Type -AssemblyName System.Speech;',
      '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;',
      `$s.Volume = ${v};`,
      '$s.Rate = -1;',
      output,
      '$t = [Console]::In.ReadToEnd();',
      '$s.Speak($t);',
      '$s.Dispose();',
    ].join(' ');
    return { command: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', script] };
  }
  // espeak-ng: Mandarin voice, amplitude 0–200 (100 is its default), a calm speed for the elderly.
  const args = ['-v', 'cmn', '-a', String(v * 2), '-s', '150', '--stdin'];
  if (outFile) args.push('-w', outFile);
  return { command: 'espeak-ng', args };
}
