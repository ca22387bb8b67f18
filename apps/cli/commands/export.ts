/**
 * `cli export <file> --format akn|json|docx [--out <file>] [--body <name>] [--date <YYYY-MM-DD>]
 * [--against <base>] [--marks tracked|printed]`: a resolution, given as interchange JSON (as
 * `cli import` prints it, or the `text` of GET /documents/{id}/text), as an Akoma Ntoso file
 * or as extracted plain text, written as an Akoma Ntoso 1.0 file, as interchange JSON or as
 * Word in the body's layout. With `--against`, Word gives the text marked against that base
 * (Word's tracked changes by the secretariat, or the printed convention). Text formats go to
 * stdout unless `--out` names a file; Word needs `--out`. The body ("ITU Council") names the
 * work's author in Akoma Ntoso.
 */
import {
  AkomaNtosoFormatError,
  bareContext,
  exportAkomaNtoso,
  importAkomaNtoso,
  renderDocumentDocx,
  renderMarkedDocx,
  secretariatName,
} from '#libs/documents';
import { InterchangeFormatError, ResolutionDocument, fromInterchange, importResolution, toInterchange } from '#libs/text';
import { akomaNtosoProblemText, interchangeProblemText, localeOfEnvironment, translator } from '#libs/web';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';
import { SILENT_PROGRESS } from '../progress';

interface ExportArgs {
  readonly file: string;
  readonly format: ExportFormat;
  readonly out?: string;
  readonly body?: string;
  readonly date: string;
  readonly against?: string;
  readonly marks: 'tracked' | 'printed';
}

/** The formats the command writes, each from a document (and its base, for a marked Word file) and the arguments. */
const FORMATS = {
  akn: async (doc: ResolutionDocument, args: ExportArgs) =>
    exportAkomaNtoso(doc, bareContext(doc.metadata.symbol ?? args.file, args.date, args.body)),
  json: async (doc: ResolutionDocument) => `${JSON.stringify(toInterchange(doc), null, 2)}\n`,
  docx: async (doc: ResolutionDocument, args: ExportArgs, base?: ResolutionDocument) =>
    base
      ? renderMarkedDocx(base, doc, {
          form: args.marks,
          fallback: { author: secretariatName(doc.language), date: new Date(`${args.date}T00:00:00Z`).toISOString() },
        })
      : renderDocumentDocx(doc),
} as const;

type ExportFormat = keyof typeof FORMATS;

class UsageError {
  constructor(readonly message: string) {}
}

export function exportCommand(today: () => Date = () => new Date()): Command {
  return {
    name: 'export',
    summary:
      'write a resolution (interchange JSON, Akoma Ntoso or plain text) as Akoma Ntoso, interchange JSON or Word (.docx, or marked against a base with --against)',
    usage:
      'export <file> --format akn|json|docx [--out <file>] [--body <name>] [--date <YYYY-MM-DD>] [--against <base>] [--marks tracked|printed]',

    async run(args: readonly string[], io: CommandIo): Promise<number> {
      let parsed: ExportArgs;
      try {
        parsed = parseArgs(args, today().toISOString().slice(0, 10));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`export: ${error.message}\nusage: cli ${this.usage}\n`);
        return USAGE_ERROR;
      }
      const missing = [parsed.file, ...(parsed.against ? [parsed.against] : [])].find((file) => !io.fileExists(file));
      if (missing) {
        io.stderr(`export: no such file: ${missing}\n`);
        return USAGE_ERROR;
      }
      // The readers and writers take a document whole: the progress tells how much was written and how fast, once done.
      const progress = io.progress?.({ label: `export ${parsed.out ?? parsed.file}`, unit: 'bytes' }) ?? SILENT_PROGRESS;
      const doc = readDocumentFile(parsed.file, io);
      const base = parsed.against === undefined ? undefined : readDocumentFile(parsed.against, io);
      if (doc === undefined || (parsed.against !== undefined && base === undefined)) return 1;
      const written = await FORMATS[parsed.format](doc, parsed, base);
      progress.update(typeof written === 'string' ? Buffer.byteLength(written) : written.byteLength);
      progress.finish();
      if (parsed.out === undefined) {
        io.stdout(written as string);
        return 0;
      }
      io.writeFile(parsed.out, typeof written === 'string' ? new TextEncoder().encode(written) : written);
      io.stdout(`${parsed.out}\n`);
      return 0;
    },
  };
}

/** The document a file holds; undefined when it cannot be read, said on stderr. */
function readDocumentFile(file: string, io: CommandIo): ResolutionDocument | undefined {
  try {
    return readDocument(io.readFile(file));
  } catch (error) {
    // Said in the environment's language (LC_ALL, LC_MESSAGES, LANG), else English.
    const locale = localeOfEnvironment(io.env ?? {});
    const t = translator(locale);
    if (error instanceof InterchangeFormatError)
      io.stderr(`export: ${interchangeProblemText(t('export.notInterchange', { file }), error, locale)}\n`);
    else if (error instanceof AkomaNtosoFormatError)
      io.stderr(`export: ${t('export.notAkomaNtoso', { file })}: ${akomaNtosoProblemText(error, locale)}\n`);
    else throw error;
    return undefined;
  }
}

/** A document from interchange JSON, an Akoma Ntoso file or plain text, told apart by their first character. */
function readDocument(source: string): ResolutionDocument {
  const start = source.trimStart();
  if (start.startsWith('{')) return fromInterchange(source);
  if (start.startsWith('<')) return importAkomaNtoso(source);
  return importResolution(source).document;
}

function parseArgs(args: readonly string[], today: string): ExportArgs {
  let file: string | undefined;
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let body: string | undefined;
  let against: string | undefined;
  let marks: 'tracked' | 'printed' = 'tracked';
  let date = today;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const chosen = value();
        if (!(chosen in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')} (got "${chosen}")`);
        format = chosen as ExportFormat;
        break;
      }
      case '--out':
        out = value();
        break;
      case '--body':
        body = value();
        break;
      case '--date':
        date = value();
        if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError(`--date must be YYYY-MM-DD (got "${date}")`);
        break;
      case '--against':
        against = value();
        break;
      case '--marks': {
        const v = value();
        if (v !== 'tracked' && v !== 'printed') throw new UsageError('--marks must be tracked or printed');
        marks = v;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError(`unexpected argument ${arg}`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('missing <file>');
  if (format === undefined) throw new UsageError('missing --format');
  if (format === 'docx' && out === undefined) throw new UsageError('--out names the .docx to write');
  if (against !== undefined && format !== 'docx')
    throw new UsageError('--against marks a text against a base in Word: use it with --format docx');
  return {
    file,
    format,
    date,
    marks,
    ...(out !== undefined ? { out } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(against !== undefined ? { against } : {}),
  };
}
