// CPU time of a process and everything it started (tsx runs the worker in a child node process;
// ffmpeg runs under that), read from /proc so it works for processes we did not fork ourselves.
import { readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system time of the process and of its children it has waited for, in ticks */
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return { pid, ppid: Number(fields[1]), ticks: utime + stime + cutime + cstime };
  } catch {
    return null; // ended meanwhile
  }
}

/** Seconds of CPU used so far by `rootPid` and its descendants. */
export function cpuSecondsOfTree(rootPid: number): number {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of all)
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
  }
  return all.filter((s) => inTree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0) / CLOCK_TICKS_PER_SECOND;
}
