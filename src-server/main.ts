/** Entry of the reference district server (`npm run server -- <command>`). */
import { runCli } from './cli/cli.js';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());

const code = await runCli(process.argv.slice(2), { signal: controller.signal });
process.exit(code);
