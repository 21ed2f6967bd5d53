/** Under a search result found word by word: which words of the question matched, and how. */
import type { ReactElement } from 'react';
import type { MatchedWord, WordVia } from '../../../src-main/contract/search.types.js';
import './search.css';

const VIA: Record<WordVia, string> = {
  word: '',
  synonym: '同义',
  homophone: '读音相同',
  pinyin: '拼音',
  part: '',
};

export function WhyLine({ words }: { words: MatchedWord[] }): ReactElement | null {
  if (words.length === 0) return null;
  return (
    <span className="hit-why">
      匹配：
      {words.map((w) => (
        <span key={`${w.query}-${w.matched}`} className="why-word">
          <mark>{w.matched}</mark>
          {w.query !== w.matched && VIA[w.via] ? `（${VIA[w.via]}：${w.query}）` : ''}
        </span>
      ))}
    </span>
  );
}
