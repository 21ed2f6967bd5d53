/**
 * The first admin entry of a provisioned kiosk: a one-time code made on the technician's terminal (the
 * kiosk's screen never shows it), stored as a scrypt hash like the PIN, good for one 设置管理密码.
 */
import { issueAdminCode, AdminPin } from '../services/admin/admin-pin.js';
import { SETUP_DONE_KEY } from '../services/admin/setup.service.js';
import type { SettingsRepository } from '../store/settings.repository.js';
import type { CliIo } from './cli-io.js';

/** After `kiosk provision`: setup counts as done (no wizard on the hall's screen), and a PIN-less kiosk gets a code. */
export async function finishCliProvisioning(
  settings: SettingsRepository,
  io: CliIo,
  now = new Date(),
): Promise<void> {
  if (typeof settings.get(SETUP_DONE_KEY) !== 'string') settings.set(SETUP_DONE_KEY, now.toISOString());
  if (new AdminPin(settings).isSet()) {
    io.out('管理密码沿用本机已设置的密码 / the admin PIN already set on this kiosk stays');
    return;
  }
  printAdminCode(await issueAdminCode(settings), io);
}

export function printAdminCode(code: string, io: CliIo): void {
  io.out(`一次性管理密码 / one-time admin code: ${code}`);
  io.out(
    '首次进入管理模式（点屏幕左上角 5 次）时输入此密码，然后设置管理密码；默认密码 123456 在已注册终端上无效' +
      ' / enter it once in admin mode (tap the top-left corner 5 times), then set the PIN; 123456 does not open a provisioned kiosk',
  );
}
