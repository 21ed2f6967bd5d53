/**
 * First-run setup of a hall kiosk (not a demo): the wizard's steps on the core side. Needed while the
 * kiosk is out of demo mode and setup was never finished; every step but `state` is refused after that
 * (admin mode changes the settings from then on).
 */
import type { AdminSettings, SetupState } from '../../contract/admin.types.js';
import { ConflictError, InputError, KioskError } from '../../contract/errors.js';
import { RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { SettingsRepository } from '../../store/settings.repository.js';
import type { ConfigService } from '../config/config.service.js';
import type { SyncService } from '../sync/sync.service.js';
import type { AdminPin } from './admin-pin.js';

export const SETUP_DONE_KEY = 'setup.doneAt';

/** The server's refusals of an enrollment code, for the field tech. */
const CODE_REFUSALS: Record<string, string> = {
  CODE_UNKNOWN: '注册码不存在，请核对后重新输入。',
  CODE_USED: '注册码已使用过，请向区里重新申请。',
  CODE_EXPIRED: '注册码已过期，请向区里重新申请。',
};

export interface SetupDeps {
  settings: SettingsRepository;
  config: ConfigService;
  sync: SyncService;
  pin: AdminPin;
  log: Logger;
  now?: () => Date;
}

export class SetupService {
  constructor(private readonly deps: SetupDeps) {}

  done(): boolean {
    return typeof this.deps.settings.get(SETUP_DONE_KEY) === 'string';
  }

  needed(): boolean {
    return !this.deps.config.get().demoMode && !this.done();
  }

  /** Throws ConflictError unless the wizard may run. */
  assertNeeded(): void {
    if (this.needed()) return;
    throw new ConflictError(
      'setup not needed',
      this.done() ? '本终端已完成初始设置，请在管理模式中修改设置。' : '演示模式下无需初始设置。',
    );
  }

  state(): SetupState {
    const c = this.deps.config.get();
    const provisioned = this.deps.sync.provisioned();
    return {
      needed: this.needed(),
      provisioned,
      hall: provisioned
        ? { code: c.hallCode, name: c.hallName, address: c.hallAddress, phone: c.hallPhone }
        : null,
      pinSet: this.deps.pin.isSet(),
    };
  }

  /** Enrolls with the district server (the hall's identity comes from it) and starts syncing. */
  async provision(serverUrl: string, code: string): Promise<SetupState> {
    try {
      await this.deps.sync.provision(serverUrl, code.trim());
    } catch (error) {
      if (error instanceof RejectedError)
        throw new InputError(
          `enrollment refused: ${error.serverCode}`,
          'code',
          CODE_REFUSALS[error.serverCode] ?? `服务器拒绝注册：${error.reason}`,
        );
      // The wizard's field is serverUrl; the wizard never offers plain http:// to another host.
      if (error instanceof InputError && error.field === 'server')
        throw new InputError(error.message, 'serverUrl', error.userMessage ?? '服务器地址格式不对。');
      if (error instanceof KioskError && error.code === 'OFFLINE')
        throw new InputError('server unreachable', 'serverUrl', '连不上这个服务器，请检查地址和网线后重试。');
      throw error;
    }
    this.deps.sync.start();
    return this.state();
  }

  /** The device ports (and real devices from now on); same checks as admin's settings. */
  devices(ports: Pick<AdminSettings, 'readerPort' | 'readerBaud' | 'printerPort' | 'printerBaud'>): void {
    this.deps.config.update({ ...ports, simulatedDevices: false });
  }

  /** Sets the admin PIN and ends setup. The kiosk must be enrolled by then. */
  async finish(pin: string): Promise<SetupState> {
    if (!this.deps.sync.provisioned())
      throw new ConflictError('finish before provisioning', '请先连接区里的服务器（第 1、2 步）。');
    await this.deps.pin.set(pin, 'pin');
    this.deps.settings.set(SETUP_DONE_KEY, (this.deps.now?.() ?? new Date()).toISOString());
    this.deps.log.info({ code: 'setup-finished' }, 'first-run setup finished');
    return this.state();
  }
}
