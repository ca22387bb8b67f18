import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './eventually';
import { LogLine } from './service-process';

const REPO_ROOT = join(__dirname, '..', '..');
const BUILT_MAIN = join(REPO_ROOT, 'dist', 'apps', 'server', 'src', 'main.js');

export type ServiceArgument = 'all' | 'gateway' | 'ledger' | 'projector';

/** How a process ended: its exit code, or the signal that ended it. */
export interface Ending {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * A service run from the build as `npm start` runs it (`node dist/apps/server/src/main.js`),
 * its JSON log lines (stdout) and its stderr kept apart, so that a test can tell what the
 * service logged from what Node printed when something escaped it.
 */
export class BuiltServer {
  readonly lines: LogLine[] = [];
  stderr = '';
  readonly ended: Promise<Ending>;
  private stdoutRest = '';

  private constructor(
    readonly service: ServiceArgument,
    private readonly child: ChildProcess,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.stdoutRest += chunk.toString('utf8');
      let newline: number;
      while ((newline = this.stdoutRest.indexOf('\n')) >= 0) {
        const line = this.stdoutRest.slice(0, newline);
        this.stdoutRest = this.stdoutRest.slice(newline + 1);
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          this.lines.push({ message: line });
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // 'close', not 'exit': by then every line the process wrote has been read.
    this.ended = once(child, 'close').then(([code, signal]) => ({ code, signal }) as Ending);
  }

  /** Starts the built service and waits until it listens. */
  static async start(service: ServiceArgument, env: Record<string, string>): Promise<BuiltServer> {
    if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npm run build before this test`);
    const child = spawn(process.execPath, [BUILT_MAIN, service], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new BuiltServer(service, child);
    try {
      await server.waitForLog(/^listening$/, 90_000);
    } catch (error) {
      await server.kill();
      throw error;
    }
    return server;
  }

  waitForLog(pattern: RegExp, timeoutMs = 30_000): Promise<LogLine> {
    return eventually(
      async () => {
        const line = this.lines.find((l) => pattern.test(String(l.message ?? '')));
        if (line) return line;
        if (this.child.exitCode !== null)
          throw new Error(`${this.service} exited (${this.child.exitCode}) before logging "${pattern}":\n${this.tail()}\n${this.stderr}`);
        throw new Error(`${this.service} has not logged "${pattern}" yet:\n${this.tail()}`);
      },
      timeoutMs,
      20,
    );
  }

  /** Sends a signal and answers how the process then ended. */
  async signal(signal: NodeJS.Signals): Promise<Ending> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.ended;
  }

  /** SIGKILL, for the clean-up after a failed test. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.ended;
  }

  tail(count = 20): string {
    return this.lines
      .slice(-count)
      .map((l) => JSON.stringify(l))
      .join('\n');
  }
}
