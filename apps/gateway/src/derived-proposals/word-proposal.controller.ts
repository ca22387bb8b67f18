import { Controller, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { COMMAND_ROLES } from '#libs/domain';
import type { AppConfig } from '#libs/platform';
import {
  APP_CONFIG,
  AUTHENTICATION_PROBLEMS,
  ApiProblemResponses,
  WORD_UPLOAD_PROBLEMS,
  ProblemException,
  Roles,
  problem,
} from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { DocxWarningView, docxWarningViews } from '../word-uploads/docx-warning.view';
import { notSentAsWord, readingUpload } from '../word-uploads/upload-problems';
import { WORD_CONTENT_TYPE, wordUploadOf } from '../word-uploads/word-body';
import { DerivedProposalWarningView, DerivedSubstanceView, ProposalPreviewView } from './derived-proposal.view';
import { currentVersionOf } from './derive-proposal';
import { deriveWordProposal } from './word-proposal';

class WordAmendmentView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'An operation as a contribution of amendments takes it.' })
  operation: object;
  @ApiPropertyOptional({ description: 'The reasons the document gives for the proposal ("Reasons: ..." after it).' }) explanation?: string;
}

/** What a Word contribution proposes against the current version; nothing is recorded. */
class WordProposalView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ example: 1 }) versionNumber: number;
  @ApiProperty({ example: 'Modified 2023' }) versionLabel: string;
  @ApiProperty({
    description:
      'Whether the changes were read from tracked changes (else from the printed marks: underlined, struck through, MOD/ADD/SUP).',
  })
  tracked: boolean;
  @ApiProperty({ type: [WordAmendmentView], description: 'The amendments, in order, with their reasons: submit `substance` as it is.' })
  amendments: WordAmendmentView[];
  @ApiProperty({ type: DerivedSubstanceView, description: 'The `substance` of a contribution (`POST /contributions`) that submits them.' })
  substance: object;
  @ApiProperty({ type: [DocxWarningView], description: 'Paragraphs of the document that gave no amendment, each with its number.' })
  docxWarnings: DocxWarningView[];
  @ApiProperty({ type: [DerivedProposalWarningView], description: 'Differences the amendments do not carry.' })
  warnings: DerivedProposalWarningView[];
  @ApiProperty({ type: [String], description: 'Parts of the file never opened: macros, embedded objects, images...' })
  ignoredParts: string[];
  @ApiProperty({ type: ProposalPreviewView }) preview: ProposalPreviewView;
}

/** A contribution written in Word turned into the amendments it proposes, before anything is submitted. */
@ApiTags('amendments and decisions')
@ApiBearerAuth()
@ApiExtraModels(WordProposalView)
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class WordProposalController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('documents/:id/derived-proposal/docx')
  @HttpCode(200)
  @Roles(...COMMAND_ROLES.ProposeAmendment)
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...WORD_UPLOAD_PROBLEMS, 'bad-request', 'forbidden', 'restricted', 'not-found')
  @ApiConsumes(WORD_CONTENT_TYPE)
  @ApiBody({
    description: 'The .docx itself as the request body (at most MAX_UPLOAD_BYTES).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      'Read a contribution written in Word (tracked changes, or the printed marks: underlined added, struck deleted, MOD/ADD/SUP, then "Reasons:") into the amendments it proposes to the current version, each matched with the provision it touches by label and words, with the paragraphs that gave none and the marked text. Records nothing: submit `substance` as a contribution. A hostile or wrong file is refused with problem details (413, 415, 422).',
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: "The language of the warnings' `message`: Arabic or English (the default).",
  })
  @ApiOkResponse({ type: WordProposalView })
  async derive(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Req() request: Request,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<WordProposalView> {
    const upload = wordUploadOf(request);
    if (!upload) throw notSentAsWord(WORD_CONTENT_TYPE);
    const version = await currentVersionOf(this.queries, documentId);
    if (!version)
      throw new ProblemException(
        problem(404, 'not-found', 'Not found', `No document ${documentId} (yet: a new one appears once projected).`),
      );
    const derived = readingUpload(() => deriveWordProposal(version.text, upload, this.config.uploads), acceptLanguage);
    const amendments = derived.amendments.map((amendment) => ({ ...amendment }));
    return {
      documentId,
      versionNumber: version.number,
      versionLabel: version.label,
      tracked: derived.tracked,
      amendments,
      substance: { kind: 'amendments', documentId, versionNumber: version.number, amendments },
      docxWarnings: docxWarningViews(derived.docxWarnings, acceptLanguage),
      warnings: [...derived.warnings],
      ignoredParts: [...derived.ignoredParts],
      preview: derived.preview,
    };
  }
}
