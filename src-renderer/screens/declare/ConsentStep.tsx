/** 个人信息告知: what is collected, why, to whom it goes and how long it is kept; 同意 / 不同意. */
import type { ReactElement } from 'react';
import type { ServiceItem } from '../../../src-main/contract/catalog.schema.js';
import { consentDestination, consentKeeping } from '../../../src-main/contract/kiosk-promises.js';
import { useKioskLink } from '../../app/use-kiosk-link.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export function ConsentStep({
  item,
  onAgree,
  onRefuse,
}: {
  item: ServiceItem;
  onAgree: () => void;
  onRefuse: () => void;
}): ReactElement {
  // Until the link is known the text promises the least: that the data stays on this kiosk.
  const link = useKioskLink()?.link ?? 'demo';
  return (
    <section className="step consent" aria-labelledby="consent-title" data-link={link}>
      <div className="section-head">
        <h2 id="consent-title">个人信息告知</h2>
        <SpeakButton text={() => document.querySelector('.consent-text')?.textContent ?? ''} />
      </div>
      <div className="consent-text">
        <p>
          您正在申请「{item.name}
          」。为办理该事项，本机将收集您的姓名、身份证号码、住址、联系电话以及申请表中填写的信息。
        </p>
        <p>
          <strong>用途：</strong>仅用于办理本次申请，由{item.authority}依法审核。
        </p>
        <p>
          <strong>去向：</strong>
          {consentDestination(link)}
        </p>
        <p>
          <strong>保存：</strong>
          {consentKeeping(link)}
        </p>
        <p>能通过部门间数据共享获取的材料，您无需提供。</p>
      </div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onRefuse}>
          不同意，返回首页
        </button>
        <button type="button" className="btn btn-primary btn-large" onClick={onAgree}>
          同意并继续
        </button>
      </div>
    </section>
  );
}
