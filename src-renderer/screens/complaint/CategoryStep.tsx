/** 投诉建议, step 1: which kind of problem (six categories, each in a citizen's words). */
import type { ReactElement } from 'react';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../../src-main/contract/feedback.js';
import { SpeakButton } from '../../components/SpeakButton.js';

/** What each category covers, in a citizen's words. */
const CATEGORY_HINTS: Record<ComplaintCategory, string> = {
  服务态度: '工作人员态度不好、推诿',
  办事效率: '排队太久、办得太慢、跑了多次',
  乱收费: '收了不该收的费用',
  廉政问题: '吃拿卡要、索要好处',
  意见建议: '对大厅和服务的建议',
  其他: '以上都不是',
};

export function CategoryStep({ onPick }: { onPick: (c: ComplaintCategory) => void }): ReactElement {
  return (
    <section className="step cmp-category" aria-labelledby="cmp-category-title">
      <div className="section-head">
        <h2 id="cmp-category-title">您要反映哪方面的问题？</h2>
        <SpeakButton
          text={() =>
            `您要反映哪方面的问题？请选一项：${COMPLAINT_CATEGORIES.map((c) => `${c}，${CATEGORY_HINTS[c]}`).join('；')}。`
          }
        />
      </div>
      <div className="cmp-categories">
        {COMPLAINT_CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className="cmp-category-btn"
            data-category={c}
            onClick={() => onPick(c)}
          >
            <span className="cmp-category-name">{c}</span>
            <span className="cmp-category-hint">{CATEGORY_HINTS[c]}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
