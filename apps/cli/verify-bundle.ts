/**
 * The offline verifier of audit bundles, on its own: `npm run verify-bundle -- <bundle> ...`
 * (see commands/verify-bundle.ts). It loads no database driver, no broker client and no
 * NestJS: only the pure libraries, so that an auditor can read and trust what it runs.
 */
import { fileIo, verifyBundleCommand } from './commands/verify-bundle';
import { stderrProgress } from './progress';

verifyBundleCommand(
  process.argv.slice(2),
  fileIo({ stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }, process.env, stderrProgress),
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
