/**
 * Staff accounts of the console:
 * - `user create --name NAME --role district|hall [--hall CODE] [--password P]`: without --password a
 *   password is generated and printed once (it is stored only as a hash);
 * - `user disable --name NAME`: a leaver or a leaked password; its sessions end at once;
 * - `user enable --name NAME`: it may sign in again;
 * - `user passwd --name NAME [--password P]`: a new password (generated and printed once without
 *   --password); its sessions end at once.
 */
import { consoleServices } from '../console/console.plugin.js';
import { StaffError, type StaffService } from '../console/staff.service.js';
import { allowOnly, requireOption, UsageError, type ParsedArgs } from './args.js';
import { withStore, type CliContext } from './cli-context.js';

const USAGE = [
  '用法: user create --name NAME --role district|hall [--hall CODE] [--password P]',
  '      user disable --name NAME',
  '      user enable --name NAME',
  '      user passwd --name NAME [--password P]',
].join('\n');

export async function userCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const action = args.positionals[0];
  if (args.positionals.length !== 1) throw new UsageError(USAGE);
  try {
    switch (action) {
      case 'create':
        return await create(args, ctx);
      case 'disable':
      case 'enable':
      case 'passwd':
        return await change(action, args, ctx);
      default:
        throw new UsageError(USAGE);
    }
  } catch (error) {
    if (error instanceof StaffError) {
      ctx.io.err(error.message);
      return 1;
    }
    throw error;
  }
}

const withStaff = <T>(ctx: CliContext, work: (staff: StaffService) => Promise<T>): Promise<T> =>
  withStore(ctx, async (store) => work((await consoleServices(store, ctx.now)).staff));

async function create(args: ParsedArgs, ctx: CliContext): Promise<number> {
  allowOnly(args, ['name', 'role', 'hall', 'password']);
  const name = requireOption(args, 'name');
  const role = requireOption(args, 'role');
  if (role !== 'district' && role !== 'hall') throw new UsageError('--role 应为 district 或 hall');
  const hallCode = args.options.get('hall')?.trim();
  const password = args.options.get('password');
  const created = await withStaff(ctx, (staff) =>
    staff.createUser({
      name,
      role,
      ...(hallCode ? { hallCode } : {}),
      ...(password !== undefined ? { password } : {}),
    }),
  );
  const scope = created.user.hallCode ? `服务中心 ${created.user.hallCode}` : '全区';
  ctx.io.out(`已创建用户 ${created.user.name}（${role === 'district' ? '区级' : '服务中心'}，${scope}）`);
  if (created.generated) ctx.io.out(`初始密码（只显示这一次）: ${created.password}`);
  return 0;
}

async function change(
  action: 'disable' | 'enable' | 'passwd',
  args: ParsedArgs,
  ctx: CliContext,
): Promise<number> {
  allowOnly(args, action === 'passwd' ? ['name', 'password'] : ['name']);
  const name = requireOption(args, 'name');
  if (action === 'disable') {
    const ended = await withStaff(ctx, (staff) => staff.disableUser(name));
    ctx.io.out(`已停用用户 ${name}，结束了 ${ended} 个登录`);
    return 0;
  }
  if (action === 'enable') {
    await withStaff(ctx, (staff) => staff.enableUser(name));
    ctx.io.out(`已启用用户 ${name}`);
    return 0;
  }
  const password = args.options.get('password');
  const changed = await withStaff(ctx, (staff) => staff.setPassword(name, password));
  ctx.io.out(`已为用户 ${name} 设置新密码，原有登录已结束`);
  if (changed.generated) ctx.io.out(`新密码（只显示这一次）: ${changed.password}`);
  return 0;
}
