/** `device revoke DEVICE_ID`: the device's token gets 401 from now on. */
import { allowOnly, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

export async function deviceCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const [sub, id] = args.positionals;
  if (sub !== 'revoke' || !id) throw new UsageError('用法: device revoke DEVICE_ID');
  allowOnly(args, []);
  const found = await withStore(ctx, (store) => store.revokeDevice(id, ctx.now().toISOString()));
  if (!found) {
    ctx.io.err(`没有设备 ${id} / unknown device`);
    return 1;
  }
  ctx.io.out(`已停用设备 / revoked: ${id}`);
  return 0;
}
