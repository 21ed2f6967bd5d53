/**
 * `kiosk admin-code [--data DIR]`: a new one-time admin code for a provisioned kiosk that has no admin PIN
 * yet (the code `kiosk provision` printed was lost). Refused on a demo kiosk (it opens with 123456 until a
 * PIN is set) and once a PIN is set (change it in admin mode).
 */
import { AdminPin, issueAdminCode } from '../../services/admin/admin-pin.js';
import { SettingsRepository } from '../../store/settings.repository.js';
import { printAdminCode } from '../admin-code.js';
import type { CliIo } from '../cli-io.js';
import { dataDirArg, type SyncContext } from '../sync-context.js';

const USAGE = '用法 / usage: kiosk admin-code [--data DIR]';

export async function adminCodeCommand(
  args: string[],
  io: CliIo,
  open: (dataDir: string) => SyncContext,
): Promise<number> {
  const dataDir = dataDirArg(args, io, USAGE);
  if (dataDir === null) return 2;
  const ctx = open(dataDir);
  try {
    const settings = new SettingsRepository(ctx.db);
    if (!ctx.enrollment.get()) {
      io.err('本终端尚未注册，请先运行 kiosk provision / not provisioned: run kiosk provision first');
      return 1;
    }
    if (new AdminPin(settings).isSet()) {
      io.err('本终端已设置管理密码，请在管理模式中修改 / an admin PIN is set: change it in admin mode');
      return 1;
    }
    printAdminCode(await issueAdminCode(settings), io);
    return 0;
  } finally {
    await ctx.close();
  }
}
