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

export interface MaterialDeliveryParts {
  db: Db;
  deviceKey: DeviceKeyProvider;
  settings: SettingsRepository;
  log: Logger;
}

/** What the sync needs of 材料采集 (also in the CLI, which has no session): the sealed store, its uploader, the camera setting. */
export interface MaterialDelivery {
  attachments: AttachmentsRepository;
  camera: CameraSettings;
  /** Uploads the sealed pages of acknowledged declarations (run by the sync's outbox task). */
  uploader: AttachmentUploader;
}

export function createMaterialDelivery(parts: MaterialDeliveryParts): MaterialDelivery {
  const attachments = new AttachmentsRepository(parts.db, parts.deviceKey);
  return {
    attachments,
    camera: new CameraSettings(parts.settings),
    uploader: new AttachmentUploader({ attachments, log: parts.log }),
  };
}

export interface MaterialsParts {
  delivery: MaterialDelivery;
  session: PageSession;
  log: Logger;
}

type MaterialMethods = typeof materialMethods;
/** The citizen's materials.* methods; the admin.* and setup.* camera methods are those areas'. */
type MaterialHandlers = {
  [M in Exclude<keyof MaterialMethods, `admin.${string}` | `setup.${string}`>]: (
    input: z.output<MaterialMethods[M]['input']>,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface Materials {
  /** Where pages enter the session (camera and phone upload alike). */
  sink: MaterialPageSink;
  pages: SessionPages;
  declarationPages: DeclarationPages;
  handlers: MaterialHandlers;
}

export function createMaterials(parts: MaterialsParts): Materials {
  const { attachments, camera } = parts.delivery;
  const pages = new SessionPages(parts.session);
  const service = new MaterialsService({ pages, log: parts.log });
  return {
    sink: pages,
    pages,
    declarationPages: declarationPages(pages, attachments),
    handlers: {
      'materials.pages': () => service.list(),
      'materials.capture': ({ materialName, frame, replaces }) =>
        service.capture(materialName, Buffer.from(frame, 'base64'), replaces),
      'materials.turn': ({ pageId }) => service.turn(pageId),
      'materials.remove': ({ pageId }) => service.remove(pageId),
      'materials.atWindow': ({ materialName }) => service.atWindow(materialName),
      'materials.page': ({ pageId }) => ({ jpeg: service.jpeg(pageId).toString('base64') }),
      'materials.camera': () => camera.get(),
      'materials.cameraState': ({ state }) => camera.record(state),
    },
  };
}
