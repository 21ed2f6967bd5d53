/** The district server's CLI (`npm run server -- …`) run in-process on a database; its output, or a thrown failure. */
import { runCli } from '../../src-server/cli/cli.js';

export async function serverCli(db: string, ...argv: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', db], {
    io: { out: (s) => out.push(s), err: (s) => err.push(s) },
  });
  if (code !== 0) throw new Error(`server ${argv.join(' ')} failed: ${err.join('\n')}`);
  return out.join('\n');
}
