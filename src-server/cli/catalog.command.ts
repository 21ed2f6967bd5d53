/** `catalog publish FILE`: validates a catalog file and publishes it as the next signed version. */
import fs from 'node:fs';
import { publishCatalog } from '../core/catalog-publish.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

export async function catalogCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const [sub, file] = args.positionals;
  if (sub !== 'publish' || !file) throw new UsageError('用法: catalog publish FILE');
  allowOnly(args, []);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    ctx.io.err(`无法读取或解析 JSON / cannot read catalog: ${(error as Error).message}`);
    return 1;
  }
  const result = await withStore(ctx, (store) => publishCatalog(store, data, ctx.now()));
  if (!result.ok) {
    ctx.io.err(`目录无效，未发布 / catalog invalid: ${result.problems.length} 处问题`);
    for (const p of result.problems)
      ctx.io.err(`  ${p.field}${p.itemName ? `「${p.itemName}」` : ''}: ${p.message}`);
    return 1;
  }
  const m = result.manifest;
  ctx.io.out(
    `已发布目录版本 ${m.version}（${m.displayVersion}）/ published: 新增 ${result.added}，修改 ${result.changed}，删除 ${result.removed}`,
  );
  return 0;
}
