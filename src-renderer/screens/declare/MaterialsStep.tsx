/** What to bring: 免提交 materials are marked "无需提供（部门间数据共享获取）". */
import { Suspense, useState, type ReactElement } from 'react';
import type { ServiceItem } from '../../../src-main/contract/catalog.schema.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { PhoneUploadPanel } from '../../materials/phone-upload-slot.js';

export function MaterialsStep({ item, onNext }: { item: ServiceItem; onNext: () => void }): ReactElement {
  const [phoneFor, setPhoneFor] = useState<string | null>(null);
  return (
    <section className="step materials-step" aria-labelledby="materials-title">
      <div className="section-head">
        <h2 id="materials-title">需要准备的材料</h2>
        <SpeakButton text={() => document.querySelector('.materials-step')?.textContent ?? ''} />
      </div>
      <p className="step-prompt">
        提交后请带上以下材料到窗口核验；标明“无需提供”的材料由部门间数据共享获取。
      </p>
      <ol className="materials">
        {item.materials.map((m) => (
          <li key={m.name} className={m.sharedExempt ? 'material exempt' : 'material'}>
            <span className="material-name">{m.name}</span>
            {m.sharedExempt ? (
              <span className="material-exempt">无需提供（部门间数据共享获取）</span>
            ) : (
              <span className="material-spec">
                {m.form} · {m.copies} 份 · {m.medium}
              </span>
            )}
            {!m.sharedExempt && PhoneUploadPanel ? (
              <button type="button" className="btn btn-secondary" onClick={() => setPhoneFor(m.name)}>
                从手机上传
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {phoneFor !== null && PhoneUploadPanel ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              正在打开，请稍候……
            </p>
          }
        >
          <PhoneUploadPanel materialName={phoneFor} onClose={() => setPhoneFor(null)} />
        </Suspense>
      ) : null}
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onNext}>
          我知道了，下一步
        </button>
      </div>
    </section>
  );
}
