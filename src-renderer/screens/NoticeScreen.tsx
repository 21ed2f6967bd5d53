/** A polite page for what is not available yet at this kiosk. */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';

export function NoticeScreen({ title }: { title: string }): ReactElement {
  const { info, navigate } = useKiosk();
  return (
    <main className="screen-body notice" aria-label={title}>
      <h2>「{title}」功能即将开通</h2>
      <p>本终端暂未开通此项服务，给您带来不便，敬请谅解。</p>
      <p>
        您可以到服务窗口办理，或拨打大厅电话 <strong>{info.hallPhone}</strong>{' '}
        咨询；需要帮助时，请向大厅工作人员示意。
      </p>
      <button type="button" className="btn btn-primary btn-large" onClick={() => navigate({ type: 'home' })}>
        返回首页
      </button>
    </main>
  );
}
