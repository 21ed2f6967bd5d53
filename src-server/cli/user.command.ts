/**
 * `user create --name NAME --role district|hall [--hall CODE] [--password P]`: a staff account of the
 * console. Without --password a password is generated and printed once (it is stored only as a hash).
 */
import { consoleServices } from '../console/console.plugin.js';
import { StaffError } from '../console/staff.service.js';
import { allowOnly, requireOption, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

const USAGE = '用法: user create --name NAME --role district|hall [--hall CODE] [--password P]';

export async function userCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals[0] !== 'create' || args.positionals.length > 1) throw new UsageError(USAGE);
  allowOnly(args, ['name', 'role', 'hall', 'password']);
  const name = requireOption(args, 'name');
  const role = requireOption(args, 'role');
  if (role !== 'district' && role !== 'hall') throw new UsageError('--role 应为 district 或 hall');
  const hallCode = args.options.get('hall')?.trim();
  const password = args.options.get('password');
  try {
    const created = await withStore(ctx, async (store) => {
      const { staff } = await consoleServices(store, ctx.now);
      return staff.createUser({
        name,
        role: role,
        ...(hallCode ? { hallCode } : {}),
        ...(password !== undefined ? { password } : {}),
      });
    });
    const scope = created.user.hallCode ? `服务中心 ${created.user.hallCode}` : '全区';
    ctx.io.out(`已创建用户 ${created.user.name}（${role === 'district' ? '区级' : '服务中心'}，${scope}）`);
    if (created.generated) ctx.io.out(`初始密码（只显示这一次）: ${created.password}`);
    return 0;
  } catch (error) {
    if (error instanceof StaffError) {
      ctx.io.err(error.message);
      return 1;
    }
    throw error;
  }
}
