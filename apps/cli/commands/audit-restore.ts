import { readFileSync, statSync } from 'node:fs';
import { AuditNote, ed25519PublicKey, formatBundleReport, notesIn } from '#libs/audit';
import { verificationNoteText } from '#libs/web';
import { restoreAuditBundle } from '#libs/eventstore';
import { createLogger } from '#libs/platform';
import { AuditArgs, AuditCommandIo, DIVERGENCE, UNREADABLE, UsageError } from './audit-args';
import { USAGE_ERROR } from './command';
import { AuditDatabase, resolveDatabase } from './audit-database';
import { SILENT_PROGRESS, trackedFileLines } from '../progress';
import { bundleReportSay, noteLanguage } from './note-language';

/** `audit restore`: verifies the bundle and, when it verifies, writes it into an empty event store; resolves to the exit code. */
export async function restoreFromBundle(args: AuditArgs, io: AuditCommandIo): Promise<number> {
  let trustedPublicKey: string | undefined;
  if (args.publicKeyFile) {
    try {
      trustedPublicKey = ed25519PublicKey(readFileSync(args.publicKeyFile, 'utf8')).export({ type: 'spki', format: 'pem' }).toString();
    } catch (error) {
      io.stderr(`audit: --public-key-file ${args.publicKeyFile} is not a readable Ed25519 PEM key (${(error as Error).message})\n`);
      return USAGE_ERROR;
    }
  }
  const noteText = verificationNoteText(noteLanguage(args.lang, io.env));
  // Restoring, the key is given as --public-key-file: the notes name that option.
  const restoreNote = (note: AuditNote) =>
    noteText(note.params.option ? { ...note, params: { ...note.params, option: '--public-key-file <pem>' } } : note);
  const path = args.bundle!;
  try {
    if (!statSync(path).isFile()) throw new Error('it is not a file');
  } catch (error) {
    io.stderr(`audit: ${path} cannot be read: ${(error as Error).message}\n`);
    return UNREADABLE;
  }
  let database: AuditDatabase;
  try {
    database = await resolveDatabase(args, io.env);
  } catch (error) {
    io.stderr(`audit: ${error instanceof UsageError ? error.message : `the database cannot be reached: ${(error as Error).message}`}\n`);
    return error instanceof UsageError ? USAGE_ERROR : UNREADABLE;
  }
  try {
    const started = performance.now();
    // The bundle is read twice: once to verify it whole, then to write it.
    const passes = ['audit restore: verifying', 'audit restore: writing'];
    let current = SILENT_PROGRESS;
    const result = await restoreAuditBundle({
      databaseUrl: database.url,
      lines: () => {
        current = io.progress?.({ label: passes.shift() ?? 'audit restore', unit: 'bytes' }) ?? SILENT_PROGRESS;
        return trackedFileLines(path, current);
      },
      trustedPublicKey,
      progress: (line) => (io.progress ? current.note(line) : io.stderr(`${line}\n`)),
      logger: createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`)),
    });
    if (result.status === 'rejected') {
      io.stdout(formatBundleReport(result.report, 20, restoreNote, bundleReportSay(noteLanguage(args.lang, io.env))));
      io.stderr(`audit: ${path} does not verify: nothing was restored\n`);
      return DIVERGENCE;
    }
    if (result.status === 'not-empty') {
      io.stderr(
        `audit: the database is not empty (${result.found.events} event(s), head position ${result.found.headPosition}, ${result.found.checkpoints} checkpoint(s)): ` +
          'a bundle is restored only into an empty event store; nothing was restored\n',
      );
      return USAGE_ERROR;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `audit restore: ${result.events} events (head position ${result.headPosition}) and ${result.checkpoints} checkpoint(s) restored from ${path} in ${seconds} s; ` +
        'every event is in the outbox for the relay, and the projections rebuild from position 0 when the services start\n',
    );
    for (const note of notesIn(result.report, restoreNote))
      io.stdout(`note: ${note.replace('--public-key <pem>', '--public-key-file <pem>')}\n`);
    return 0;
  } catch (error) {
    io.stderr(`audit: the bundle could not be restored (nothing was kept): ${(error as Error).message}\n`);
    return UNREADABLE;
  } finally {
    await database.stop?.();
  }
}
