/**
 * `npm run verify-bundle -- <bundle> [--public-key <pem>] [--json]
 *      [--why <documentId> <provision> | --text <documentId>] [--at <position> | --as-of <ISO time>] [--lang ar|en]`
 *
 * The standalone offline verifier of an audit bundle: no database, no broker, no NestJS;
 * nothing but the file and the pure libraries (libs/audit, and libs/domain and libs/text for
 * the replay). It recomputes every event hash and the chain, rebuilds the Merkle tree,
 * checks every checkpoint's signature, every inclusion and consistency proof, and prints OK
 * or the first divergence with its position, event id and what differs.
 *
 * --public-key names the ledger's published key: without it the signatures are checked with
 * the key the bundle carries, which proves nothing by itself (the output says so).
 * --why explains a provision (by id or label, Arabic abjad letters included) from the events
 * alone, citing each event with its hash and inclusion proof; --text prints a document's text
 * as it stood at the moment.
 *
 * Exit code 0 when the bundle verifies, 1 when it does not (or the question cannot be
 * answered), 2 for a usage mistake, 3 when the file cannot be read.
 *
 * The verdict, the explanation and the notes (what could not be checked, and why) are written in
 * Arabic or English: --lang, else the environment's language (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  BundleEvent,
  BundleReport,
  BundleVerifier,
  CitedExplanation,
  ReplayMoment,
  citeSteps,
  ed25519PublicKey,
  explainProvision,
  formatBundleReport,
  formatExplanation,
  replayDocument,
} from '#libs/audit';
import { renderCleanText } from '#libs/text';
import { Locale, verificationNoteText } from '#libs/web';
import { trackedFileLines } from '../progress';
import type { CommandIo, ShowProgress } from './command';
import { USAGE_ERROR } from './command';
import { NOTE_LANGUAGES, bundleReportSay, noteLanguage, noteLanguageOption } from './note-language';

export const USAGE =
  'verify-bundle <bundle> [--public-key <pem>] [--json] [--why <documentId> <provision> | --text <documentId>] [--at <position> | --as-of <ISO time>] [--lang ar|en]';
export const BUNDLE_REJECTED = 1;
export const BUNDLE_UNREADABLE = 3;

class UsageError {
  constructor(readonly message: string) {}
}

interface VerifyBundleArgs {
  readonly path: string;
  readonly publicKeyFile?: string;
  readonly json: boolean;
  readonly why?: { readonly documentId: string; readonly provision: string };
  readonly text?: string;
  readonly at: ReplayMoment;
  readonly lang?: Locale;
}

export interface VerifyBundleIo extends Pick<CommandIo, 'stdout' | 'stderr'> {
  /** The bundle's lines, in order. */
  readonly lines: (path: string) => AsyncIterable<string>;
  readonly readFile: (path: string) => string;
  /** The environment, for the language of the notes when --lang is not given. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The file's lines as they are read: a bundle of millions of events is never held whole. */
export async function* fileLines(path: string): AsyncIterable<string> {
  const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  yield* reader;
}

/** The bundle read from files, in the language the environment asks for; with `progress`, how much of it is read is shown as it goes. */
export const fileIo = (
  io: Pick<CommandIo, 'stdout' | 'stderr'>,
  env: VerifyBundleIo['env'] = {},
  progress?: ShowProgress,
): VerifyBundleIo => ({
  ...io,
  env,
  lines: progress ? (path) => trackedFileLines(path, progress({ label: 'verify-bundle', unit: 'bytes' })) : fileLines,
  readFile: (path) => readFileSync(path, 'utf8'),
});

/** Runs the verifier; resolves to the exit code. */
export async function verifyBundleCommand(argv: readonly string[], io: VerifyBundleIo): Promise<number> {
  let args: VerifyBundleArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`verify-bundle: ${error.message}\nusage: ${USAGE}\n`);
    return USAGE_ERROR;
  }
  let trustedPublicKey: string | undefined;
  if (args.publicKeyFile) {
    try {
      trustedPublicKey = ed25519PublicKey(io.readFile(args.publicKeyFile)).export({ type: 'spki', format: 'pem' }).toString();
    } catch (error) {
      io.stderr(`verify-bundle: --public-key ${args.publicKeyFile} is not a readable Ed25519 PEM key (${(error as Error).message})\n`);
      return USAGE_ERROR;
    }
  }
  const documentId = args.why?.documentId ?? args.text;
  const contributionEvent = (e: BundleEvent) => e.type === 'ContributionSubmitted' || e.type === 'ContributionRevised';
  const verifier = new BundleVerifier({
    trustedPublicKey,
    retain:
      documentId === undefined
        ? undefined
        : (e) => e.streamId === `document-${documentId}` || (args.why !== undefined && contributionEvent(e)),
  });
  try {
    for await (const line of io.lines(args.path)) verifier.addLine(line);
  } catch (error) {
    io.stderr(`verify-bundle: ${args.path} cannot be read: ${(error as Error).message}\n`);
    return BUNDLE_UNREADABLE;
  }
  const report = verifier.finish();
  const language = noteLanguage(args.lang, io.env ?? {});
  const say = bundleReportSay(language);
  const formatted = formatBundleReport(report, 20, verificationNoteText(language), say);
  const caveat = report.ok ? '' : `${say('bundle.caveat')}\n`;

  if (args.why) {
    const result = explainProvision(verifier.retainedEvents, args.why.documentId, args.why.provision, args.at);
    if (!result.ok) {
      output(io, args, report, formatted);
      io.stderr(`verify-bundle: ${result.reason}${result.candidates?.length ? `\n  ${result.candidates.join('\n  ')}` : ''}\n`);
      return BUNDLE_REJECTED;
    }
    const cited: CitedExplanation = citeSteps(result.explanation, (position) => {
      const proof = verifier.retainedProof(position);
      return {
        hash: verifier.hashAt(position),
        ...(proof
          ? {
              inclusion: {
                treeSize: proof.treeSize,
                proof: proof.proof,
                rootHash: proof.valid ? proof.rootHash : undefined,
                valid: proof.valid,
              },
            }
          : {}),
      };
    });
    if (args.json) io.stdout(`${JSON.stringify({ verification: report, why: cited }, null, 2)}\n`);
    else io.stdout(`${formatted}\n${caveat}${formatExplanation(cited, say)}`);
    return report.ok ? 0 : BUNDLE_REJECTED;
  }
  if (args.text) {
    const replay = replayDocument(verifier.retainedEvents, args.text, args.at);
    if (!replay) {
      output(io, args, report, formatted);
      io.stderr(
        `verify-bundle: document ${args.text} is not registered in the bundle${args.at.position !== undefined || args.at.time !== undefined ? ' by that moment' : ''}\n`,
      );
      return BUNDLE_REJECTED;
    }
    if (args.json)
      io.stdout(
        `${JSON.stringify({ verification: report, document: { documentId: replay.documentId, versionNumber: replay.versionNumber, versionLabel: replay.versionLabel, lastPosition: replay.lastPosition, text: replay.text } }, null, 2)}\n`,
      );
    else
      io.stdout(
        `${formatted}\n${caveat}${say('bundle.text.heading', { documentId: args.text, number: replay.versionNumber, label: replay.versionLabel, position: replay.lastPosition })}\n\n${renderCleanText(replay.text)}\n`,
      );
    return report.ok ? 0 : BUNDLE_REJECTED;
  }
  output(io, args, report, formatted);
  return report.ok ? 0 : BUNDLE_REJECTED;
}

function output(io: VerifyBundleIo, args: VerifyBundleArgs, report: BundleReport, formatted: string): void {
  io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatted);
}

function parseArgs(argv: readonly string[]): VerifyBundleArgs {
  let path: string | undefined;
  let publicKeyFile: string | undefined;
  let json = false;
  let why: VerifyBundleArgs['why'];
  let text: string | undefined;
  let lang: Locale | undefined;
  const at: { position?: number; time?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => {
      const v = argv[++i];
      if (v === undefined || v.trim() === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (arg) {
      case '--public-key':
        publicKeyFile = value(arg);
        break;
      case '--json':
        json = true;
        break;
      case '--lang': {
        const raw = value(arg);
        lang = noteLanguageOption(raw);
        if (lang === undefined) throw new UsageError(`--lang must be ${NOTE_LANGUAGES} (got "${raw}")`);
        break;
      }
      case '--why':
        why = { documentId: value('--why <documentId>'), provision: value('--why <documentId> <provision>') };
        break;
      case '--text':
        text = value(arg);
        break;
      case '--at': {
        const raw = value(arg);
        if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1)
          throw new UsageError(`--at must be a global position, a whole number from 1 (got "${raw}")`);
        at.position = Number(raw);
        break;
      }
      case '--as-of': {
        const raw = value(arg);
        if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(Date.parse(raw)))
          throw new UsageError(`--as-of must be an ISO 8601 time (got "${raw}")`);
        at.time = new Date(raw).toISOString();
        break;
      }
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        if (path !== undefined) throw new UsageError(`unexpected argument ${arg}`);
        path = arg;
    }
  }
  if (path === undefined) throw new UsageError('name the bundle file');
  if (why && text) throw new UsageError('--why and --text are asked one at a time');
  if ((at.position !== undefined || at.time !== undefined) && !why && !text)
    throw new UsageError('--at and --as-of are for --why and --text');
  return { path, publicKeyFile, json, why, text, at, lang };
}
