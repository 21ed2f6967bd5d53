/** `serve [--port 8787] [--host 127.0.0.1]`: runs the district server until SIGINT/SIGTERM. */
import { once } from 'node:events';
import { buildApp } from '../app.js';
import { SqliteDistrictStore } from '../store/sqlite.store.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import type { CliContext } from './cli-context.js';

export async function serveCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  allowOnly(args, ['port', 'host']);
  const port = Number(args.options.get('port') ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port 应为 0 到 65535 的整数');
  const host = args.options.get('host') ?? '127.0.0.1';
  const store = SqliteDistrictStore.open(ctx.dbFile);
  const app = await buildApp({
    store,
    now: ctx.now,
    logger: { level: process.env['DISTRICT_LOG_LEVEL'] ?? 'info' },
  });
  try {
    const address = await app.listen({ port, host });
    ctx.io.out(`district server listening on ${address} (db ${ctx.dbFile})`);
    if (ctx.signal && !ctx.signal.aborted) await once(ctx.signal, 'abort');
    return 0;
  } finally {
    await app.close();
    await store.close();
  }
}
