/**
 * 统计: the queries that found nothing over the period, most frequent first, so the hall can add 俗称 or
 * thesaurus words (kiosk search --explain shows how a query was read). Never personal data: main keeps
 * no query that looks like an ID number, a phone number, a name or an address.
 */
import type { ReactElement } from 'react';
import type { SearchMiss } from '../../../src-main/contract/search.types.js';
import { chinaDate, formatTime } from '../../app/china-time.js';

export function SearchMissesTable({ misses }: { misses: SearchMiss[] }): ReactElement {
  return (
    <section aria-labelledby="search-misses-title" data-testid="search-misses">
      <h3 id="search-misses-title">没有搜到结果的查询</h3>
      {misses.length === 0 ? (
        <p>这段时间没有查不到的搜索。</p>
      ) : (
        <table className="admin-table">
          <caption>可据此在事项目录中补充俗称或同义词（身份证号、电话、姓名、地址不会被记录）</caption>
          <thead>
            <tr>
              <th scope="col">查询内容</th>
              <th scope="col">次数</th>
              <th scope="col">最近一次</th>
            </tr>
          </thead>
          <tbody>
            {misses.map((m) => (
              <tr key={m.query}>
                <th scope="row">{m.query}</th>
                <td>{m.count}</td>
                <td>{`${chinaDate(new Date(m.lastAt))} ${formatTime(new Date(m.lastAt))}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
