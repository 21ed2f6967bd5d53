/**
 * `case show NUMBER [--out DIR]`: a case's status and its material pages (n of m arrived); with --out
 * the complete pages are written as DIR/NUMBER-p01.jpg … byte for byte as the kiosk captured them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attachmentStoreFor } from '../attachments/attachment-store-for.js';
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

export async function caseShowCommand(number: string, args: ParsedArgs, ctx: CliContext): Promise<number> {
  allowOnly(args, ['out']);
  const out = args.options.get('out');
  return withStore(ctx, async (store) => {
    const attachments = attachmentStoreFor(store);
    if (!attachments) throw new UsageError('这个数据库不保存材料页 / this store keeps no attachments');
    const found = await attachments.caseAttachments(number);
    if (!found) {
      ctx.io.err(`没有受理编号 ${number} 的申报 / unknown declaration`);
      return 1;
    }
    const pages = await attachments.pages(number);
    const done = pages.filter((p) => p.completedAt !== null);
    ctx.io.out(`${number} 大厅 ${found.hallCode} 材料 ${done.length}/${found.manifest.length} 页`);
    for (const m of found.manifest) {
      const page = pages.find((p) => p.pageNo === m.pageNo);
      const state = page?.completedAt ? '已收到' : `已收 ${page?.received ?? 0}/${m.size} 字节`;
      ctx.io.out(`  第 ${m.pageNo} 页 ${m.materialName} ${m.size} 字节 ${state}`);
    }
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      for (const page of done) {
        const bytes = await attachments.pageBytes(number, page.pageNo);
        if (!bytes) continue;
        const file = path.join(out, `${number}-p${String(page.pageNo).padStart(2, '0')}.jpg`);
        fs.writeFileSync(file, bytes, { mode: 0o600 });
        ctx.io.out(`  → ${file}`);
      }
    }
    return 0;
  });
}
