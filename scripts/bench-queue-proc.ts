/**
 * CPU and memory of processes and threads from /proc (Linux), for scripts/bench-queue.ts: what a
 * worker process, each of its threads, its PostgreSQL backends and Redis spend on the articles.
 * Everywhere else (no /proc) every figure reads as 0. Linux counts CPU in ticks of 10 ms (CLK_TCK 100).
 *
 * @example const before = threadTicks(pid); …; const used = ticksSince(before, threadTicks(pid));
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

export const MS_PER_TICK = 10;

/** CPU ticks a process (or one thread: `pid/task/tid`) has used (user + system), or 0. */
export function cpuTicks(pid: number | string | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU ticks of each thread of a process, by thread id. */
export function threadTicks(pid: number | undefined): Map<number, number> {
  const ticks = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) ticks.set(Number(tid), cpuTicks(`${pid}/task/${tid}`));
  } catch {
    // The process ended, or no /proc.
  }
  return ticks;
}

/** CPU ticks of every process whose command is `name` (postgres, redis-server), by pid. */
export function ticksOf(name: string): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) ticks.set(Number(entry), cpuTicks(Number(entry)));
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

/** Ticks used, by id, between two readings (ids that appeared meanwhile count from zero). */
export function ticksSince(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  const used = new Map<number, number>();
  for (const [id, ticks] of after) used.set(id, ticks - (before.get(id) ?? 0));
  return used;
}

export const sum = (values: Iterable<number>): number => [...values].reduce((total, value) => total + value, 0);

/** A process's resident memory in MB, or 0. */
export function rssMb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Local TCP ports of a process's sockets (from /proc/PID/fd and /proc/PID/net/tcp{,6}). */
export function localPorts(pid: number | undefined): Set<number> {
  const ports = new Set<number>();
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // Closed meanwhile.
      }
    }
    for (const table of ['tcp', 'tcp6']) {
      for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        if (fields.length > 9 && inodes.has(fields[9]!)) ports.add(parseInt(fields[1]!.split(':')[1]!, 16));
      }
    }
  } catch {
    // No /proc: no ports.
  }
  return ports;
}

export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}
