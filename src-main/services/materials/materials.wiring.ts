/**
 * 材料采集 wired for the composition root: the session's pages (the MaterialPageSink a phone upload
 * hands its pages to), the camera setting, the sealed attachments store and the contract handlers.
 */
import type { z } from 'zod';
import type { MethodOutput } from '../../contract/methods.js';
import type { materialMethods } from '../../contract/materials.methods.js';
import type { Logger } from '../../log/logger.js';
import { AttachmentsRepository } from '../../store/attachments.repository.js';
import type { Db } from '../../store/database.js';
import type { DeviceKeyProvider } from '../../store/device-key.js';
import type { SettingsRepository } from '../../store/settings.repository.js';
import type { MaterialPageSink } from './material-page.js';
import type { DeclarationPages } from '../declaration/declaration.service.js';
import { AttachmentUploader } from './attachment-uploader.js';
import { CameraSettings } from './camera-setting.js';
import { declarationPages } from './declaration-pages.js';
import { MaterialsService } from './materials.service.js';
import { SessionPages, type PageSession } from './session-pages.js';

export interface MaterialsParts {
  db: Db;
  deviceKey: DeviceKeyProvider;
  settings: SettingsRepository;
  session: PageSession;
  log: Logger;
}

type MaterialMethods = typeof materialMethods;
type MaterialHandlers = {
  [M in keyof MaterialMethods]: (
    input: z.output<MaterialMethods[M]['input']>,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface Materials {
  /** Where pages enter the session (camera and phone upload alike). */
  sink: MaterialPageSink;
  pages: SessionPages;
  attachments: AttachmentsRepository;
  camera: CameraSettings;
  /** Uploads the sealed pages of acknowledged declarations (run by the sync's outbox task). */
  uploader: AttachmentUploader;
  declarationPages: DeclarationPages;
  handlers: MaterialHandlers;
}

export function createMaterials(parts: MaterialsParts): Materials {
  const pages = new SessionPages(parts.session);
  const attachments = new AttachmentsRepository(parts.db, parts.deviceKey);
  const camera = new CameraSettings(parts.settings);
  const service = new MaterialsService({ pages, log: parts.log });
  return {
    sink: pages,
    pages,
    attachments,
    camera,
    uploader: new AttachmentUploader({ attachments, log: parts.log }),
    declarationPages: declarationPages(pages, attachments),
    handlers: {
      'materials.pages': () => service.list(),
      'materials.capture': ({ materialName, frame }) =>
        service.capture(materialName, Buffer.from(frame, 'base64')),
      'materials.turn': ({ pageId }) => service.turn(pageId),
      'materials.remove': ({ pageId }) => service.remove(pageId),
      'materials.atWindow': ({ materialName }) => service.atWindow(materialName),
      'materials.page': ({ pageId }) => ({ jpeg: service.jpeg(pageId).toString('base64') }),
      'materials.camera': () => camera.get(),
      'materials.cameraState': ({ state }) => camera.record(state),
      'admin.camera': () => camera.get(),
      'admin.setCamera': (setting) => camera.set(setting),
    },
  };
}
