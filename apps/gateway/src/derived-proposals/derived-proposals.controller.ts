import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { ImportWarning, ResolutionDocument, diffDocuments, fromInterchange, importResolution, renderMarkedText, toInterchange } from '#libs/text';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, JSON_BODY_PROBLEMS, ProblemException, Roles, problem } from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { GetDocument, GetDocumentVersion } from '../queries';
import { DeriveProposalDto, DerivedProposalView } from './derived-proposal.dtos';
import { submittableProposal } from './submittable-proposal';

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
  @ApiOkResponse({ type: DerivedProposalView })
  async derive(@Param('id', ParseUUIDPipe) documentId: string, @Body() dto: DeriveProposalDto): Promise<DerivedProposalView> {
    if (dto.source !== undefined && dto.document !== undefined) throw invalid('send the text as source or as document, not both');
    const document = await this.queries.execute(new GetDocument(documentId));
    const version = document && (await this.queries.execute(new GetDocumentVersion(documentId, document.currentVersion)));
    if (!document || !version) {
      throw new ProblemException(problem(404, 'not-found', 'Not found', `No document ${documentId} (yet: a new one appears once projected).`));
    }
    const base = fromInterchange(version.text);
    let target: ResolutionDocument;
    let importWarnings: readonly ImportWarning[] = [];
    if (dto.source !== undefined) {
      // The same importer, in the same language and style, as the document's base text.
      const imported = importResolution(dto.source, { language: base.language, style: base.style });
      // Read back as the version is (from the interchange form), so that only the words can differ, not how they are kept.
      target = fromInterchange(toInterchange(imported.document));
      importWarnings = imported.warnings;
    } else {
      try {
        target = fromInterchange(dto.document);
      } catch (error) {
        throw invalid(`document: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Provisions are recognised by their wording, whatever ids the text sent carries.
    const { operations, warnings, proposed } = submittableProposal(withSortedMetadata(base), withSortedMetadata(target));
    const amendments = operations.map((operation) => ({ operation }));
    const diff = diffDocuments(base, proposed);
    return {
      documentId,
      versionNumber: version.number,
      versionLabel: version.label,
      amendments,
      substance: { kind: 'amendments', documentId, versionNumber: version.number, amendments },
      warnings: [...warnings],
      importWarnings: [...importWarnings],
      preview: { text: renderMarkedText(diff, 'text'), html: renderMarkedText(diff, 'html') },
    };
  }
}

/**
 * The cover's fields in one order: the read model keeps the version in jsonb, which orders
 * keys its own way, and the text engine compares covers as written.
 */
function withSortedMetadata(doc: ResolutionDocument): ResolutionDocument {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sorted(item)]))
        : value;
  return { ...doc, metadata: sorted(doc.metadata) as ResolutionDocument['metadata'] };
}
