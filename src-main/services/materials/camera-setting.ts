/**
 * The document camera: which one and at what resolution (admin 设备, kept in settings), and how it last
 * answered the screen (kept in memory, for the heartbeat). No picture is ever involved here.
 */
import type { CameraSetting, CameraState } from '../../contract/materials.types.js';
import type { SettingsRepository } from '../../store/settings.repository.js';

const KEY = 'camera';
export const DEFAULT_CAMERA: CameraSetting = { deviceId: '', label: '', width: 1920, height: 1080 };

export class CameraSettings {
  private lastState: CameraState = 'unknown';
  private lastStateAt: string | null = null;

  constructor(
    private readonly settings: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(): CameraSetting {
    const stored = this.settings.get(KEY) as Partial<CameraSetting> | undefined;
    return { ...DEFAULT_CAMERA, ...(stored ?? {}) };
  }

  set(setting: CameraSetting): CameraSetting {
    this.settings.set(KEY, setting);
    this.lastState = 'unknown';
    return this.get();
  }

  record(state: CameraState): { recorded: true } {
    this.lastState = state;
    this.lastStateAt = this.now().toISOString();
    return { recorded: true };
  }

  /** For the heartbeat: the last answer and when; whether a camera is configured. */
  health(): { state: CameraState; checkedAt: string | null; configured: boolean } {
    return { state: this.lastState, checkedAt: this.lastStateAt, configured: this.get().deviceId !== '' };
  }
}
