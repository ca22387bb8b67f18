/**
 * `cli import <file> [--lang ar|en|fr|es|ru|zh] [--style itu|unga] [--json | --text]`:
 * imports a resolution from extracted plain text and prints its interchange JSON (the
 * default) or its clean text; import warnings go to stderr as "line N: message", in Arabic or
 * English as the environment's language says (LC_ALL, LC_MESSAGES, LANG; `--lang` is the document's).
 * A `.docx` is read as Word (tracked changes accepted, numbering and footnotes kept) through
 * the same importer, within the upload limits; a refused file exits 1 with its reason.
 */
import { UploadRefused, importWordDocument } from '#libs/documents';
import type { DocumentStyle, ImportResult, LanguageCode } from '#libs/text';
import { importResolution, renderCleanText, toInterchange } from '#libs/text';
import { importWarningMessage, isMessageKey, localeOfEnvironment, translator } from '#libs/web';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';
import { SILENT_PROGRESS } from '../progress';

const languages: readonly LanguageCode[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];
const styles: readonly DocumentStyle[] = ['itu', 'unga'];

interface ImportArgs {
  readonly file: string;
  readonly language?: LanguageCode;
  readonly style?: DocumentStyle;
  readonly output: 'json' | 'text';
}

class UsageError {
  constructor(readonly message: string) {}
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import a resolution from plain text or a .docx; print interchange JSON (--json) or clean text (--text)',
  usage: 'import <file> [--lang ar|en|fr|es|ru|zh] [--style itu|unga] [--json | --text]',

  run(args: readonly string[], io: CommandIo): number {
    let parsed: ImportArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`import: ${error.message}\nusage: cli ${this.usage}\n`);
      return USAGE_ERROR;
    }
    if (!io.fileExists(parsed.file)) {
      io.stderr(`import: no such file: ${parsed.file}\n`);
      return USAGE_ERROR;
    }
    const options = { language: parsed.language, style: parsed.style };
    let imported: ImportResult;
    // The importers take the file whole: the progress tells how much was read and how fast, once done.
    const progress = io.progress?.({ label: `import ${parsed.file}`, unit: 'bytes' }) ?? SILENT_PROGRESS;
    try {
      if (/\.docx$/iu.test(parsed.file)) {
        const bytes = io.readBytes(parsed.file);
        progress.update(0, bytes.byteLength);
        imported = importWordDocument(bytes, options);
        progress.update(bytes.byteLength);
      } else {
        const text = io.readFile(parsed.file);
        progress.update(0, Buffer.byteLength(text));
        imported = importResolution(text, options);
        progress.update(Buffer.byteLength(text));
      }
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      // In English the refusal's own sentence, with its figures; in Arabic the pages' message for the same refusal.
      const key = `upload.${error.code}`;
      const arabic = localeOfEnvironment(io.env ?? {}) === 'ar' && isMessageKey(key);
      io.stderr(`import: refused (${error.code}): ${arabic ? translator('ar')(key) : error.message}\n`);
      return 1;
    } finally {
      progress.finish();
    }
    const { document, warnings } = imported;
    const t = translator(localeOfEnvironment(io.env ?? {}));
    for (const warning of warnings) io.stderr(`line ${warning.line}: ${importWarningMessage(t, warning)}\n`);
    io.stdout(parsed.output === 'text' ? renderCleanText(document) : `${JSON.stringify(toInterchange(document, warnings), null, 2)}\n`);
    return 0;
  },
};

function parseArgs(args: readonly string[]): ImportArgs {
  let file: string | undefined;
  let language: LanguageCode | undefined;
  let style: DocumentStyle | undefined;
  let output: 'json' | 'text' | undefined;
  const setOutput = (value: 'json' | 'text') => {
    if (output !== undefined && output !== value) throw new UsageError('choose one of --json and --text');
    output = value;
  };
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
      case '--lang':
        language = oneOf(value(), languages, '--lang');
        break;
      case '--style':
        style = oneOf(value(), styles, '--style');
        break;
      case '--json':
        setOutput('json');
        break;
      case '--text':
        setOutput('text');
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        if (file !== undefined) throw new UsageError(`unexpected argument ${arg}`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('missing <file>');
  return { file, language, style, output: output ?? 'json' };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
