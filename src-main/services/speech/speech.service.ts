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
    private readonly onState: (speaking: boolean) => void = () => undefined,
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
    child.on('error', (error) => {
      this.log.warn(
        { code: 'DEVICE', device: 'speech', err: { type: error.name } },
        'speech engine unavailable',
      );
    });
    child.on('close', () => {
      if (this.current !== child) return;
      this.current = undefined;
      this.onState(false);
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
