/**
 * Search a villager can use: one box, typed on screen (letters for pinyin and initials, or the
 * pinyin keyboard for 汉字), results updating as they type with the matched part marked and, for an
 * answer found word by word, the words that matched; when nothing matches, NoResults.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { SearchHit } from '../../src-main/contract/search.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { useAsync } from '../app/use-async.js';
import { unwrap } from '../api/client.js';
import { Icon } from '../components/icons.js';
import { TextKeyboard } from '../keyboard/index.js';
import { NoResults } from './search/NoResults.js';
import { WhyLine } from './search/WhyLine.js';

const FIELD_LABELS: Record<SearchHit['field'], string> = {
  name: '',
  alias: '俗称',
  material: '所需材料',
  condition: '受理条件',
  result: '办理结果',
  faq: '常见问题',
  theme: '主题',
  department: '部门',
};

/** Splits `text` into plain and marked runs by the hit's highlight ranges. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: Array<[number, number]>;
}): ReactElement {
  const parts: ReactElement[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<span key={`t${i}`}>{text.slice(at, start)}</span>);
    parts.push(<mark key={`m${i}`}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(<span key="tail">{text.slice(at)}</span>);
  return <>{parts}</>;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function Results({ query, onExample }: { query: string; onExample: (q: string) => void }): ReactElement {
  const { bridge, navigate } = useKiosk();
  const hits = useAsync(() => unwrap(bridge.api.catalog.search({ query, limit: 20 })), [query]);
  const open = (id: string): void => {
    // 返回 from the guide finds the question as it was typed: retyping a sentence costs 30 taps.
    navigate({ type: 'replace', route: { name: 'search', query } });
    navigate({ type: 'push', route: { name: 'guide', itemId: id } });
  };

  if (hits.status === 'loading')
    return (
      <p className="loading" role="status">
        正在查找……
      </p>
    );
  if (hits.status === 'error')
    return (
      <p className="error-message" role="alert">
        {hits.message}
      </p>
    );
  if (hits.value.length > 0)
    return (
      <>
        <p className="result-count" role="status">
          找到 {hits.value.length} 个相关事项
        </p>
        <ul className="item-list" aria-label="搜索结果" data-query={query}>
          {hits.value.map((hit) => (
            <li key={hit.id}>
              <button type="button" className="item-row" onClick={() => open(hit.id)}>
                <span className="item-name">
                  {hit.field === 'name' ? <Highlighted text={hit.name} ranges={hit.highlights} /> : hit.name}
                </span>
                {hit.field === 'name' ? null : (
                  <span className="item-meta">
                    <span>
                      {FIELD_LABELS[hit.field]}：
                      <Highlighted text={hit.matchedText} ranges={hit.highlights} />
                    </span>
                  </span>
                )}
                {hit.words ? <WhyLine words={hit.words} /> : null}
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  return <NoResults query={query} onExample={onExample} />;
}

/** `initialQuery`: the question typed before a result was opened (返回 from its guide). */
export function SearchScreen({ initialQuery = '' }: { initialQuery?: string }): ReactElement {
  const [query, setQuery] = useState(initialQuery);
  const debounced = useDebounced(query.trim(), 150);
  return (
    <main className="screen-body search" aria-label="搜索事项">
      <div className="search-box">
        <Icon name="search" size={40} />
        <output className="search-query" aria-label="搜索内容" aria-live="polite">
          {query || <span className="placeholder">输入事项名称、拼音或首字母</span>}
        </output>
      </div>
      <div className="search-keyboard">
        <TextKeyboard value={query} onChange={setQuery} maxLength={30} kind="search" />
      </div>
      <div className="search-results">
        <Results query={debounced} onExample={setQuery} />
      </div>
    </main>
  );
}
