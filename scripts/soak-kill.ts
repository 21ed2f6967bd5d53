/**
 * `npm run soak -- --kills 1000` (scripts/soak-kill.ts [--kills 1000] [--rows 200] [--seed N]): the kill test at length.
 * A kiosk process drains its outbox to the real district server and is killed with SIGKILL at random
 * points 1,000 times; afterwards the server must hold every queued submission exactly once and every
 * outbox row must be 'sent' with the server's case number. Exit 0 when so, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { runKillLoop } from '../tests/helpers/kill-loop.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    rows: { type: 'string', default: '200' },
    seed: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
});
const kills = Number(values.kills);
const rows = Number(values.rows);
console.log(`浸泡测试 / soak: ${kills} 次强制结束，初始 ${rows} 条待发送 …`);
const report = await runKillLoop({
  kills,
  rows,
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  progress: (line) => console.log(line),
  ...(values.trace ? { trace: (line: string) => console.log(line) } : {}),
});
console.log(JSON.stringify(report, null, 2));
const ok =
  report.problems.length === 0 &&
  report.kills === kills &&
  report.serverRows === report.rows &&
  report.duplicates === 0 &&
  report.lost === 0 &&
  report.mismatched === 0 &&
  report.wrongPayloads === 0;
console.log(
  ok
    ? `通过 / passed: ${report.rows} 条全部送达且仅一次（${report.repeats} 次重复提交被服务器识别）`
    : '失败 / FAILED: 见上面的报告',
);
process.exitCode = ok ? 0 : 1;
