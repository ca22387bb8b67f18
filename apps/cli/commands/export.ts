/**
 * `cli export <file> --format docx --out <file.docx> [--against <base>] [--marks tracked|printed]`:
 * writes a text as Word in the body's layout; with `--against`, the text marked against that
 * base (Word's tracked changes, by the secretariat, or the printed convention). A text is
 * read as interchange JSON when its name ends in .json, else imported from plain text.
 */
import { renderDocumentDocx, renderMarkedDocx, secretariatName } from '#libs/documents';
import { ResolutionDocument, fromInterchange, importResolution } from '#libs/text';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';

interface ExportArgs {
  readonly file: string;
  readonly out: string;
  readonly against?: string;
  readonly marks: 'tracked' | 'printed';
}

class UsageError {
  constructor(readonly message: string) {}
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a text as Word (.docx), or marked against a base with --against (tracked changes or --marks printed)',
  usage: 'export <file> --format docx --out <file.docx> [--against <base>] [--marks tracked|printed]',

  async run(args: readonly string[], io: CommandIo): Promise<number> {
    let parsed: ExportArgs;
    try {
      parsed = parseArgs(args);
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
    const text = readText(parsed.file, io);
    const bytes = parsed.against
      ? await renderMarkedDocx(readText(parsed.against, io), text, { form: parsed.marks, fallback: { author: secretariatName(text.language), date: new Date().toISOString() } })
      : await renderDocumentDocx(text);
    io.writeFile(parsed.out, bytes);
    io.stdout(`${parsed.out}\n`);
    return 0;
  },
};

function readText(file: string, io: CommandIo): ResolutionDocument {
  const source = io.readFile(file);
  return file.endsWith('.json') ? fromInterchange(JSON.parse(source)) : importResolution(source).document;
}

function parseArgs(args: readonly string[]): ExportArgs {
  let file: string | undefined;
  let out: string | undefined;
  let against: string | undefined;
  let format: string | undefined;
  let marks: 'tracked' | 'printed' = 'tracked';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format':
        format = value();
        break;
      case '--out':
        out = value();
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
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError('give one file');
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('give the file of the text');
  if (format !== 'docx') throw new UsageError('--format must be docx');
  if (out === undefined) throw new UsageError('--out names the .docx to write');
  return { file, out, marks, ...(against ? { against } : {}) };
}
