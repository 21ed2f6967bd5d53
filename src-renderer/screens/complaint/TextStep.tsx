/** 投诉建议, step 2: the text, on the pinyin keyboard, the newest words kept in view. */
import { useEffect, useRef, type ReactElement } from 'react';
import { COMPLAINT_TEXT_MAX, type ComplaintCategory } from '../../../src-main/contract/feedback.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { TextKeyboard } from '../../keyboard/index.js';

export function TextStep({
  category,
  text,
  onChange,
  onNext,
}: {
  category: ComplaintCategory;
  text: string;
  onChange: (text: string) => void;
  onNext: () => void;
}): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keep the newest words in view as the text grows.
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [text]);
  const empty = text.trim().length === 0;
  return (
    <section className="step cmp-text" aria-labelledby="cmp-text-title">
      <div className="section-head">
        <h2 id="cmp-text-title">请写下具体情况</h2>
        <SpeakButton
          text={() =>
            `您选的是${category}。请用下面的键盘写下具体情况：什么时间、在哪个窗口、发生了什么。输入拼音后点选汉字。`
          }
        />
      </div>
      <p className="step-prompt">什么时间、在哪个窗口、发生了什么，写清楚我们更好核实。</p>
      <span className="value-label" id="cmp-text-label">
        您写的内容
      </span>
      <div ref={box} className="cmp-text-box" aria-labelledby="cmp-text-label" data-testid="complaint-text">
        {text || <span className="placeholder">请用下方键盘输入</span>}
      </div>
      <p className="cmp-counter" data-testid="complaint-counter">
        已输入 {text.length} 字，最多 {COMPLAINT_TEXT_MAX} 字
      </p>
      <TextKeyboard value={text} onChange={onChange} maxLength={COMPLAINT_TEXT_MAX} />
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={empty} onClick={onNext}>
          写好了，下一步
        </button>
      </div>
    </section>
  );
}
