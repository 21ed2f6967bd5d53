/** Setup, done: the kiosk is ready, and how the hall admin reaches admin mode later. */
import type { ReactElement } from 'react';
import { SetupActions } from './SetupActions.js';

export function DoneStep({ onStart }: { onStart: () => void }): ReactElement {
  return (
    <>
      <p className="ok-message">✓ 初始设置已完成，终端可以为群众服务了。</p>
      <p>大厅管理员以后可在首页左上角连续点击 5 次，输入管理密码进入管理模式。</p>
      <SetupActions nextLabel="开始使用" next={onStart} />
    </>
  );
}
