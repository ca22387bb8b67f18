import { Controller, Headers, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { importWordDocument } from '#libs/documents';
import { COMMAND_ROLES } from '#libs/domain';
import type { AppConfig } from '#libs/platform';
import { APP_CONFIG, AUTHENTICATION_PROBLEMS, ApiProblemResponses, WORD_UPLOAD_PROBLEMS, Roles } from '#libs/runtime';
import { InterchangeDocument, toInterchange } from '#libs/text';
import { ImportWarningView, importWarningViews } from '../views/import-warning.view';
import { INTERCHANGE } from '../views/view-fields';
import { notSentAsWord, readingUpload } from './upload-problems';
import { WORD_CONTENT_TYPE, wordUploadOf } from './word-body';

/** A Word document read as a base text or a new draft; nothing is recorded. */
class WordImportView {
  @ApiProperty({
    description:
      'The plain text the importer read, a line per paragraph (tracked changes accepted): send it as `source` to register the text or submit the draft.',
  })
  source: string;
  @ApiProperty({ enum: ['rtl', 'ltr'], description: "The document's direction (`w:bidi`)." }) direction: 'rtl' | 'ltr';
  @ApiProperty(INTERCHANGE) document: InterchangeDocument;
  @ApiProperty({ type: [ImportWarningView], description: "The importer's warnings; `line` is a line of `source`." })
  warnings: ImportWarningView[];
  @ApiProperty({ type: [String], description: 'Parts of the file never opened: macros, embedded objects, images...' })
  ignoredParts: string[];
}

/** Word documents read into texts, before anything is registered or submitted. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
export class WordImportController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('word-imports')
  @HttpCode(200)
  // A chair reads a revision written in Word the same way, and issues it as plain text; a translator, a language version.
  @Roles(
    ...COMMAND_ROLES.RegisterDocument,
    ...COMMAND_ROLES.SubmitContribution,
    ...COMMAND_ROLES.IssueRevision,
    ...COMMAND_ROLES.AddLanguageVersion,
  )
  @ApiProblemResponses(...WORD_UPLOAD_PROBLEMS, 'forbidden')
  @ApiConsumes(WORD_CONTENT_TYPE)
  @ApiBody({
    description: 'The .docx itself as the request body (at most MAX_UPLOAD_BYTES).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      'Read a base text, a new draft or a revision (by a chair) from a Word document (paragraphs, automatic numbering, footnotes, direction; tracked changes accepted) through the plain-text importer. Records nothing: register, submit or issue as a revision the `source` it answers. A hostile or wrong file is refused with problem details (413, 415, 422).',
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: "The language of the warnings' `message`: Arabic or English (the default).",
  })
  @ApiOkResponse({ type: WordImportView })
  read(@Req() request: Request, @Headers('accept-language') acceptLanguage: string | undefined): WordImportView {
    const upload = wordUploadOf(request);
    if (!upload) throw notSentAsWord(WORD_CONTENT_TYPE);
    const read = readingUpload(() => importWordDocument(upload, {}, this.config.uploads), acceptLanguage);
    return {
      source: read.source,
      direction: read.direction,
      document: toInterchange(read.document),
      warnings: importWarningViews(read.warnings, acceptLanguage),
      ignoredParts: [...read.ignoredParts],
    };
  }
}
