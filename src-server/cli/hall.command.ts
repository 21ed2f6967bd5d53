/** `hall create --code ZCKL01 --name 淄川区昆仑镇便民服务中心 [--address ..] [--phone ..]` and `hall list`. */
import { hallNameProblem } from '../../src-protocol/hall-name.js';
import { allowOnly, requireOption, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

const HALL_CODE = /^[A-Z0-9]{2,16}$/;

export async function hallCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const sub = args.positionals[0];
  if (sub === 'create') {
    allowOnly(args, ['code', 'name', 'address', 'phone']);
    const code = requireOption(args, 'code').toUpperCase();
    const name = requireOption(args, 'name');
    if (!HALL_CODE.test(code)) throw new UsageError('服务中心编码应为 2 到 16 位大写字母或数字');
    // The district's naming rule, the same the kiosk's settings apply (src-protocol/hall-name.ts).
    const problem = hallNameProblem(name);
    if (problem) throw new UsageError(problem);
    const hall = {
      code,
      name,
      address: args.options.get('address')?.trim() || null,
      phone: args.options.get('phone')?.trim() || null,
    };
    const created = await withStore(ctx, (store) => store.createHall(hall, ctx.now().toISOString()));
    if (!created) {
      ctx.io.err(`服务中心 ${code} 已存在 / hall exists`);
      return 1;
    }
    ctx.io.out(`已创建服务中心 / hall created: ${code} ${name}`);
    return 0;
  }
  throw new UsageError('用法: hall create --code CODE --name 名称 [--address 地址] [--phone 电话]');
}
