/**
 * What the done step says about the declaration's way to the district (the promise vocabulary's words):
 * nothing while online; "uploaded when the network returns" on a provisioned kiosk that is offline; on a
 * demo kiosk (not provisioned), that it stays on this kiosk and will not be handled.
 */
import type { UploadState } from '../../../src-main/contract/declaration.types.js';
import { handInNote, linkOfUpload } from '../../../src-main/contract/kiosk-promises.js';

export function uploadNote(upload: UploadState): string | null {
  return handInNote(linkOfUpload(upload), '申请');
}
