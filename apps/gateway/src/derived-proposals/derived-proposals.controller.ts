import { Body, Controller, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, JSON_BODY_PROBLEMS, ProblemException, Roles, problem } from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { importWarningViews } from '../views/import-warning.view';
import { DeriveProposalDto } from './derived-proposal.dtos';
import { DerivedProposalView } from './derived-proposal.view';
import { currentVersionOf, deriveProposal } from './derive-proposal';

function invalid(detail: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail));
}

/** A stakeholder's whole text turned into the amendments it proposes, before anything is submitted. */
@ApiTags('amendments and decisions')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class DerivedProposalsController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Post('documents/:id/derived-proposal')
  @HttpCode(200)
  @Roles(...COMMAND_ROLES.ProposeAmendment)
  // It reads the current version, a draft: a restricted consultation's is for its participants.
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...JSON_BODY_PROBLEMS, 'bad-request', 'forbidden', 'restricted', 'not-found')
  @ApiOperation({
    summary:
      'Derive the amendments a whole text proposes to the current version (MOD, ADD, SUP, MOVE, headings, title, sections, footnotes), with what they cannot carry and the marked text they give. Records nothing: submit `substance` as a contribution.',
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: "The language of the import warnings' `message`: Arabic or English (the default).",
  })
  @ApiOkResponse({ type: DerivedProposalView })
  async derive(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: DeriveProposalDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<DerivedProposalView> {
    if (dto.source !== undefined && dto.document !== undefined) throw invalid('send the text as source or as document, not both');
    const version = await currentVersionOf(this.queries, documentId);
    if (!version) {
      throw new ProblemException(
        problem(404, 'not-found', 'Not found', `No document ${documentId} (yet: a new one appears once projected).`),
      );
    }
    const derived = deriveProposal(
      version.text,
      dto.source !== undefined ? { source: dto.source } : { document: dto.document },
      acceptLanguage,
    );
    const amendments = derived.operations.map((operation) => ({ operation }));
    return {
      documentId,
      versionNumber: version.number,
      versionLabel: version.label,
      amendments,
      substance: { kind: 'amendments', documentId, versionNumber: version.number, amendments },
      warnings: derived.warnings.map(({ code, message, id, operation }) => ({
        code,
        message,
        ...(id !== undefined ? { id } : {}),
        ...(operation ? { operation } : {}),
      })),
      importWarnings: importWarningViews(derived.importWarnings, acceptLanguage),
      preview: derived.preview,
    };
  }
}
