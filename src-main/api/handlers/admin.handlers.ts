/**
 * `admin.*` (hall admin mode): the overview, settings, devices, outbox, reprints, statistics, audit and
 * restart; and the audit line each changing action leaves (never a PIN or a citizen's data). The admin
 * guard (api/admin-guard.ts) keeps them behind admin mode.
 */
import { InputError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import type { AdminMode } from '../../services/admin/admin-mode.js';
import type { AdminPin } from '../../services/admin/admin-pin.js';
import type { AdminService } from '../../services/admin/admin.service.js';
import { summarize, type CatalogService } from '../../services/catalog/catalog.service.js';
import { CONFIG_LABELS, isConfigKey } from '../../services/config/config.schema.js';
import type { CameraSettings } from '../../services/materials/camera-setting.js';
import type { AuditRepository } from '../../store/audit.repository.js';
import type { AuditDetails } from '../admin-guard.js';
import type { AreaHandlers } from './handler-types.js';

export interface AdminHandlerDeps {
  adminMode: AdminMode;
  pin: AdminPin;
  admin: AdminService;
  catalog: CatalogService;
  audit: AuditRepository;
  /** 高拍仪: the document camera chosen for 材料采集. */
  camera: CameraSettings;
  /** 重启终端: the shell's hook (absent, the restart is refused with a message). */
  restart: (() => void) | undefined;
  log: Logger;
}

export function adminHandlers(deps: AdminHandlerDeps): AreaHandlers<'admin'> {
  const { adminMode, pin, admin, catalog, audit, log } = deps;
  const restart = (): { restarting: true } => {
    if (!deps.restart)
      throw new InputError(
        'no restart hook',
        'restart',
        '本终端的运行方式不支持从屏幕重启，请联系技术人员。',
      );
    const hook = deps.restart;
    log.warn({ code: 'admin-restart' }, 'restart asked by the hall admin');
    // After the answer has gone out.
    setTimeout(hook, 200).unref();
    return { restarting: true };
  };
  return {
    'admin.enter': ({ pin: given }) => adminMode.enter(given),
    'admin.exit': () => adminMode.exit(),
    'admin.session': () => adminMode.touch(),
    'admin.overview': () => admin.overview(),
    'admin.camera': () => deps.camera.get(),
    'admin.setCamera': (setting) => deps.camera.set(setting),
    'admin.settings': () => admin.settings(),
    'admin.updateSettings': (patch) => admin.updateSettings(patch),
    'admin.items': () => catalog.all().map(summarize),
    'admin.changePin': async ({ current, next }) => {
      await adminMode.checkPin(current, 'admin.changePin.failed');
      await pin.set(next);
      return adminMode.state();
    },
    'admin.setFirstPin': ({ next }) => adminMode.setFirstPin(next),
    'admin.ports': () => admin.ports(),
    'admin.testPrint': () => admin.testPrint(),
    'admin.testRead': () => admin.testRead(),
    'admin.syncView': () => admin.syncView(),
    'admin.syncNow': () => admin.syncNow(),
    'admin.retryEntry': ({ id }) => admin.retry(id),
    'admin.discardEntry': ({ id }) => admin.discard(id),
    'admin.reprints': () => admin.reprints(),
    'admin.reprint': ({ id }) => admin.reprint(id),
    'admin.answerHelp': ({ callId }) => admin.answerHelp(callId),
    'admin.stats': ({ days }) => admin.stats(days),
    'admin.audit': () => audit.recent(),
    'admin.restart': restart,
  };
}

/** The audit line of each admin and setup action that changes something. */
export function auditDetails(admin: AdminService): AuditDetails {
  const labels = (patch: object): string =>
    Object.keys(patch)
      .map((k) => (isConfigKey(k) ? CONFIG_LABELS[k] : k))
      .join('、');
  return {
    'admin.updateSettings': (input) => `修改设置：${labels(input) || '无'}`,
    'admin.changePin': () => '修改管理密码',
    'admin.setFirstPin': () => '设置管理密码（一次性密码已作废）',
    'admin.testPrint': () => '打印测试凭条',
    'admin.testRead': () => '读卡测试',
    'admin.syncNow': () => '立即同步',
    'admin.retryEntry': ({ id }) => `重新发送 ${admin.entryNumber(id)}`,
    'admin.discardEntry': ({ id }) => `放弃发送 ${admin.entryNumber(id)}`,
    'admin.reprint': ({ id }) => `补打凭条 ${admin.reprintNumber(id)}`,
    'admin.answerHelp': () => '呼叫已处理',
    'admin.restart': () => '重启终端',
    'setup.provision': (input, output) =>
      `注册到区级服务器 ${safeHost(input.serverUrl)}，大厅 ${output.hall?.code ?? ''}`,
    'setup.devices': (input) =>
      `设备串口：读卡器 ${input.readerPort || '未配置'}，凭条打印机 ${input.printerPort || '未配置'}`,
    'setup.testPrint': () => '打印测试凭条（初始设置）',
    'setup.testRead': () => '读卡测试（初始设置）',
    'setup.finish': () => '设置管理密码，完成初始设置',
    'admin.setCamera': (input) =>
      `高拍仪：${input.label || '系统默认摄像头'}，${input.width}×${input.height}`,
    'setup.setCamera': (input) =>
      `高拍仪（初始设置）：${input.label || '系统默认摄像头'}，${input.width}×${input.height}`,
  };
}

/** The host of a server URL, for the audit log (no path, no credentials). */
function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(地址无效)';
  }
}
