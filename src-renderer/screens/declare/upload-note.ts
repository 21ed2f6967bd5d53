/**
 * What the done step says about the declaration's way to the district: nothing while online; "uploaded
 * when the network returns" on a provisioned kiosk that is offline; on a demo kiosk (not provisioned),
 * that it stays on this kiosk and will not be handled.
 */
import type { UploadState } from '../../../src-main/contract/declaration.types.js';

export function uploadNote(upload: UploadState): string | null {
  switch (upload) {
    case 'online':
      return null;
    case 'offline':
      return '当前网络未连接，申请已安全保存在本机，网络恢复后将自动上传。';
    case 'local':
      return '演示模式：本申请只保存在本机，不会上传，也不会被受理。如需办理，请到窗口。';
  }
}
