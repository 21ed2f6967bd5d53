/**
 * CPU time from /proc (Linux): of a process and its direct children (the postmaster and its backends),
 * and of the whole machine, so the report can say how much of the two cores the server, PostgreSQL, the
 * load generator — and whatever else runs on the machine — used during the measured window.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || '100');

interface ProcStat {
  ppid: number;
  cpuMs: number;
  /** CPU of its children that have exited and been waited for (cutime + cstime). */
  reapedMs: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      reapedMs: (Number(fields[13]) + Number(fields[14])) * TICK_MS,
    };
  } catch {
    return undefined;
  }
}

/**
 * CPU ms used so far by `pid` and its direct children, live or exited (a PostgreSQL backend whose
 * connection closed mid-window still counts, so the figure never goes down).
 */
export function treeCpuMs(pid: number): number {
  const root = procStat(pid);
  let total = (root?.cpuMs ?? 0) + (root?.reapedMs ?? 0);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.ppid === pid) total += stat.cpuMs;
  }
  return total;
}

/** Busy CPU ms of the whole machine so far (all cores). */
export function machineBusyMs(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, ...values] = line.trim().split(/\s+/);
  const n = values.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (n[3] ?? 0) + (n[4] ?? 0);
  return (total - idle) * TICK_MS;
}
