import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { eventually } from './eventually';

const REPO_ROOT = join(__dirname, '..', '..');
const MAIN = join(REPO_ROOT, 'apps', 'server', 'src', 'main.ts');

export interface LogLine {
  readonly level?: string;
  readonly component?: string;
  readonly message?: string;
  readonly [field: string]: unknown;
}

/**
 * One service of the ledger as a real operating-system process, started from the sources
 * the way `npm run start:<service>` starts it from the build, so a test can SIGKILL it.
 */
export class ServiceProcess {
  readonly lines: LogLine[] = [];
  private output = '';
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<unknown>;

  private constructor(
    readonly service: string,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      let newline: number;
      while ((newline = this.output.indexOf('\n')) >= 0) {
        const line = this.output.slice(0, newline);
        this.output = this.output.slice(newline + 1);
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          this.lines.push({ message: line });
        }
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = once(child, 'exit');
  }

  /** Starts a service from the sources; `nodeArguments` go to node before the script (`--cpu-prof`, say). */
  static start(
    service: 'all' | 'gateway' | 'ledger' | 'projector',
    env: Record<string, string>,
    nodeArguments: readonly string[] = [],
  ): ServiceProcess {
    const child = spawn(process.execPath, [...nodeArguments, '--conditions=source', '-r', '@swc-node/register', MAIN, service], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(service, child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Waits for a log line whose message matches, and returns it. */
  waitForLog(pattern: RegExp, timeoutMs = 60_000): Promise<LogLine> {
    return eventually(async () => {
      const line = this.lines.find((l) => pattern.test(String(l.message ?? '')));
      if (!line) {
        if (this.child.exitCode !== null)
          throw new Error(`${this.service} exited (${this.child.exitCode}) before "${pattern}":\n${this.tail()}`);
        throw new Error(`${this.service} has not logged "${pattern}" yet:\n${this.tail()}`);
      }
      return line;
    }, timeoutMs);
  }

  tail(count = 20): string {
    return this.lines
      .slice(-count)
      .map((l) => JSON.stringify(l))
      .join('\n');
  }

  /** SIGKILL: no shutdown hook runs, as when a machine dies. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and wait: an orderly stop. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
