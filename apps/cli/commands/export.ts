/**
 * `cli export <file> --format akn|json [--body <name>] [--date <YYYY-MM-DD>]`: a resolution,
 * given as interchange JSON (as `cli import` prints it, or the `text` of GET
 * /documents/{id}/text), as an Akoma Ntoso file or as extracted plain text, written to
 * stdout as an Akoma Ntoso 1.0 file or as interchange JSON. The body ("ITU Council") names
 * the work's author.
 */
import { AkomaNtosoFormatError, bareContext, exportAkomaNtoso, importAkomaNtoso } from '#libs/documents';
import { InterchangeFormatError, ResolutionDocument, fromInterchange, importResolution, toInterchange } from '#libs/text';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';

/** The formats the command writes, each from a document and what the file says beyond it. */
const FORMATS = {
  akn: (doc: ResolutionDocument, args: ExportArgs) => exportAkomaNtoso(doc, bareContext(doc.metadata.symbol ?? args.file, args.date, args.body)),
  json: (doc: ResolutionDocument) => `${JSON.stringify(toInterchange(doc), null, 2)}\n`,
} as const;

type ExportFormat = keyof typeof FORMATS;

interface ExportArgs {
  readonly file: string;
  readonly format: ExportFormat;
  readonly body?: string;
  readonly date: string;
}

class UsageError {
  constructor(readonly message: string) {}
}

export function exportCommand(today: () => Date = () => new Date()): Command {
  return {
    name: 'export',
    summary: 'write a resolution (interchange JSON, Akoma Ntoso or plain text) to stdout as an Akoma Ntoso file (--format akn) or interchange JSON (--format json)',
    usage: 'export <file> --format akn|json [--body <name>] [--date <YYYY-MM-DD>]',

    run(args: readonly string[], io: CommandIo): number {
      let parsed: ExportArgs;
      try {
        parsed = parseArgs(args, today().toISOString().slice(0, 10));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`export: ${error.message}\nusage: cli ${this.usage}\n`);
        return USAGE_ERROR;
      }
      if (!io.fileExists(parsed.file)) {
        io.stderr(`export: no such file: ${parsed.file}\n`);
        return USAGE_ERROR;
      }
      const source = io.readFile(parsed.file);
      let doc: ResolutionDocument;
      try {
        doc = readDocument(source);
      } catch (error) {
        if (error instanceof InterchangeFormatError) io.stderr(`export: ${parsed.file} is not an interchange document: ${error.message}\n`);
        else if (error instanceof AkomaNtosoFormatError) io.stderr(`export: ${parsed.file} is not an Akoma Ntoso statement this system wrote: ${error.message}\n`);
        else throw error;
        return 1;
      }
      io.stdout(FORMATS[parsed.format](doc, parsed));
      return 0;
    },
  };
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
  let body: string | undefined;
  let date = today;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
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
      case '--body':
        body = value();
        break;
      case '--date':
        date = value();
        if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError(`--date must be YYYY-MM-DD (got "${date}")`);
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError(`unexpected argument ${arg}`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('missing <file>');
  if (format === undefined) throw new UsageError('missing --format');
  return { file, format, date, ...(body !== undefined ? { body } : {}) };
}
