import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

export interface ProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A TypeScript entry point of the repository run as `npm run` runs it, with only the environment given. */
function run(entry: string[], args: string[], env: Record<string, string>): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '-r', '@swc-node/register', join(REPO_ROOT, ...entry), ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `npm run verify-bundle -- ...`: the offline verifier, with no database or broker in its environment. */
export function verifyBundle(args: string[]): Promise<ProcessResult> {
  return run(['apps', 'cli', 'verify-bundle.ts'], args, {});
}

/** `npm run cli -- audit ...`. */
export function auditCli(args: string[], env: Record<string, string>): Promise<ProcessResult> {
  return run(['apps', 'cli', 'main.ts'], ['audit', ...args], env);
}
