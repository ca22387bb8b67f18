import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_WARNING_KEYS, ImportWarning, ImportWarningKey } from '#libs/text';
import { DEFAULT_LOCALE, fromAcceptLanguage, importWarningMessage, translator } from '#libs/web';
import { CreatedView } from '../commands/created.view';

/** What the importer could not place or had to interpret: its message key and parameters, and the message in the reader's language. */
export class ImportWarningView {
  @ApiProperty({ type: 'integer', description: 'The 1-based line of the source.', example: 38 }) line: number;
  @ApiProperty({
    enum: IMPORT_WARNING_KEYS,
    description: 'The message key (docs/text-engine.md lists them); stable, for clients that translate it themselves.',
  })
  key: ImportWarningKey;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    description: "What the key's message names: a label or an excerpt as printed, a footnote's number.",
    example: { label: '4 5', readAs: '5' },
  })
  params: Readonly<Record<string, string | number>>;
  @ApiProperty({ description: "The line's text as read." }) text: string;
  @ApiProperty({ description: 'The message in the language Accept-Language prefers among Arabic and English (English otherwise).' })
  message: string;
}

/** The warnings as the HTTP answer carries them, each message in the language Accept-Language asks for. */
export function importWarningViews(warnings: readonly ImportWarning[], acceptLanguage: string | undefined): ImportWarningView[] {
  const t = translator(fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE);
  return warnings.map((warning) => ({
    line: warning.line,
    key: warning.key,
    params: { ...warning.params },
    text: warning.text,
    message: importWarningMessage(t, warning),
  }));
}

/** What registering a base text answers: the command's outcome and the warnings of its import (none for the interchange format). */
export class RegisteredDocumentView extends CreatedView {
  @ApiProperty({ type: [ImportWarningView] }) warnings: ImportWarningView[];
}
