/** `code issue --hall ZCKL01`: prints a one-time enrollment code valid for 7 days (only its hash is stored). */
import { CODE_TTL_MS, formatEnrollmentCode, newEnrollmentCode, sha256Hex } from '../core/tokens.js';
import { allowOnly, requireOption, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

export async function codeCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals[0] !== 'issue') throw new UsageError('用法: code issue --hall CODE');
  allowOnly(args, ['hall']);
  const hallCode = requireOption(args, 'hall').toUpperCase();
  return withStore(ctx, async (store) => {
    const hall = await store.getHall(hallCode);
    if (!hall) {
      ctx.io.err(`没有服务中心 ${hallCode} / unknown hall`);
      return 1;
    }
    const now = ctx.now();
    const code = newEnrollmentCode();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS).toISOString();
    await store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode,
      createdAt: now.toISOString(),
      expiresAt,
    });
    ctx.io.out(formatEnrollmentCode(code));
    ctx.io.err(
      `注册码仅可使用一次，${expiresAt} 前有效 / one-time code for ${hall.name}, valid until ${expiresAt}`,
    );
    return 0;
  });
}
