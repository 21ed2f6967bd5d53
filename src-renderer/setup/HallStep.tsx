/** Setup, step 3: the hall the district enrolled this kiosk for, to confirm before going on. */
import type { ReactElement } from 'react';
import type { SetupState } from '../../src-main/contract/admin.types.js';
import { SetupActions } from './SetupActions.js';

export function HallStep({
  state,
  onAgain,
  onNext,
}: {
  state: SetupState | null;
  onAgain: () => void;
  onNext: () => void;
}): ReactElement {
  return (
    <>
      <p>本终端已注册到区级服务器。请核对大厅信息：</p>
      <dl className="admin-facts" data-setup-hall>
        <div>
          <dt>大厅名称</dt>
          <dd>{state?.hall?.name}</dd>
        </div>
        <div>
          <dt>大厅编码</dt>
          <dd>{state?.hall?.code}</dd>
        </div>
        <div>
          <dt>地址</dt>
          <dd>{state?.hall?.address || '未填写'}</dd>
        </div>
        <div>
          <dt>电话</dt>
          <dd>{state?.hall?.phone || '未填写'}</dd>
        </div>
      </dl>
      <p className="admin-hint">如信息有误，请联系区里在服务器上修改后重新注册。</p>
      <SetupActions back={onAgain} backLabel="重新注册" nextLabel="信息无误，下一步" next={onNext} />
    </>
  );
}
