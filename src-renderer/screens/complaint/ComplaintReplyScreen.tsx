/**
 * 查看答复: a citizen types the 查询编号 from a 投诉建议 slip (this hall's code is filled in; 清空 brings the
 * letter keyboard for a whole number) and reads how it stands and the hall's reply. The kiosk asks the
 * district live; offline, demo and "not sent yet" each say so plainly instead of "not found". Loaded
 * only when opened from the complaint screen.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ComplaintReplyResult } from '../../../src-main/contract/complaint-reply.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { LetterKeyboard } from '../../keyboard/LetterKeyboard.js';
import { NumericKeypad } from '../../keyboard/NumericKeypad.js';

const NUMBER_MAX = 40;
const NUMBER_OK = /^[A-Z0-9_-]{6,64}$/;
/** After the hall code, a slip's number has the day (8 digits) and a 4-digit sequence. */
const LOCAL_DIGITS = 12;

type Ask =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'failed'; message: string }
  | { step: 'answered'; result: ComplaintReplyResult };

/** "2026年12月6日" in China time. */
function chinaDay(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const d = new Date(t + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

const NOT_ANSWERED: Record<ComplaintReplyResult['state'], string> = {
  found: '',
  notFound: '没有找到这个编号的投诉建议。请核对回执上的查询编号；这里只能查在本服务中心提交的投诉建议。',
  notSent: '这条投诉建议还保存在这台机器上，没有送到区里，所以还没有答复。网络恢复后会自动送出。',
  offline: '现在连不上区里的服务器，查不到答复。请稍后再试，或到窗口咨询。',
  demo: '这台机器是演示模式：投诉建议不会送给任何人，所以没有答复可查。',
};

export function ComplaintReplyScreen({ onBack }: { onBack: () => void }): ReactElement {
  const { bridge, info } = useKiosk();
  const hall = info.hallCode.toUpperCase();
  const [number, setNumber] = useState(hall);
  const [ask, setAsk] = useState<Ask>({ step: 'idle' });
  const ownHall = hall !== '' && number.startsWith(hall);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The answer sits under the keypad: bring it into view, in landscape and 大字模式 too.
    if (ask.step === 'answered' || ask.step === 'failed')
      answerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [ask]);

  const submit = (): void => {
    if (!NUMBER_OK.test(number) || number === hall) {
      setAsk({ step: 'failed', message: '请输入完整的查询编号（回执上的编号）。' });
      return;
    }
    setAsk({ step: 'asking' });
    unwrap(bridge.api.complaint.reply({ number })).then(
      (result) => setAsk({ step: 'answered', result }),
      (error: unknown) =>
        setAsk({
          step: 'failed',
          message: error instanceof ApiFailure ? error.message : '查询没有成功，请稍后再试或到窗口咨询。',
        }),
    );
  };

  return (
    <section
      className="step cmp-reply keys-beside"
      aria-labelledby="cmp-reply-title"
      data-testid="complaint-reply"
    >
      <div className="section-head">
        <h2 id="cmp-reply-title">查看投诉建议的答复</h2>
        <SpeakButton
          text={() =>
            '请输入投诉建议回执上的查询编号。编号开头已经填好了本大厅的编号，请接着输入后面的数字，然后点查询。'
          }
        />
      </div>
      <p className="step-prompt">请输入回执上的查询编号。</p>
      <div className="query-fields">
        <div className="value-box active" data-query-field="complaint-number">
          <span className="value-label">查询编号</span>
          <span className="value-text query-number">{number || '请输入'}</span>
        </div>
      </div>
      <div className="query-keyboard step-keys">
        {ownHall ? (
          <NumericKeypad
            value={number.slice(hall.length)}
            onChange={(suffix) => setNumber(hall + suffix)}
            onClear={() => setNumber('')}
            maxLength={LOCAL_DIGITS}
          />
        ) : (
          <LetterKeyboard
            value={number}
            onChange={(v) => setNumber(v.toUpperCase().replace(/\s/g, ''))}
            maxLength={NUMBER_MAX}
            space={false}
          />
        )}
      </div>
      <div ref={answerRef}>
        <div role="status" className="query-status">
          {ask.step === 'asking' ? <p className="loading">正在查询，请稍候……</p> : null}
          {ask.step === 'failed' ? <p className="query-message">{ask.message}</p> : null}
          {ask.step === 'answered' && ask.result.state !== 'found' ? (
            <p className="query-message" data-reply-state={ask.result.state}>
              {NOT_ANSWERED[ask.result.state]}
            </p>
          ) : null}
        </div>
        {ask.step === 'answered' && ask.result.state === 'found' ? (
          <ul className="cmp-reply-list" data-reply-state="found">
            {ask.result.complaints.map((c, i) => (
              <li key={i} className="cmp-reply-card">
                <p className="cmp-reply-head">
                  {chinaDay(c.receivedAt)}提交的「{c.category}」：<strong>{c.status}</strong>
                </p>
                {c.reply ? (
                  <>
                    <p className="cmp-reply-label">
                      服务中心的答复{c.repliedAt ? `（${chinaDay(c.repliedAt)}）` : ''}：
                    </p>
                    <p className="cmp-reply-text">{c.reply}</p>
                  </>
                ) : (
                  <p className="cmp-reply-text">还没有答复，工作人员正在处理。</p>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-huge" onClick={onBack}>
          写新的投诉建议
        </button>
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
