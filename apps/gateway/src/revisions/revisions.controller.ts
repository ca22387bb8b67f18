import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES, deriveRevision } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, JSON_BODY_PROBLEMS, ProblemException, Roles, problem } from '#libs/runtime';
import { diffDocuments, fromInterchange, renderMarkedText } from '#libs/text';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { GetDocument, ListDocumentVersions } from '../documents';
import { importWarningViews } from '../views/import-warning.view';
import { IssueRevisionDto, RevisionTextDto } from './revision.dtos';
import { revisionTextOf } from './revision-text';
import { RevisionListView, RevisionPreviewView, revisionChangeViews } from './revision.view';
import { ListRevisions } from './list-revisions';
import { carriedAmendments } from './carried-amendments';

function noDocument(documentId: string): ProblemException {
  return new ProblemException(problem(404, 'not-found', 'Not found', `No document ${documentId} (yet: a new one appears once projected).`));
}

/** Revisions by the chair or co-facilitators: Rev.N of a draft, issued as a whole new text. */
@ApiTags('revisions')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class RevisionsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('documents/:id/revisions/preview')
  @HttpCode(200)
  @Roles(...COMMAND_ROLES.IssueRevision)
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, ...JSON_BODY_PROBLEMS, 'bad-request', 'forbidden', 'restricted', 'not-found')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'The language of the import warnings: Arabic or English.' })
  @ApiOperation({
    operationId: 'RevisionsController_preview',
    summary:
      'The changes a revision text would make to the working text, what they cannot express, and the marked text (a chair). Records nothing.',
  })
  @ApiOkResponse({ type: RevisionPreviewView })
  async preview(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: RevisionTextDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<RevisionPreviewView> {
    const [document, versions] = await Promise.all([
      this.queries.execute(new GetDocument(documentId)),
      this.queries.execute(new ListDocumentVersions(documentId)),
    ]);
    if (!document || !versions) throw noDocument(documentId);
    const working = fromInterchange(document.working);
    const { text, importWarnings } = revisionTextOf(dto, working, acceptLanguage);
    const derived = deriveRevision(working, text);
    const diff = diffDocuments(working, derived.text);
    return {
      documentId,
      versionNumber: versions.length + 1,
      label: `Rev.${versions.filter((v) => v.revision).length + 1}`,
      basedOn: document.currentVersion,
      changes: revisionChangeViews(derived.changes, working, derived.text),
      unexpressed: derived.unexpressed.map((item) => ({ ...item })),
      importWarnings: importWarningViews(importWarnings, acceptLanguage),
      marked: { text: renderMarkedText(diff, 'text'), html: renderMarkedText(diff, 'html') },
      amendments: await carriedAmendments(this.queries, documentId, working, derived.text),
    };
  }

  @Post('documents/:id/revisions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.IssueRevision)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'RevisionsController_issue',
    summary:
      'Issue a revision (Rev.N) of the document as a whole new text (a chair, while the text is negotiated): the changes from the working text are derived and recorded as a new version; ' +
      'undecided amendments are rebased onto it or overtaken. Refused when it changes nothing or cannot be expressed as changes.',
  })
  async issue(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: IssueRevisionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const document = await this.queries.execute(new GetDocument(documentId));
    if (!document) throw noDocument(documentId);
    // The text is read as the preview reads it; the ledger derives the changes from its own working text.
    const { text } = revisionTextOf(dto, fromInterchange(document.working), context.request.header('accept-language'));
    const decisionId = dto.decisionId ?? context.newId('decision');
    const outcome = await this.commands.send(context, {
      kind: 'IssueRevision',
      documentId,
      decisionId,
      text,
      date: dto.date,
      ...(dto.label ? { label: dto.label } : {}),
      ...(dto.symbol ? { symbol: dto.symbol } : {}),
      ...(dto.meetingId ? { meetingId: dto.meetingId } : {}),
      ...(dto.meeting ? { meeting: dto.meeting } : {}),
      ...(dto.reflects ? { reflects: dto.reflects } : {}),
      ...(dto.overtake ? { overtake: dto.overtake } : {}),
    });
    return CreatedView.of(decisionId, outcome);
  }

  @Get('documents/:id/revisions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'restricted', 'not-found')
  @ApiOperation({ operationId: 'RevisionsController_list', summary: "The document's revisions (Rev.1, Rev.2, ...), in the order issued." })
  @ApiOkResponse({ type: RevisionListView })
  async list(@Param('id', ParseUUIDPipe) documentId: string): Promise<RevisionListView> {
    const document = await this.queries.execute(new GetDocument(documentId));
    if (!document) throw noDocument(documentId);
    return { items: await this.queries.execute(new ListRevisions(documentId)) };
  }
}
