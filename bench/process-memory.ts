import { readFileSync } from 'node:fs';

/** A process's memory as the kernel counts it: the resident set now and its high-water mark. */
export interface ProcessMemory {
  readonly rssMb: number;
  /** VmHWM: the largest resident set the process ever had. */
  readonly peakRssMb: number;
}

/** Reads /proc/<pid>/status (Linux); undefined when the process is gone or there is no /proc. */
export function processMemory(pid: number): ProcessMemory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kilobytes('VmRSS') / 1024), peakRssMb: Math.round(kilobytes('VmHWM') / 1024) };
}
