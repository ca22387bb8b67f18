import { ApiProperty } from '@nestjs/swagger';
import { DOCX_WARNING_KEYS, DocxWarning, DocxWarningKey } from '#libs/documents';
import { DEFAULT_LOCALE, fromAcceptLanguage, translator } from '#libs/web';

/** A paragraph of the Word document the reader could not turn into an amendment. */
export class DocxWarningView {
  @ApiProperty({ type: 'integer', description: 'The 1-based paragraph of the Word document.', example: 12 }) paragraph: number;
  @ApiProperty({ enum: DOCX_WARNING_KEYS, description: 'The message key; stable, for clients that translate it themselves.' })
  key: DocxWarningKey;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    description: 'What the message names.',
  })
  params: Readonly<Record<string, string | number>>;
  @ApiProperty({ description: "The paragraph's words as read." }) text: string;
  @ApiProperty({ description: 'The message in the language Accept-Language prefers among Arabic and English (English otherwise).' })
  message: string;
}

export function docxWarningViews(warnings: readonly DocxWarning[], acceptLanguage: string | undefined): DocxWarningView[] {
  const t = translator(fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE);
  return warnings.map((warning) => ({
    paragraph: warning.paragraph,
    key: warning.key,
    params: { ...warning.params },
    text: warning.text,
    message: t(warning.key, warning.params),
  }));
}
