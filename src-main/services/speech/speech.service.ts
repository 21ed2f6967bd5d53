/**
 * 语音播报: reads a prompt or a guide section aloud through the OS speech engine, one at a time,
 * stoppable. The spoken text is never logged (it may hold a citizen's details).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { DeviceError, InputError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import { speechCommand } from './speech.command.js';

export const MAX_SPEECH_CHARS = 2000;

export class SpeechService {
  private current: ChildProcess | undefined;

  constructor(
    private readonly volume: () => number,
    private readonly log: Logger,
    /** `unavailable`: the engine could not start or could not play (no espeak-ng, no sound device). */
    private readonly onState: (speaking: boolean, unavailable?: boolean) => void = () => undefined,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Starts reading `text` aloud, stopping whatever was being read. Resolves once started. */
  speak(text: string): { speaking: boolean } {
    this.stop();
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean) throw new InputError('empty speech text', 'text', '没有可朗读的内容。');
    const { command, args } = speechCommand(this.platform, this.volume());
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'] });
    this.current = child;
    let failed = false;
    child.on('error', (error) => {
      failed = true;
      this.log.warn(
        { code: 'DEVICE', device: 'speech', err: { type: error.name } },
        'speech engine unavailable',
      );
    });
    child.on('close', (code, signal) => {
      if (this.current !== child) return;
      this.current = undefined;
      // Killed by stop() is not a failure; an engine missing or exiting with an error is.
      this.onState(false, failed || (signal === null && code !== 0));
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(clean.slice(0, MAX_SPEECH_CHARS));
    this.onState(true);
    return { speaking: true };
  }

  stop(): { speaking: boolean } {
    const child = this.current;
    this.current = undefined;
    if (child) {
      if (child.exitCode === null) child.kill();
      this.onState(false);
    }
    return { speaking: false };
  }

  /** Synthesises to a WAV file (tests, and a technician's check of the voice). */
  synthesizeToFile(text: string, outFile: string, timeoutMs = 20_000): Promise<void> {
    const { command, args } = speechCommand(this.platform, this.volume(), outFile);
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'] });
      const timer = setTimeout(() => child.kill(), timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(
          new DeviceError(
            'speech',
            'unavailable',
            `speech engine failed to start: ${error.name}`,
            '语音播报暂不可用。',
          ),
        );
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else
          reject(
            new DeviceError('speech', 'failed', `speech engine exited with ${code}`, '语音播报暂不可用。'),
          );
      });
      child.stdin.end(text.slice(0, MAX_SPEECH_CHARS));
    });
  }
}
