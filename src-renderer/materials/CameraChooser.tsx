/**
 * Choosing and testing the document camera (高拍仪), for admin 设备 and the first-run setup alike:
 * which camera (from enumerateDevices; names appear once the camera was opened) and at what resolution,
 * saved through the area's own methods; 测试拍照 opens it and shows its live picture and the
 * resolution it really gives. Nothing is captured or kept here.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { CAMERA_RESOLUTIONS, type CameraSetting } from '../../src-main/contract/materials.types.js';
import type { KioskBridge } from '../api/client.js';
import { unwrap } from '../api/client.js';
import { formError } from '../admin/admin-api.js';
import './materials.css';
import './camera-chooser.css';

interface CameraChoice {
  deviceId: string;
  label: string;
}

async function listCameras(): Promise<CameraChoice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `摄像头 ${i + 1}` }));
}

function methodsOf(bridge: KioskBridge, area: 'admin' | 'setup') {
  return area === 'admin'
    ? { get: bridge.api.admin.camera, set: bridge.api.admin.setCamera }
    : { get: bridge.api.setup.camera, set: bridge.api.setup.setCamera };
}

export interface CameraChooserProps {
  bridge: KioskBridge;
  /** Whose methods keep the setting: admin 设备 (admin.camera) or the first-run setup (setup.camera). */
  area: 'admin' | 'setup';
  /** Told whether the last 测试拍照 showed a picture. */
  onTested?: (ok: boolean) => void;
}

export function CameraChooser({ bridge, area, onTested }: CameraChooserProps): ReactElement {
  const [setting, setSetting] = useState<CameraSetting | null>(null);
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const methods = methodsOf(bridge, area);

  const stop = (): void => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setTesting(false);
  };

  useEffect(() => {
    void unwrap(methodsOf(bridge, area).get({})).then(setSetting);
    void listCameras().then(setCameras, () => setCameras([]));
    return stop;
  }, [bridge, area]);

  if (!setting) return <p className="loading">正在加载……</p>;

  const save = (next: CameraSetting): void => {
    setMessage(null);
    unwrap(methods.set(next)).then(
      (saved) => {
        setSetting(saved);
        setMessage('已保存');
      },
      (error: unknown) => setMessage(formError(error).message),
    );
  };

  const test = async (): Promise<void> => {
    stop();
    setMessage('正在打开高拍仪……');
    try {
      const opened = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
          ...(setting.deviceId ? { deviceId: { exact: setting.deviceId } } : {}),
          width: { ideal: setting.width },
          height: { ideal: setting.height },
        },
      });
      stream.current = opened;
      const element = video.current;
      if (element) {
        element.srcObject = opened;
        await element.play();
      }
      setTesting(true);
      setCameras(await listCameras());
      const size = element ? `${element.videoWidth}×${element.videoHeight}` : '';
      setMessage(`高拍仪正常，画面 ${size}`);
      onTested?.(true);
      void bridge.api.materials.cameraState({ state: 'ok' });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      const state = name === 'NotFoundError' || name === 'OverconstrainedError' ? 'not-found' : 'failed';
      setMessage(
        state === 'not-found' ? '没有找到所选的高拍仪，请检查连接或换一个。' : '高拍仪打不开，请检查连接。',
      );
      onTested?.(false);
      void bridge.api.materials.cameraState({ state });
    }
  };

  return (
    <div className="camera-chooser">
      <div className="choice-row" role="group" aria-label="高拍仪">
        {[{ deviceId: '', label: '系统默认摄像头' }, ...cameras].map((c) => (
          <button
            key={c.deviceId || 'default'}
            type="button"
            className="btn btn-secondary"
            aria-pressed={c.deviceId === setting.deviceId}
            data-camera-choice={c.deviceId || 'default'}
            onClick={() => save({ ...setting, deviceId: c.deviceId, label: c.deviceId ? c.label : '' })}
          >
            {c.label}
          </button>
        ))}
      </div>
      <div className="choice-row" role="group" aria-label="分辨率">
        {CAMERA_RESOLUTIONS.map((r) => (
          <button
            key={`${r.width}x${r.height}`}
            type="button"
            className="btn btn-secondary"
            aria-pressed={r.width === setting.width && r.height === setting.height}
            onClick={() => save({ ...setting, width: r.width, height: r.height })}
          >
            {r.width}×{r.height}
          </button>
        ))}
      </div>
      <div className="choice-row">
        <button type="button" className="btn btn-primary" data-camera-test onClick={() => void test()}>
          测试拍照
        </button>
        {testing ? (
          <button type="button" className="btn btn-secondary" onClick={stop}>
            结束测试
          </button>
        ) : null}
      </div>
      <video
        ref={video}
        className="camera-test"
        muted
        playsInline
        hidden={!testing}
        aria-label="高拍仪测试画面"
      />
      <p className="admin-hint" role="status" data-camera-message>
        {message ?? ''}
      </p>
    </div>
  );
}
