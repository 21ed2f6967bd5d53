/** `phoneUpload.*` (从手机上传): open and close the session's one-time phone link and read its state. */
import type { PhoneUploadService } from '../../services/materials/phone-upload.service.js';
import type { AreaHandlers } from './handler-types.js';

export function phoneUploadHandlers(phoneUpload: PhoneUploadService): AreaHandlers<'phoneUpload'> {
  return {
    'phoneUpload.open': ({ materialName }) => phoneUpload.open(materialName),
    'phoneUpload.close': () => phoneUpload.close(),
    'phoneUpload.state': () => phoneUpload.state(),
  };
}
