/**
 * The command line: `npm run cli -- <command> [args]`. Each command lives in its own file
 * under commands/ and is listed once below. Runs from source with
 * `node --conditions=source -r @swc-node/register apps/cli/main.ts` so that `#libs/*`
 * resolves to the TypeScript sources.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Command, CommandIo } from './commands/command';
import { USAGE_ERROR } from './commands/command';
import { auditCliCommand } from './commands/audit';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { tokenCliCommand } from './commands/token';
import { stderrProgress } from './progress';

const commands: readonly Command[] = [importCommand, exportCommand(), tokenCliCommand(process.env), auditCliCommand(process.env)];

const io: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  fileExists: (path) => existsSync(path) && statSync(path).isFile(),
  writeFile: (path, data) => writeFileSync(path, data),
  progress: stderrProgress,
  env: process.env,
};

function help(): string {
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `usage: cli <command> [args]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Dispatches on the command name; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(help());
    return name === undefined ? USAGE_ERROR : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n${help()}`);
    return USAGE_ERROR;
  }
  return command.run(args, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
