/**
 * 从手机上传: the QR code of a one-time upload link for one material, what to do on the phone, and the
 * thumbnails of the pages as they arrive (pushed by main as `phoneUpload.state`). A demo or offline kiosk
 * says plainly that this needs the network and what to do instead. Once a phone has opened the link the
 * code goes away, and 换一个二维码 (不是我的照片 once pages came) shuts that phone out, drops what it sent
 * and shows a fresh code (a code photographed over the citizen's shoulder). Closing the panel closes the link;
 * the thumbnails live only as object URLs revoked when they change or the panel goes.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import {
  IDLE_PHONE_UPLOAD,
  type PhoneUploadState,
  type PhoneUploadThumbnail,
} from '../../src-main/contract/phone-upload.types.js';
import { unwrap } from '../api/client.js';
import { useKiosk } from '../app/kiosk-context.js';
import { QrCode } from '../components/QrCode.js';
import type { PhoneUploadPanelProps } from './phone-upload-slot.js';
import './phone-upload.css';

function clock(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Object URLs of the thumbnails, revoked when the list changes or the panel closes. */
function useThumbnailUrls(thumbnails: PhoneUploadThumbnail[]): string[] {
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    const made = thumbnails.map((t) => {
      const bytes = Uint8Array.from(atob(t.jpegBase64), (c) => c.charCodeAt(0));
      return URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }));
    });
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [thumbnails]);
  return urls;
}

export function PhoneUploadPanel(props: PhoneUploadPanelProps): ReactElement {
  const { materialName } = props;
  const { bridge } = useKiosk();
  const [state, setState] = useState<PhoneUploadState>(IDLE_PHONE_UPLOAD);
  const [failure, setFailure] = useState<string | null>(null);
  const [opening, setOpening] = useState(true);
  const doneRef = useRef<HTMLButtonElement>(null);
  const urls = useThumbnailUrls(state.thumbnails);

  const open = (): void => {
    setOpening(true);
    setFailure(null);
    unwrap(bridge.api.phoneUpload.open({ materialName }))
      .then(setState, (error: Error) => setFailure(error.message))
      .finally(() => setOpening(false));
  };

  /**
   * Another phone has the link: close it, drop the pages it sent (when the citizen says they are not
   * theirs), and show a fresh code.
   */
  const replace = (): void => {
    const sent = state.thumbnails.map((t) => t.pageId);
    setOpening(true);
    unwrap(bridge.api.phoneUpload.close({}))
      .then(() => Promise.all(sent.map((pageId) => unwrap(bridge.api.materials.remove({ pageId })))))
      .then(open, (error: Error) => {
        setOpening(false);
        setFailure(error.message);
      });
  };

  useEffect(() => {
    const off = bridge.on('phoneUpload.state', (next) => {
      if (next.materialName === materialName || next.status === 'idle') setState(next);
    });
    open();
    return () => {
      off();
      void bridge.api.phoneUpload.close({});
    };
    // Opened once per panel; the material does not change while it is open.
  }, []);
  useEffect(() => doneRef.current?.focus(), []);

  const count = state.thumbnails.length;
  const unavailable = state.status === 'unavailable' || failure !== null;
  return (
    <div
      className="overlay phone-upload-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="phone-upload-title"
    >
      <div
        className="overlay-card phone-upload-card"
        data-testid="phone-upload-panel"
        data-status={opening ? 'opening' : unavailable ? 'unavailable' : state.status}
      >
        <h2 id="phone-upload-title">用手机上传：{materialName}</h2>
        {opening && !unavailable ? (
          <p className="loading" role="status">
            正在生成二维码……
          </p>
        ) : null}
        {unavailable ? (
          <p className="phone-upload-message" role="alert">
            {failure ?? state.message}
          </p>
        ) : null}
        {!opening && state.status === 'open' && state.url && !state.claimed ? (
          <div className="phone-upload-qr-row">
            <div className="phone-upload-qr" data-qr-text={state.url}>
              <QrCode text={state.url} size={320} label="上传材料的二维码，用手机相机扫描" />
            </div>
            <ol className="phone-upload-steps">
              <li>用手机相机扫左边的二维码</li>
              <li>在手机上点“拍照上传”，一页拍一张</li>
              <li>照片会显示在下面</li>
              <li className="phone-upload-expiry">
                二维码 {clock(state.expiresAt)} 前有效，只能由一部手机使用
              </li>
            </ol>
          </div>
        ) : null}
        {state.status === 'open' && state.claimed && count === 0 ? (
          <p className="phone-upload-claimed" role="status">
            手机已打开上传页面，等待照片……
          </p>
        ) : null}
        {state.status === 'expired' ? (
          <p className="phone-upload-message" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.status !== 'unavailable' && state.message && state.status !== 'expired' ? (
          <p className="phone-upload-note" role="status">
            {state.message}
          </p>
        ) : null}
        {count > 0 ? (
          <section className="phone-upload-pages" aria-label="已收到的照片">
            <p className="phone-upload-count" role="status">
              已收到 {count} 页
            </p>
            <ul className="phone-upload-thumbs">
              {urls.map((url, i) => (
                <li key={state.thumbnails[i]?.pageId ?? url}>
                  <img src={url} alt={`第 ${i + 1} 页`} data-testid="phone-thumbnail" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {state.status === 'open' && state.claimed ? (
          <p className="phone-upload-not-mine" data-testid="phone-upload-not-mine">
            {count > 0
              ? '照片不是您拍的？点“不是我的照片”，这些照片会删掉，那部手机也再传不进来，再用新的二维码上传。'
              : '扫码的不是您的手机？点“换一个二维码”，那部手机就再也传不进来了。'}
          </p>
        ) : null}
        <div className="phone-upload-actions">
          {state.status === 'expired' ? (
            <button type="button" className="btn btn-secondary btn-large" onClick={open}>
              重新生成二维码
            </button>
          ) : null}
          {state.status === 'open' && state.claimed ? (
            <button
              type="button"
              className="btn btn-secondary btn-large"
              disabled={opening}
              onClick={replace}
            >
              {count > 0 ? '不是我的照片' : '换一个二维码'}
            </button>
          ) : null}
          <button
            ref={doneRef}
            type="button"
            className="btn btn-primary btn-large"
            onClick={() => props.onClose()}
          >
            {count > 0 ? `完成（已收到 ${count} 页）` : unavailable ? '返回' : '不用了，返回'}
          </button>
        </div>
      </div>
    </div>
  );
}
