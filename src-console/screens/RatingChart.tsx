/**
 * A stacked bar chart of ratings per group (a month or an item), five levels from 非常满意 to 非常不满意,
 * drawn as SVG with a legend; the table beside it carries the same figures for screen readers and for
 * anyone who reads numbers better than bars. Colours differ in lightness too, and every bar is labelled.
 */
import type { ReactElement } from 'react';
import type { RatingGroup } from '../../src-server/console/feedback-api.types.js';

export const LEVEL_NAMES = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'] as const;
/** From 1★ to 5★: dark red … dark green, each at least 3:1 against the page. */
const LEVEL_COLOURS = ['#8a1c12', '#b35c00', '#767676', '#3f8f55', '#0b5d2a'];

const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

export function RatingChart({ groups, title }: { groups: RatingGroup[]; title: string }): ReactElement {
  const rowHeight = 30;
  const labelWidth = 200;
  const barWidth = 520;
  const max = Math.max(1, ...groups.map((g) => g.total));
  const height = groups.length * rowHeight + 8;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`${title}图，数据见下表`}
        width={labelWidth + barWidth + 180}
        height={height}
        viewBox={`0 0 ${labelWidth + barWidth + 180} ${height}`}
      >
        {groups.map((g, row) => {
          let x = labelWidth;
          const y = row * rowHeight + 4;
          return (
            <g key={g.key}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="14" fill="#111111">
                {g.key.length > 13 ? `${g.key.slice(0, 12)}…` : g.key}
              </text>
              {g.counts.map((count, level) => {
                if (count === 0) return null;
                const w = (count / max) * barWidth;
                const rect = (
                  <rect key={level} x={x} y={y} width={w} height={rowHeight - 8} fill={LEVEL_COLOURS[level]}>
                    <title>{`${LEVEL_NAMES[level]}：${count}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 8} y={y + 16} fontSize="14" fill="#111111">
                {g.total} 条，满意 {percent(g.satisfied)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label="图例">
          {LEVEL_NAMES.map((name, level) => (
            <li key={name}>
              <span className="swatch" style={{ background: LEVEL_COLOURS[level] }} aria-hidden="true" />
              {name}
            </li>
          )).reverse()}
        </ul>
      </figcaption>
    </figure>
  );
}

export function RatingTable({
  groups,
  keyLabel,
  caption,
  testId,
}: {
  groups: RatingGroup[];
  keyLabel: string;
  caption: string;
  testId: string;
}): ReactElement {
  return (
    <table className="data" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          {[...LEVEL_NAMES].reverse().map((n) => (
            <th scope="col" key={n}>
              {n}
            </th>
          ))}
          <th scope="col">合计</th>
          <th scope="col">满意率</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{g.key}</th>
            {[...g.counts].reverse().map((c, i) => (
              <td key={i}>{c}</td>
            ))}
            <td>{g.total}</td>
            <td>{percent(g.satisfied)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
