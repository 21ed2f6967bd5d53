/**
 * The district server as a separate process (`src-server/main.ts serve` through tsx) on 127.0.0.1 and an
 * ephemeral port: a second instance beside an in-process one, or the instances of the server benchmark.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { descendants } from './proc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export async function startServerProcess(options: {
  db: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** A command that runs node (e.g. `strace …`); stop() then signals node, the wrapper's child. */
  wrap?: string[];
}): Promise<ServerProcess> {
  const [file, ...prefix] = [...(options.wrap ?? []), process.execPath];
  const child = spawn(
    file,
    [
      ...prefix,
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      'src-server/main.ts',
      'serve',
      '--port',
      '0',
      '--db',
      options.db,
    ],
    { cwd: ROOT, env: { ...process.env, DISTRICT_LOG_LEVEL: 'warn', ...options.env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  let seen = '';
  // A 'data' listener, not `for await … break`: breaking out of the iterator destroys stdout, and every
  // later log line of the server (the ones tests scan for personal data) would be lost.
  const url = await new Promise<string | undefined>((resolve) => {
    const onData = (chunk: Buffer): void => {
      seen += String(chunk);
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
      if (!found) return;
      child.stdout.off('data', onData);
      resolve(found);
    };
    child.stdout.on('data', onData);
    void exited.then(() => resolve(undefined));
  });
  if (!url) throw new Error(`district server exited before listening: ${seen}\n${stderr}`);
  // Keep draining stdout so the child never blocks on a full pipe.
  child.stdout.resume();
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const target = options.wrap ? descendants(child.pid ?? -1) : [];
        if (target.length > 0) target.forEach((pid) => process.kill(pid, 'SIGTERM'));
        else child.kill('SIGTERM');
      }
      const [code] = await exited;
      return code;
    },
  };
}
