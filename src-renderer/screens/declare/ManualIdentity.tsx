/** Manual entry when there is no card: the name on the pinyin keyboard, the ID number on a keypad with X. */
import { useState, type ReactElement } from 'react';
import { validateIdNumber } from '../../../src-main/contract/id-number.js';
import { NumericKeypad, TextKeyboard } from '../../keyboard/index.js';
import { SpeakButton } from '../../components/SpeakButton.js';

export interface ManualIdentityValue {
  name: string;
  idNumber: string;
}

function idProblem(id: string): string | null {
  if (id.length < 18) return id.length === 0 ? null : `还需输入 ${18 - id.length} 位`;
  const result = validateIdNumber(id);
  return result.ok ? null : '身份证号码校验不通过，请核对每一位数字';
}

export function ManualIdentity({ onDone }: { onDone: (value: ManualIdentityValue) => void }): ReactElement {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [active, setActive] = useState<'name' | 'id'>('name');
  const problem = idProblem(idNumber);
  const nameOk = /^[\p{Script=Han}·]{2,30}$/u.test(name);
  const ready = nameOk && idNumber.length === 18 && problem === null;
  return (
    <section className="step manual keys-beside" aria-labelledby="manual-title">
      <div className="section-head">
        <h2 id="manual-title">手动输入身份信息</h2>
        <SpeakButton text={() => '请先输入姓名，再点身份证号码，输入十八位号码。'} />
      </div>
      <div className="manual-fields">
        <button
          type="button"
          className={active === 'name' ? 'value-box active' : 'value-box'}
          aria-label={`姓名：${name || '请输入'}`}
          onClick={() => setActive('name')}
        >
          <span className="value-label">姓名</span>
          <span className="value-text">{name || '请输入'}</span>
        </button>
        <button
          type="button"
          className={active === 'id' ? 'value-box active' : 'value-box'}
          aria-label={`身份证号码：${idNumber || '请输入18位号码'}`}
          onClick={() => setActive('id')}
        >
          <span className="value-label">身份证号码</span>
          <span className="value-text">{idNumber || '请输入18位号码'}</span>
        </button>
      </div>
      <div role="status" className="manual-status">
        {problem ? <p className="error-message-inline">{problem}</p> : null}
        {idNumber.length === 18 && problem === null ? <p className="ok-message">身份证号码校验通过</p> : null}
      </div>
      <div className="manual-keyboard step-keys">
        {active === 'name' ? (
          <TextKeyboard value={name} onChange={setName} maxLength={30} kind="name" />
        ) : (
          <NumericKeypad
            value={idNumber}
            onChange={(v) => setIdNumber(v.toUpperCase())}
            maxLength={18}
            allowX
          />
        )}
      </div>
      <div className="step-actions">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={!ready}
          onClick={() => onDone({ name, idNumber })}
        >
          下一步
        </button>
      </div>
    </section>
  );
}
