/**
 * Crash safety of the outbox drain with real processes: a kiosk process draining 200 queued
 * submissions (topped up while it is down, so it never runs dry) to the real server is killed with
 * SIGKILL 50 times at random points (inside the window where the server committed but the kiosk has
 * not heard, right after an answer, anywhere from start) and restarted. Afterwards the server holds exactly the submissions the kiosk accepted: none lost,
 * none twice, every outbox row 'sent' with the server's case number. `npm run soak -- --kills 1000` does 1,000 kills.
 */
import { describe, expect, it } from 'vitest';
import { runKillLoop } from '../helpers/kill-loop.js';

describe('sync under SIGKILL', () => {
  it('50 kills while draining 200 submissions: none lost, none twice', { timeout: 180_000 }, async () => {
    const report = await runKillLoop({ kills: 50, rows: 200 });
    console.log(`kill test: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.rows).toBeGreaterThanOrEqual(200);
    expect(report).toMatchObject({
      kills: 50,
      serverRows: report.rows,
      duplicates: 0,
      lost: 0,
      mismatched: 0,
      wrongPayloads: 0,
    });
    // The crash window was really hit: the server saw repeats of keys it had already answered.
    expect(report.repeats).toBeGreaterThan(0);
  });
});
