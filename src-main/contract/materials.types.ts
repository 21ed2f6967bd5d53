/** Types of 材料采集 shared by main and the renderer. */

/** A page of the open session, without its bytes (those come one by one from `materials.page`). */
export interface MaterialPageInfo {
  pageId: string;
  /** The catalog material it belongs to. */
  materialName: string;
  source: 'camera' | 'phone';
  width: number;
  height: number;
  bytes: number;
}

/** The document camera (高拍仪) chosen in admin 设备; empty deviceId: the system's default camera. */
export interface CameraSetting {
  deviceId: string;
  /** What the admin saw in the list, for the admin screen only. */
  label: string;
  width: number;
  height: number;
}

/** The camera as the screen last found it, for the heartbeat. */
export type CameraState = 'ok' | 'not-found' | 'denied' | 'failed' | 'unknown';

/** Capture resolutions offered in admin 设备. */
export const CAMERA_RESOLUTIONS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 2592, height: 1944 },
  { width: 3264, height: 2448 },
] as const;

/** A frame's base64 text may not be longer (the web shell takes request bodies up to 1 MiB). */
export const MAX_FRAME_BASE64 = 1_000_000;
