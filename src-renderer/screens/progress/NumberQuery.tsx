/**
 * Look a case up by its 申报编号 (or 受理编号) and the last four characters of the ID number: the number
 * prefilled with this hall's code and its digits on the digit pad (清空 clears the code too and brings
 * the letter keyboard, for a number of another hall), the four digits on the keypad with X. A whole
 * number of this hall moves on to the four digits by itself. A wrong try gets the server's one calm sentence, whichever part was wrong; after
 * five the query is locked for a minute and the screen says so.
 */
import { useState, type ReactElement } from 'react';
import type { ProgressResult } from '../../../src-main/contract/citizen.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { FormIcon } from '../../form/form-icons.js';
import { LetterKeyboard, NumericKeypad } from '../../keyboard/index.js';

const NUMBER_MAX = 32;
const NUMBER_OK = /^[A-Z0-9]{4,32}$/;
const DIGITS_OK = /^\d{3}[\dX]$/;
/** After the hall code, a 申报编号 of this kiosk has the day (8 digits) and a 4-digit sequence. */
const LOCAL_DIGITS = 12;

type Ask = { step: 'idle' } | { step: 'asking' } | { step: 'failed'; message: string; locked: boolean };

export function NumberQuery({
  title,
  onFound,
}: {
  /** The heading: what the lookup is for. */
  title: string;
  onFound: (result: ProgressResult) => void;
}): ReactElement {
  const { bridge, info } = useKiosk();
  const [number, setNumber] = useState(info.hallCode.toUpperCase());
  const [digits, setDigits] = useState('');
  const [active, setActive] = useState<'number' | 'digits'>('number');
  const [ask, setAsk] = useState<Ask>({ step: 'idle' });
  const hall = info.hallCode.toUpperCase();
  const ownHall = hall !== '' && number.startsWith(hall);
  const typeNumber = (next: string): void => {
    setNumber(next);
    if (next.startsWith(hall) && new RegExp(`^\\d{${LOCAL_DIGITS}}$`).test(next.slice(hall.length)))
      setActive('digits');
  };

  const submit = (): void => {
    if (!NUMBER_OK.test(number)) {
      setActive('number');
      setAsk({ step: 'failed', message: '请输入完整的申报编号（回执上的编号）。', locked: false });
      return;
    }
    if (!DIGITS_OK.test(digits)) {
      setActive('digits');
      setAsk({ step: 'failed', message: '请输入身份证号码的最后四位。', locked: false });
      return;
    }
    setAsk({ step: 'asking' });
    unwrap(bridge.api.progress.query({ number, idLast4: digits })).then(onFound, (error: unknown) =>
      setAsk({
        step: 'failed',
        message: error instanceof ApiFailure ? error.message : '查询没有成功，请稍后再试或到窗口咨询。',
        locked: error instanceof ApiFailure && error.code === 'LOCKED',
      }),
    );
  };

  const locked = ask.step === 'failed' && ask.locked;
  return (
    <section className="step number-query keys-beside" aria-labelledby="number-query-title">
      <div className="section-head">
        <h2 id="number-query-title">{title}</h2>
        <SpeakButton
          text={() =>
            `请输入回执上的申报编号，编号开头已经填好了本大厅的编号，请接着输入后面的数字。再点身份证号后四位，输入身份证号码的最后四位，然后点查询。`
          }
        />
      </div>
      <p className="step-prompt">请输入回执上的申报编号，再输入身份证号码的最后四位。</p>
      <div className="query-fields">
        <button
          type="button"
          className={active === 'number' ? 'value-box active' : 'value-box'}
          aria-pressed={active === 'number'}
          data-query-field="number"
          onClick={() => setActive('number')}
        >
          <span className="value-label">申报编号</span>
          <span className="value-text query-number">{number || '请输入'}</span>
        </button>
        <button
          type="button"
          className={active === 'digits' ? 'value-box active' : 'value-box'}
          aria-pressed={active === 'digits'}
          data-query-field="digits"
          onClick={() => setActive('digits')}
        >
          <span className="value-label">身份证号后四位</span>
          <span className="value-text query-digits">{digits || '请输入4位'}</span>
        </button>
      </div>
      {active === 'number' && number === info.hallCode.toUpperCase() ? (
        <p className="query-hint">
          已先填好本大厅的编号 {info.hallCode}
          ，请接着输入后面的数字；编号开头不同时请点“清空”，再用字母键盘输入整个编号。
        </p>
      ) : null}
      <div className="query-keyboard step-keys">
        {active === 'number' && ownHall ? (
          <NumericKeypad
            value={number.slice(hall.length)}
            onChange={(suffix) => typeNumber(hall + suffix)}
            onClear={() => setNumber('')}
            maxLength={LOCAL_DIGITS}
          />
        ) : active === 'number' ? (
          <LetterKeyboard
            value={number}
            onChange={(v) => typeNumber(v.toUpperCase().replace(/\s/g, ''))}
            maxLength={NUMBER_MAX}
            space={false}
          />
        ) : (
          <NumericKeypad value={digits} onChange={(v) => setDigits(v.toUpperCase())} maxLength={4} allowX />
        )}
      </div>
      <div role="status" className="query-status">
        {ask.step === 'asking' ? <p className="loading">正在查询，请稍候……</p> : null}
        {ask.step === 'failed' ? (
          <p className={locked ? 'query-message query-locked' : 'query-message'}>
            <FormIcon name={locked ? 'lock' : 'alert'} size={36} />
            <span>{ask.message}</span>
          </p>
        ) : null}
      </div>
      <div className="step-actions">
        <button
          type="button"
          className="btn btn-primary btn-huge"
          disabled={ask.step === 'asking'}
          onClick={submit}
        >
          查询
        </button>
      </div>
    </section>
  );
}
