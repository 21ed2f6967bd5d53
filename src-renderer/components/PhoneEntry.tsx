/**
 * A mobile number typed on the keypad: the digits shown in groups (138 0533 1234) so they are easy to
 * check, and one calm line on what is still missing or wrong.
 */
import type { ReactElement } from 'react';
import { NumericKeypad } from '../keyboard/index.js';
import './phone-entry.css';
import { groupPhone, isMobilePhone, PHONE_LENGTH, phoneProblem } from './phone-number.js';

export function PhoneEntry({
  value,
  onChange,
  label = '手机号码',
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
}): ReactElement {
  const problem = phoneProblem(value);
  return (
    <div className="phone-entry">
      <div className="value-box active phone-box" role="group" aria-label={`${label}：${value || '未填写'}`}>
        <span className="value-label">{label}</span>
        <span className="value-text phone-digits" data-testid="phone-value">
          {value ? groupPhone(value) : '请输入11位手机号码'}
        </span>
      </div>
      <div role="status" className="phone-status">
        {problem ? <p className="error-message-inline">{problem}</p> : null}
        {isMobilePhone(value) ? <p className="ok-message">号码位数正确，请再看一遍是否有误</p> : null}
      </div>
      <NumericKeypad value={value} onChange={onChange} maxLength={PHONE_LENGTH} />
    </div>
  );
}
