/**
 * 统计: the last 30 days per day (sessions, guides viewed and printed, declarations, appointments, help
 * calls) as a line chart and the rating distribution as a bar chart (Chart.js on canvas, no animation),
 * each with a data table beside it for screen readers and exact numbers. Series differ by dash and point
 * shape, not colour alone.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { AdminStats, DayUsage } from '../../../src-main/contract/admin.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { SearchMissesTable } from './SearchMissesTable.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
);

const DAYS = 30;
const SERIES: ReadonlyArray<{
  key: keyof Omit<DayUsage, 'date'>;
  label: string;
  color: string;
  dash: number[];
  point: string;
}> = [
  { key: 'sessions', label: '使用人次', color: '#0a4a8f', dash: [], point: 'circle' },
  { key: 'guideViews', label: '查看指南', color: '#0b5d2a', dash: [8, 4], point: 'rect' },
  { key: 'guidePrints', label: '打印指南', color: '#6b3fa0', dash: [2, 3], point: 'triangle' },
  { key: 'declarations', label: '自助申报', color: '#8a1c12', dash: [12, 4, 2, 4], point: 'rectRot' },
  { key: 'appointments', label: '预约', color: '#7a5200', dash: [4, 4], point: 'star' },
  { key: 'helpCalls', label: '呼叫', color: '#222222', dash: [1, 2], point: 'crossRot' },
];
const LEVELS = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'];

function useChart(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  config: ChartConfiguration | null,
): void {
  useEffect(() => {
    if (!canvas.current || !config) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [canvas, config]);
}

const short = (date: string): string => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

export function StatsTab(): ReactElement {
  const { bridge, largeText } = useKiosk();
  const [stats, setStats] = useState<AdminStats | null>(null);
  const daily = useRef<HTMLCanvasElement>(null);
  const ratings = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    void unwrap(bridge.api.admin.stats({ days: DAYS })).then(setStats);
  }, [bridge]);
  const [dailyConfig, ratingConfig] = useMemo((): [ChartConfiguration | null, ChartConfiguration | null] => {
    if (!stats) return [null, null];
    const font = {
      size: largeText ? 24 : 18,
      family: "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    };
    const axes = {
      x: { ticks: { font, color: '#111111' }, grid: { color: '#d0d6dd' } },
      y: { beginAtZero: true, ticks: { font, color: '#111111', precision: 0 }, grid: { color: '#d0d6dd' } },
    };
    return [
      {
        type: 'line',
        data: {
          labels: stats.days.map((d) => short(d.date)),
          datasets: SERIES.map((s) => ({
            label: s.label,
            data: stats.days.map((d) => d[s.key]),
            borderColor: s.color,
            backgroundColor: s.color,
            borderDash: s.dash,
            pointStyle: s.point as 'circle',
            pointRadius: 4,
            borderWidth: 3,
          })),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { labels: { font, color: '#111111', usePointStyle: true } } },
          scales: axes,
        },
      },
      {
        type: 'bar',
        data: {
          labels: LEVELS,
          datasets: [
            {
              label: '评价数',
              data: [1, 2, 3, 4, 5].map((l) => stats.ratings[l as 1 | 2 | 3 | 4 | 5]),
              backgroundColor: ['#8a1c12', '#b5471b', '#7a5200', '#0b5d2a', '#0a4a8f'],
            },
          ],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: axes,
        },
      },
    ];
  }, [stats, largeText]);
  useChart(daily, dailyConfig);
  useChart(ratings, ratingConfig);
  if (!stats)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const totals = SERIES.map((s) => ({ ...s, total: stats.days.reduce((n, d) => n + d[s.key], 0) }));
  return (
    <div className="admin-stats">
      <p>
        近 {DAYS} 天（{stats.days[0]?.date} 至 {stats.days.at(-1)?.date}）：
        {totals.map((t) => `${t.label} ${t.total}`).join('，')}。
      </p>
      <figure className="chart-box" data-chart="daily">
        <canvas ref={daily} role="img" aria-label={`近 ${DAYS} 天每天的使用情况折线图，数据见下表`} />
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="每天的使用情况数据表">
        <table className="admin-table">
          <caption>每天的使用情况</caption>
          <thead>
            <tr>
              <th scope="col">日期</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">评价</th>
              <th scope="col">投诉建议</th>
            </tr>
          </thead>
          <tbody>
            {[...stats.days].reverse().map((d) => (
              <tr key={d.date}>
                <th scope="row">{short(d.date)}</th>
                {SERIES.map((s) => (
                  <td key={s.key}>{d[s.key]}</td>
                ))}
                <td>{d.ratings}</td>
                <td>{d.complaints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>评价分布（好差评）</h3>
      <figure className="chart-box chart-box-small" data-chart="ratings">
        <canvas ref={ratings} role="img" aria-label="近 30 天的评价分布柱状图，数据见下表" />
      </figure>
      <table className="admin-table">
        <caption>评价分布</caption>
        <thead>
          <tr>
            {LEVELS.map((l) => (
              <th key={l} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[1, 2, 3, 4, 5].map((l) => (
              <td key={l}>{stats.ratings[l as 1 | 2 | 3 | 4 | 5]}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <SearchMissesTable misses={stats.searchMisses} />
    </div>
  );
}
