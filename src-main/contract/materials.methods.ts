/**
 * 材料采集 methods: the session's captured pages and the document camera's setting. Pages are personal
 * data held by main for the open session only; every page method answers CONFLICT once it has ended.
 */
import { z } from 'zod';
import type { MethodDef } from './methods.js';
import { MAX_FRAME_BASE64, type CameraSetting, type MaterialPageInfo } from './materials.types.js';

const def =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const empty = z.object({}).strict();
const materialName = z.string().trim().min(1).max(120);
const pageId = z.string().uuid();
const cameraChoice = z
  .object({
    deviceId: z.string().max(200),
    label: z.string().max(120),
    width: z.number().int().min(320).max(8000),
    height: z.number().int().min(240).max(8000),
  })
  .strict();

export const materialMethods = {
  /** The pages captured in this session, in order. */
  'materials.pages': def<MaterialPageInfo[]>()(empty),
  /**
   * 拍照: a camera frame (base64 JPEG of the page outline's area) becomes a page of `materialName`:
   * cropped to the paper, straightened, fitted to A4 at about 200 dpi, ≤ 400 KB. CONFLICT after 20
   * pages. With `replaces` (重拍) the new page takes that page's place; NOT_FOUND when it is gone.
   */
  'materials.capture': def<MaterialPageInfo>()(
    z
      .object({
        materialName,
        frame: z
          .string()
          .min(16)
          .max(MAX_FRAME_BASE64, '照片太大，请重拍')
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, '照片格式不对'),
        replaces: pageId.optional(),
      })
      .strict(),
  ),
  /** 旋转: the page turned a quarter clockwise. */
  'materials.turn': def<MaterialPageInfo>()(z.object({ pageId }).strict()),
  /** 删除: the remaining pages. */
  'materials.remove': def<MaterialPageInfo[]>()(z.object({ pageId }).strict()),
  /** 到窗口再交: the material's pages taken so far are dropped; the remaining pages. */
  'materials.atWindow': def<MaterialPageInfo[]>()(z.object({ materialName }).strict()),
  /** One page's JPEG (base64), for its thumbnail on this session's screen. */
  'materials.page': def<{ jpeg: string }>()(z.object({ pageId }).strict()),
  /** Which camera to open and at what resolution (admin 设备's choice). */
  'materials.camera': def<CameraSetting>()(empty),
  /** The screen tells main how the camera answered, for the heartbeat (never a picture). */
  'materials.cameraState': def<{ recorded: true }>()(
    z.object({ state: z.enum(['ok', 'not-found', 'denied', 'failed']) }).strict(),
  ),
  /** First-run setup's 高拍仪 step: the camera setting (setup.* answer CONFLICT once setup is done). */
  'setup.camera': def<CameraSetting>()(empty),
  /** First-run setup's 高拍仪 step: choose the camera, as admin.setCamera does. */
  'setup.setCamera': def<CameraSetting>()(cameraChoice),
  /** Admin 设备: the camera setting. */
  'admin.camera': def<CameraSetting>()(empty),
  /** Admin 设备: choose the camera (a deviceId from enumerateDevices, or '' for the default) and resolution. */
  'admin.setCamera': def<CameraSetting>()(cameraChoice),
} as const;
