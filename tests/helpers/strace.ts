/**
 * A process under `strace -f -y`: the syscalls that decide durability (file writes, fsync/fdatasync)
 * and the socket writes that answer a caller, in the order they happened, with the path or socket of
 * each file descriptor. Tests use it to prove that a commit reached the disk before its answer left.
 */
import fs from 'node:fs';

export const TRACED_SYSCALLS = ['fsync', 'fdatasync', 'write', 'writev', 'pwrite64', 'sendto', 'sendmsg'];

/** The argv prefix that runs a command under strace, writing the trace to `outFile`. */
export function straceArgs(outFile: string): string[] {
  return [
    'strace',
    '-f',
    '-qq',
    '-yy',
    // Whole pages: a WAL frame's row text is matched against the answer's number.
    '-s',
    '65536',
    '-e',
    `trace=${TRACED_SYSCALLS.join(',')}`,
    '-o',
    outFile,
  ];
}

export interface TracedCall {
  /** Line order in the trace (the order the calls started). */
  index: number;
  pid: number;
  syscall: string;
  /** What `-y` printed for the first argument: a file path or `TCP:[…]`/`UNIX:[…]`. */
  target: string;
  /** The rest of the line (written bytes as strace escapes them). */
  text: string;
}

const LINE = /^(\d+)\s+([a-z0-9_]+)\(\d+<([^>]*)>(.*)$/;

/** Parses the trace file; lines of other shapes (resumed calls, signals, exits) are skipped. */
export function readTrace(file: string): TracedCall[] {
  const calls: TracedCall[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const m = LINE.exec(line);
      if (!m) return;
      calls.push({ index, pid: Number(m[1]), syscall: m[2]!, target: m[3]!, text: m[4]! });
    });
  return calls;
}

const isSync = (c: TracedCall): boolean => c.syscall === 'fsync' || c.syscall === 'fdatasync';
const isSocketWrite = (c: TracedCall): boolean =>
  /^(TCP|TCPv6|UNIX)/.test(c.target) && ['write', 'writev', 'sendto', 'sendmsg'].includes(c.syscall);

export interface DurabilityCheck {
  /** The marker (a case or tracking number) this check is about. */
  marker: string;
  /** The last write of the WAL that holds the marker, before the answer (-1: none). */
  walWrite: number;
  /** The first fsync of the WAL after that write (-1: none before the answer). */
  walSync: number;
  /** The first socket write carrying the marker (-1: none). */
  answer: number;
}

/**
 * For one marker: where the WAL frame holding it was written, where that WAL was next synced, and
 * where the answer carrying it left through a socket. Durable means walWrite < walSync < answer.
 */
export function durabilityOf(calls: TracedCall[], walSuffix: string, marker: string): DurabilityCheck {
  const answerCall = calls.find((c) => isSocketWrite(c) && c.text.includes(marker));
  const answer = answerCall?.index ?? -1;
  const beforeAnswer = calls.filter((c) => answer < 0 || c.index < answer);
  const walWrites = beforeAnswer.filter(
    (c) => c.target.endsWith(walSuffix) && c.syscall.startsWith('pwrite') && c.text.includes(marker),
  );
  const walWrite = walWrites.at(-1)?.index ?? -1;
  const sync = beforeAnswer.find((c) => isSync(c) && c.target.endsWith(walSuffix) && c.index > walWrite);
  return { marker, walWrite, walSync: walWrite >= 0 && sync ? sync.index : -1, answer };
}
