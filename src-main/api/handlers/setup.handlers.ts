/** `setup.*` (first-run setup): enrolment with the district, the serial ports, device tests, the PIN. */
import type { AdminService } from '../../services/admin/admin.service.js';
import type { SetupService } from '../../services/admin/setup.service.js';
import type { CameraSettings } from '../../services/materials/camera-setting.js';
import type { AreaHandlers } from './handler-types.js';

export interface SetupHandlerDeps {
  setup: SetupService;
  admin: AdminService;
  /** 高拍仪: the same setting admin 设备 chooses. */
  camera: CameraSettings;
}

export function setupHandlers(deps: SetupHandlerDeps): AreaHandlers<'setup'> {
  const { setup, admin } = deps;
  return {
    'setup.state': () => setup.state(),
    'setup.provision': ({ serverUrl, code }) => setup.provision(serverUrl, code),
    'setup.ports': () => admin.ports(),
    'setup.devices': (ports) => {
      setup.devices(ports);
      return admin.settings();
    },
    'setup.testPrint': () => admin.testPrint(),
    'setup.testRead': () => admin.testRead(),
    'setup.camera': () => deps.camera.get(),
    'setup.setCamera': (setting) => deps.camera.set(setting),
    'setup.finish': ({ pin: chosen }) => setup.finish(chosen),
  };
}
