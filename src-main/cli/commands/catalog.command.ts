/** `kiosk catalog validate FILE`: checks a catalog file and names each bad item and field. */
import { formatProblems, validateCatalogFile } from '../../services/catalog/catalog.validate.js';
import type { CliIo } from '../cli-io.js';

export function catalogCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'validate' || !file) {
    io.err('用法 / usage: kiosk catalog validate FILE');
    return Promise.resolve(2);
  }
  const result = validateCatalogFile(file);
  if (result.ok) {
    io.out(`目录有效 / catalog valid: 版本 ${result.catalog.version}，${result.catalog.items.length} 个事项`);
    return Promise.resolve(0);
  }
  io.err(`目录无效 / catalog invalid: ${result.problems.length} 处问题`);
  for (const line of formatProblems(result.problems)) io.err(`  ${line}`);
  return Promise.resolve(1);
}
