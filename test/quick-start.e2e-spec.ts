import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { quickStartOf } from './support/readme-quick-start';

/*
 * The README's quick start, run as a newcomer runs it: a fresh clone of HEAD, the README's own
 * install-and-start command, its API example, the pages' first address, then SIGTERM. As root
 * (the usual case in containers) and as an ordinary user: the first wave's quick start failed
 * on a fresh clone as root while every other test passed.
 */

const REPO_ROOT = join(__dirname, '..');
const quickStart = quickStartOf(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
const SERVER_SCRIPT = 'dist/apps/server/src/main.js';
const SERVER_URL = new URL(quickStart.pagesUrl).origin;
/** The ports the embedded default binds: the HTTP port the README names, and the embedded PostgreSQL's. */
const PORTS = [Number(new URL(quickStart.pagesUrl).port), 54329];
const NEWCOMER = 'ledger-newcomer';
/** npm ci from an empty cache, a build and a first initdb on two busy cores. */
const READY_WITHIN_MS = 8 * 60_000;

interface Newcomer {
  readonly name: string;
  readonly home: string;
}

/** Who runs the quick start: root and an ordinary user when the suite runs as root, else the user running it. */
function newcomers(): Newcomer[] {
  const me = userInfo();
  if (me.uid !== 0) return [{ name: me.username, home: me.homedir }];
  try {
    execFileSync('id', ['-u', NEWCOMER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', NEWCOMER]);
  }
  const home = execFileSync('getent', ['passwd', NEWCOMER], { encoding: 'utf8' }).split(':')[5];
  return [
    { name: 'root', home: me.homedir },
    { name: NEWCOMER, home },
  ];
}

/** A newcomer's shell: their own home and PATH, none of the test run's settings (no DATABASE_URL, no KAFKA_BROKERS, no NODE_OPTIONS). */
function shell(newcomer: Newcomer, command: string, cwd: string): ChildProcess {
  const path = (process.env.PATH ?? '').split(':').filter((entry) => !entry.includes('node_modules'));
  const env = { PATH: path.join(':'), HOME: newcomer.home, USER: newcomer.name, LANG: 'C.UTF-8' };
  const asRoot = userInfo().uid === 0;
  const [file, args] =
    asRoot && newcomer.name !== 'root' ? ['runuser', ['-u', newcomer.name, '--', 'bash', '-c', command]] : ['bash', ['-c', command]];
  return spawn(file, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The packages the ordinary user's `npm ci` fetches are the ones root's just fetched: their
 * download is not what this test is about, and from an empty cache it takes minutes here.
 */
function seedPackageCache(newcomer: Newcomer): void {
  const rootCache = join(userInfo().homedir, '.npm', '_cacache');
  if (!existsSync(rootCache) || existsSync(join(newcomer.home, '.npm', '_cacache'))) return;
  mkdirSync(join(newcomer.home, '.npm'), { recursive: true });
  cpSync(rootCache, join(newcomer.home, '.npm', '_cacache'), { recursive: true });
  execFileSync('chown', ['-R', `${newcomer.name}:`, join(newcomer.home, '.npm')]);
}

class Output {
  text = '';
  constructor(child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => (this.text += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (this.text += chunk.toString('utf8')));
  }
  tail(lines = 40): string {
    return this.text.split('\n').slice(-lines).join('\n');
  }
}

async function exitOf(child: ChildProcess, withinMs: number): Promise<number | string> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  return code ?? String(signal);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitUntilLive(server: ChildProcess, output: Output): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`"${quickStart.installAndStart}" ended (exit ${server.exitCode}) before it served:\n${output.tail()}`);
    const live = await fetch(`${SERVER_URL}/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`"${quickStart.installAndStart}" did not serve ${SERVER_URL} within ${READY_WITHIN_MS / 1000} s:\n${output.tail()}`);
}

/** The processes whose working folder is inside `folder`: the server, and the database server it started. */
function processesIn(folder: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === folder || cwd.startsWith(`${folder}/`)) {
        found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

describe("the README's quick start on a fresh clone", () => {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();

  for (const newcomer of newcomers()) {
    it(
      `installs, starts, answers the README's API example and pages, and stops cleanly on SIGTERM, as ${newcomer.name}`,
      async () => {
        for (const port of PORTS) {
          if (await portAnswers(port))
            throw new Error(`port ${port} is in use: the quick start binds it, so stop what listens there first`);
        }
        const folder = mkdtempSync(join(tmpdir(), 'quick-start-'));
        chmodSync(folder, 0o755); // where people clone: a folder others may enter, not mkdtemp's private one
        const clone = join(folder, 'consultation-ledger');
        let server: ChildProcess | undefined;
        try {
          execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPO_ROOT, clone]);
          if (newcomer.name !== userInfo().username) {
            seedPackageCache(newcomer);
            execFileSync('chown', ['-R', `${newcomer.name}:`, folder]);
          }

          server = shell(newcomer, quickStart.installAndStart, clone);
          const serverOutput = new Output(server);
          await waitUntilLive(server, serverOutput);

          const example = shell(newcomer, `set -e\n${quickStart.apiExample}`, clone);
          const exampleOutput = new Output(example);
          expect({ exit: await exitOf(example, 60_000), output: exampleOutput.tail() }).toEqual({ exit: 0, output: expect.anything() });
          const sent = JSON.parse(/-d '(\{.*?\})'/.exec(quickStart.apiExample)![1]) as { title: string; chairs: string[] };
          const consultation = JSON.parse(exampleOutput.text.trim().split('\n').pop()!) as Record<string, unknown>;
          expect(consultation).toMatchObject({ title: sent.title, chairs: sent.chairs, phase: 'drafting', registeredBy: 'secretariat-1' });
          expect(consultation.id).toMatch(/^[0-9a-f-]{36}$/);

          const pages = await fetch(quickStart.pagesUrl);
          expect(pages.status).toBe(200);
          expect(pages.headers.get('content-type')).toMatch(/^text\/html/);
          expect(await pages.text()).toContain('<html');

          // SIGTERM to the server itself, as a supervisor or `docker stop` sends it; the command line then ends with it.
          const running = processesIn(clone).filter((found) => found.command.startsWith(`node ${SERVER_SCRIPT}`));
          expect(running).toHaveLength(1);
          process.kill(running[0].pid, 'SIGTERM');
          const exit = await exitOf(server, 60_000);
          expect({ exit, output: serverOutput.tail() }).toEqual({ exit: 0, output: expect.not.stringMatching(/Unhandled|uncaught|ERR_/i) });
          expect(processesIn(clone)).toEqual([]);
          for (const port of PORTS) expect(await portAnswers(port)).toBe(false);
        } finally {
          if (server && server.exitCode === null) {
            process.kill(-server.pid!, 'SIGKILL');
            for (const left of processesIn(clone)) process.kill(left.pid, 'SIGKILL');
          }
          rmSync(folder, { recursive: true, force: true });
        }
      },
      READY_WITHIN_MS + 3 * 60_000,
    );
  }

  afterAll(() => process.stdout.write(`quick start checked on a fresh clone of ${commit}\n`));
});
