/**
 * 准备材料: each material that must be provided, with 拍照 (the document camera), 从手机上传 (when the
 * phone-upload panel is present, online only) or 到窗口再交 (the default: bring it to the window).
 * 免提交 materials are marked "无需提供（部门间数据共享获取）". Pages live in main for this session only.
 */
import { lazy, Suspense, useEffect, useState, type ReactElement } from 'react';
import type { ServiceItem } from '../../../src-main/contract/catalog.schema.js';
import type { MaterialPageInfo } from '../../../src-main/contract/materials.types.js';
import { unwrap } from '../../api/client.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useKioskLink } from '../../app/use-kiosk-link.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { PHONE_DEMO, PHONE_NEEDS_NETWORK } from '../../materials/materials-text.js';
import { PhoneUploadPanel } from '../../materials/phone-upload-slot.js';
import '../../materials/materials.css';

const CameraPanel = lazy(() =>
  import('../../materials/CameraPanel.js').then((m) => ({ default: m.CameraPanel })),
);

type Open = { kind: 'camera' | 'phone'; materialName: string } | null;

export function MaterialsStep({ item, onNext }: { item: ServiceItem; onNext: () => void }): ReactElement {
  const { bridge } = useKiosk();
  const link = useKioskLink();
  const [pages, setPages] = useState<MaterialPageInfo[]>([]);
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    let live = true;
    unwrap(bridge.api.materials.pages({})).then(
      (value) => live && setPages(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge, open]);

  if (open?.kind === 'camera')
    return (
      <Suspense fallback={<p className="loading">正在打开拍照……</p>}>
        <CameraPanel
          materialName={open.materialName}
          pages={pages}
          onPages={setPages}
          onClose={() => setOpen(null)}
        />
      </Suspense>
    );
  if (open?.kind === 'phone' && PhoneUploadPanel)
    return (
      <Suspense fallback={<p className="loading">正在打开手机上传……</p>}>
        <PhoneUploadPanel materialName={open.materialName} onClose={() => setOpen(null)} />
      </Suspense>
    );

  const online = link?.link === 'online';
  const needed = item.materials.filter((m) => !m.sharedExempt);
  const total = pages.length;

  return (
    <section className="step materials-step" aria-labelledby="materials-title">
      <div className="section-head">
        <h2 id="materials-title">需要准备的材料</h2>
        <SpeakButton text={() => document.querySelector('.materials-step')?.textContent ?? ''} />
      </div>
      <p className="step-prompt">
        {needed.length > 0
          ? '需要提供的材料可以现在用高拍仪拍照，随申请一起提交；不拍的材料请带到窗口。'
          : '本事项的材料都由部门间数据共享获取，无需提供。'}
      </p>
      {PhoneUploadPanel && !online && needed.length > 0 ? (
        <p className="material-note">{link?.link === 'demo' ? PHONE_DEMO : PHONE_NEEDS_NETWORK}</p>
      ) : null}
      <ol className="materials">
        {item.materials.map((m) => {
          const mine = pages.filter((p) => p.materialName === m.name).length;
          return (
            <li
              key={m.name}
              className={m.sharedExempt ? 'material exempt' : 'material'}
              data-material={m.name}
            >
              <span className="material-name">{m.name}</span>
              {m.sharedExempt ? (
                <span className="material-exempt">无需提供（部门间数据共享获取）</span>
              ) : (
                <>
                  <span className="material-spec">
                    {m.form} · {m.copies} 份 · {m.medium}
                  </span>
                  <span className="material-state" data-material-state>
                    {mine > 0 ? `已拍 ${mine} 页，随申请提交` : '到窗口再交'}
                  </span>
                  <div className="material-actions">
                    <button
                      type="button"
                      className="btn btn-primary"
                      data-material-camera
                      onClick={() => setOpen({ kind: 'camera', materialName: m.name })}
                    >
                      {mine > 0 ? '查看或继续拍' : '拍照'}
                    </button>
                    {PhoneUploadPanel && online ? (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        onClick={() => setOpen({ kind: 'phone', materialName: m.name })}
                      >
                        从手机上传
                      </button>
                    ) : null}
                    {mine > 0 ? (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        onClick={() =>
                          void unwrap(bridge.api.materials.atWindow({ materialName: m.name })).then(
                            setPages,
                            () => undefined,
                          )
                        }
                      >
                        到窗口再交
                      </button>
                    ) : null}
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onNext}>
          {total > 0 ? `下一步（已拍 ${total} 页）` : '我知道了，下一步'}
        </button>
      </div>
    </section>
  );
}
