/**
 * 拍照: the document camera's live picture with the page outline, a big 拍照 button and the automatic
 * photo once the page has lain still for 3 seconds; the material's pages below it with 旋转, 重拍 (the
 * new photo takes the page's place) and 删除. The stream is stopped when the panel closes (and so when
 * the session ends).
 */
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { MaterialPageInfo } from '../../src-main/contract/materials.types.js';
import { MAX_PAGES_PER_CASE_TEXT } from './materials-text.js';
import { ApiFailure, unwrap } from '../api/client.js';
import { useKiosk } from '../app/kiosk-context.js';
import { frameOfOutline, sampleOf } from './camera-frame.js';
import { pageOutline } from './page-outline.js';
import { usePageThumbs } from './page-thumbs.js';
import { AUTO_CAPTURE_MS, greyOf, initialStill, stepStill, type StillState } from './still-frames.js';
import './materials.css';

export interface CameraPanelProps {
  materialName: string;
  pages: readonly MaterialPageInfo[];
  onPages: (pages: MaterialPageInfo[]) => void;
  onClose: () => void;
}

type CameraView =
  { kind: 'opening' } | { kind: 'live'; width: number; height: number } | { kind: 'failed'; message: string };

const SAMPLE_MS = 250;

function cameraMessage(error: unknown): { state: 'not-found' | 'denied' | 'failed'; message: string } {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return { state: 'not-found', message: '没有找到高拍仪。请把材料带到窗口，或点“呼叫工作人员”。' };
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return { state: 'denied', message: '高拍仪暂时不能使用。请把材料带到窗口，或点“呼叫工作人员”。' };
  return { state: 'failed', message: '高拍仪没有画面。请把材料带到窗口，或点“呼叫工作人员”。' };
}

export function CameraPanel({ materialName, pages, onPages, onClose }: CameraPanelProps): ReactElement {
  const { bridge } = useKiosk();
  const video = useRef<HTMLVideoElement>(null);
  const [view, setView] = useState<CameraView>({ kind: 'opening' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stillMs, setStillMs] = useState(0);
  const still = useRef<StillState>(initialStill());
  const busyRef = useRef(false);
  const mine = pages.filter((p) => p.materialName === materialName);
  const thumbs = usePageThumbs(bridge, mine);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    void (async () => {
      try {
        const setting = await unwrap(bridge.api.materials.camera({}));
        stream = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: {
            ...(setting.deviceId ? { deviceId: { exact: setting.deviceId } } : {}),
            width: { ideal: setting.width },
            height: { ideal: setting.height },
          },
        });
        if (!live) return;
        const element = video.current;
        if (!element) return;
        element.srcObject = stream;
        await element.play();
        setView({ kind: 'live', width: element.videoWidth, height: element.videoHeight });
        void bridge.api.materials.cameraState({ state: 'ok' });
      } catch (failure) {
        if (!live) return;
        const { state, message } = cameraMessage(failure);
        setView({ kind: 'failed', message });
        void bridge.api.materials.cameraState({ state });
      }
    })();
    return () => {
      live = false;
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
  }, [bridge]);

  const capture = useCallback(
    async (replacing?: string): Promise<void> => {
      const element = video.current;
      if (!element || busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setError(null);
      try {
        const frame = await frameOfOutline(element);
        // 重拍: the new page takes the old one's place.
        await unwrap(
          bridge.api.materials.capture({
            materialName,
            frame,
            ...(replacing ? { replaces: replacing } : {}),
          }),
        );
        onPages(await unwrap(bridge.api.materials.pages({})));
      } catch (failure) {
        setError(failure instanceof ApiFailure ? failure.message : '没有拍成，请再试一次。');
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [bridge, materialName, onPages],
  );

  // The automatic photo: sample the picture, fire once it has been still for 3 seconds.
  useEffect(() => {
    if (view.kind !== 'live') return;
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 27;
    const timer = setInterval(() => {
      const element = video.current;
      if (!element || busyRef.current) return;
      const rgba = sampleOf(element, canvas);
      if (!rgba) return;
      const next = stepStill(still.current, greyOf(rgba), performance.now());
      still.current = next.state;
      setStillMs(next.stillMs);
      if (next.fire) void capture();
    }, SAMPLE_MS);
    return () => clearInterval(timer);
  }, [view.kind, capture]);

  const act = async (call: () => Promise<MaterialPageInfo[]>): Promise<void> => {
    setError(null);
    try {
      onPages(await call());
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : '操作没有成功，请再试一次。');
    }
  };

  const outline = view.kind === 'live' ? pageOutline(view.width, view.height) : null;
  const secondsLeft = Math.max(1, Math.ceil((AUTO_CAPTURE_MS - stillMs) / 1000));
  const full = pages.length >= MAX_PAGES_PER_CASE_TEXT.count;

  return (
    <section className="step camera-panel" aria-labelledby="camera-title" data-camera={view.kind}>
      <h2 id="camera-title">拍照：{materialName}</h2>
      <div className="camera-body">
        <div className="camera-preview">
          <video ref={video} muted playsInline aria-label="高拍仪画面" />
          {outline && view.kind === 'live' ? (
            <svg
              className="camera-outline"
              viewBox={`0 0 ${view.width} ${view.height}`}
              preserveAspectRatio="xMidYMid meet"
              aria-hidden="true"
            >
              <rect x={outline.x} y={outline.y} width={outline.width} height={outline.height} />
            </svg>
          ) : null}
          {view.kind === 'opening' ? <p className="camera-note loading">正在打开高拍仪……</p> : null}
          {view.kind === 'failed' ? (
            <p className="camera-note error-message" role="alert">
              {view.message}
            </p>
          ) : null}
        </div>
        <div className="camera-side">
          <p className="step-prompt" role="status">
            {busy
              ? '正在拍照，请不要移动材料……'
              : full
                ? MAX_PAGES_PER_CASE_TEXT.full
                : stillMs > 0
                  ? `请保持不动，${secondsLeft} 秒后自动拍照`
                  : '请把材料平放在框内。保持不动 3 秒会自动拍照，也可以点“拍照”。'}
          </p>
          <button
            type="button"
            className="btn btn-primary camera-shoot"
            data-camera-shoot
            disabled={view.kind !== 'live' || busy || full}
            onClick={() => void capture()}
          >
            拍照
          </button>
          {error ? (
            <p className="error-message-inline" role="alert">
              {error}
            </p>
          ) : null}
          <button type="button" className="btn btn-secondary btn-large" data-camera-done onClick={onClose}>
            {mine.length > 0 ? `拍好了（共 ${mine.length} 页）` : '返回材料清单'}
          </button>
        </div>
      </div>
      {mine.length > 0 ? (
        <ol className="page-thumbs" aria-label="已拍的页">
          {mine.map((page, i) => (
            <li key={page.pageId} className="page-thumb" data-page={page.pageId}>
              {thumbs.get(page.pageId) ? (
                <img src={thumbs.get(page.pageId)} alt={`第 ${i + 1} 页`} />
              ) : (
                <span className="page-thumb-wait">第 {i + 1} 页</span>
              )}
              <span className="page-no">第 {i + 1} 页</span>
              <div className="page-actions">
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() =>
                    void act(() =>
                      unwrap(bridge.api.materials.turn({ pageId: page.pageId })).then(() =>
                        unwrap(bridge.api.materials.pages({})),
                      ),
                    )
                  }
                >
                  旋转
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={view.kind !== 'live' || busy}
                  onClick={() => void capture(page.pageId)}
                >
                  重拍
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => void act(() => unwrap(bridge.api.materials.remove({ pageId: page.pageId })))}
                >
                  删除
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
