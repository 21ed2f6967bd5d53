/**
 * A sound card for machines without one: a private PulseAudio daemon with a null sink, which consumes
 * audio in real time (as a loudspeaker would) and shows each playing stream as a sink input. With
 * `PULSE_SERVER` pointing at it, espeak-ng plays for as long as the speech lasts instead of failing at
 * once for want of an audio device, so 语音播报 can be started, observed and stopped in tests.
 * Needs pulseaudio and pactl (apt-get install pulseaudio; scripts/system-deps.sh lists it).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface AudioSink {
  /** The PULSE_SERVER value for clients (unix:/…/native). */
  server: string;
  /** How many streams are playing into the sink now. */
  playing(): Promise<number>;
  /** Resolves once `test(playing())` holds. */
  waitUntil(test: (playing: number) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startAudioSink(timeoutMs = 15_000): Promise<AudioSink> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-audio-'));
  const socket = path.join(dir, 'native');
  const server = `unix:${socket}`;
  let child: ChildProcess;
  try {
    child = spawn(
      'pulseaudio',
      [
        '-n', // no default script: only the modules below
        '--daemonize=no',
        '--exit-idle-time=-1',
        '--use-pid-file=no',
        '--disable-shm=yes',
        '--log-target=stderr',
        '--log-level=info',
        '-L',
        'module-null-sink sink_name=kiosk_speaker',
        '-L',
        `module-native-protocol-unix socket=${socket} auth-anonymous=1`,
      ],
      {
        // Its own home and runtime folder: nothing of the machine's user session is read or written.
        env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  let log = '';
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pulseaudio did not start within ${timeoutMs} ms:\n${log}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      if (log.length < 20_000) log += chunk.toString();
      if (log.includes('Daemon startup complete')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(
          `cannot start pulseaudio (${error.message}): apt-get install -y pulseaudio (see scripts/system-deps.sh)`,
        ),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pulseaudio exited (${code}) while starting:\n${log}`));
    });
  });

  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await started;
  } catch (error) {
    await close();
    throw error;
  }

  const playing = async (): Promise<number> => {
    const { stdout } = await run('pactl', ['--server', server, 'list', 'short', 'sink-inputs']);
    return stdout.split('\n').filter((line) => line.trim() !== '').length;
  };

  /** Asks the daemon again every 100 ms until `test` holds (waiting on its state, no fixed sleep). */
  const waitUntil = async (test: (playing: number) => boolean, waitMs = 30_000): Promise<void> => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const now = await playing();
      if (test(now)) return;
      if (Date.now() > deadline)
        throw new Error(`audio sink: condition not met within ${waitMs} ms (playing: ${now})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return { server, playing, waitUntil, close };
}
