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

/**
 * A hall and its console staff, made with the server's CLI: `zhanzhang`, the hall's own user, and with
 * `district` also `quzhang`, a district user; both sign in with `password`.
 */
export async function createHallWithStaff(
  db: string,
  hall: { code: string; name: string },
  password: string,
  options: { district?: boolean } = {},
): Promise<void> {
  await serverCli(db, 'hall', 'create', '--code', hall.code, '--name', hall.name);
  await serverCli(
    db,
    'user',
    'create',
    '--name',
    'zhanzhang',
    '--role',
    'hall',
    '--hall',
    hall.code,
    '--password',
    password,
  );
  if (options.district)
    await serverCli(db, 'user', 'create', '--name', 'quzhang', '--role', 'district', '--password', password);
}
