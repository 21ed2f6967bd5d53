/**
 * 投诉建议, step 2: the text, written with the category's common phrases (one tap each) and the pinyin
 * keyboard, the newest words kept in view. 写好了，下一步 stands under the text, before the keyboard (beside
 * it in landscape), so the whole step is on screen without scrolling in both orientations and modes.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { COMPLAINT_TEXT_MAX, type ComplaintCategory } from '../../../src-main/contract/feedback.js';
import { CheckToggle } from '../../components/CheckToggle.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { TextKeyboard } from '../../keyboard/index.js';
import { addPhrase, COMPLAINT_PHRASES, hasPhrase, removePhrase } from './complaint-phrases.js';

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
  const phrases = COMPLAINT_PHRASES[category];
  const toggle = (phrase: string): void =>
    onChange(
      hasPhrase(text, phrase) ? removePhrase(text, phrase) : addPhrase(text, phrase, COMPLAINT_TEXT_MAX),
    );
  return (
    <section className="step cmp-text" aria-labelledby="cmp-text-title">
      <div className="section-head">
        <h2 id="cmp-text-title">请写下具体情况</h2>
        <SpeakButton
          text={() =>
            `您选的是${category}。常见的情况可以直接点，点一下就写上：${phrases.join('；')}。还可以用键盘写下什么时间、在哪个窗口、发生了什么，输入拼音后点选汉字。`
          }
        />
      </div>
      <p className="step-prompt cmp-text-prompt">什么时间、在哪个窗口、发生了什么，写清楚我们更好核实。</p>
      <div className="cmp-text-entry">
        <span className="value-label" id="cmp-text-label">
          您写的内容
        </span>
        <div ref={box} className="cmp-text-box" aria-labelledby="cmp-text-label" data-testid="complaint-text">
          {text || <span className="placeholder">点下面的常见情况，或用键盘输入</span>}
        </div>
        <div className="cmp-text-status">
          <p className="cmp-counter" data-testid="complaint-counter">
            已输入 {text.length} 字，最多 {COMPLAINT_TEXT_MAX} 字
          </p>
          <button type="button" className="btn btn-primary btn-large" disabled={empty} onClick={onNext}>
            写好了，下一步
          </button>
        </div>
      </div>
      <div className="cmp-phrases" role="group" aria-labelledby="cmp-phrases-title">
        <h3 id="cmp-phrases-title">常见情况：点一下就写上，再点一下去掉</h3>
        <div className="cmp-phrase-grid">
          {phrases.map((phrase) => (
            <CheckToggle
              key={phrase}
              on={hasPhrase(text, phrase)}
              onToggle={() => toggle(phrase)}
              label={phrase}
              className="cmp-phrase"
              data={{ 'data-phrase': phrase }}
            />
          ))}
        </div>
      </div>
      <div className="cmp-text-keys">
        <TextKeyboard value={text} onChange={onChange} maxLength={COMPLAINT_TEXT_MAX} />
      </div>
    </section>
  );
}
