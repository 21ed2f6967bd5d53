/**
 * 设备 › 高拍仪: which camera (from enumerateDevices; names appear once the camera was opened) and at
 * what resolution, saved with admin.setCamera; 测试拍照 opens it and shows its live picture and the
 * resolution it really gives. Nothing is captured or kept here.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { CAMERA_RESOLUTIONS, type CameraSetting } from '../../../src-main/contract/materials.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { formError } from '../admin-api.js';
import { Section } from '../fields.js';
import '../../materials/materials.css';

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

export function CameraSection(): ReactElement {
  const { bridge } = useKiosk();
  const [setting, setSetting] = useState<CameraSetting | null>(null);
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  const stop = (): void => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setTesting(false);
  };

  useEffect(() => {
    void unwrap(bridge.api.admin.camera({})).then(setSetting);
    void listCameras().then(setCameras, () => setCameras([]));
    return stop;
  }, [bridge]);

  if (!setting) return <p className="loading">正在加载……</p>;

  const save = (next: CameraSetting): void => {
    setMessage(null);
    unwrap(bridge.api.admin.setCamera(next)).then(
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
      void bridge.api.materials.cameraState({ state: 'ok' });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      const state = name === 'NotFoundError' || name === 'OverconstrainedError' ? 'not-found' : 'failed';
      setMessage(
        state === 'not-found' ? '没有找到所选的高拍仪，请检查连接或换一个。' : '高拍仪打不开，请检查连接。',
      );
      void bridge.api.materials.cameraState({ state });
    }
  };

  return (
    <Section title="高拍仪（材料拍照）">
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
    </Section>
  );
}
