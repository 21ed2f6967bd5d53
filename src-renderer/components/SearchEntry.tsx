/**
 * 查找事项 inside a pick list: a field-like button that opens the letter keyboard below it, for the
 * name's pinyin or initials. The query belongs to the screen (it filters that screen's list).
 */
import { useState, type ReactElement } from 'react';
import { LetterKeyboard } from '../keyboard/index.js';

export function SearchEntry({
  query,
  onChange,
}: {
  query: string;
  onChange: (query: string) => void;
}): ReactElement {
  const [typing, setTyping] = useState(false);
  return (
    <>
      <button
        type="button"
        className="search-entry"
        onClick={() => setTyping(!typing)}
        aria-expanded={typing}
      >
        <span>{query ? `查找：${query}` : '查找事项：输入名称拼音或首字母'}</span>
      </button>
      {typing ? (
        <div className="search-keyboard">
          <LetterKeyboard value={query} onChange={onChange} maxLength={30} />
        </div>
      ) : null}
    </>
  );
}
