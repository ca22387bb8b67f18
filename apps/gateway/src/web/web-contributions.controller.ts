import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition, docxFileName, renderContributionHtml, renderContributionTrackedDocx } from '#libs/documents';
import { ContributionProposalModel, ContributionRevisionModel, DraftCoverModel, contributionPage } from '#libs/web';
import { CompilationView } from '../compilation';
import { ContributionRevisionView, ContributionView, GetContribution, ListContributionRevisions } from '../contributions';
import { PdfPrinter } from '../pdf';
import { WebAccess } from './web-access';
import { notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { idParameter, noticesAfter, sendPage, sendWordFile } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession } from './web-session';

/** The amendment ids a revision's substance names (none for a draft or a report). */
function amendmentIdsOf(substance: ContributionView['substance']): readonly string[] {
  return substance.kind === 'amendments' ? substance.amendmentIds : [];
}

/** Every proposal of a compilation with the section and the label it bears on, as printed. */
function placedProposals(compilation: CompilationView): ContributionProposalModel[] {
  return [
    ...compilation.sections.flatMap((section) => [
      ...section.proposals.map((proposal) => ({ proposal, section: section.heading })),
      ...section.provisions.flatMap((provision) =>
        provision.proposals.map((proposal) => ({
          proposal,
          section: section.heading,
          ...(provision.label ? { label: provision.label } : {}),
        })),
      ),
    ]),
    ...compilation.unplaced.map((proposal) => ({ proposal })),
  ];
}

/**
 * A contribution's own page (its cover, its co-submitters' answers, its proposals with their
 * marked text and status, its revisions side by side) and the files it is printed as: Word
 * as the body prints it, Word with the amendments as tracked changes, and PDF.
 */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebContributionsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PdfPrinter) private readonly printer: PdfPrinter,
  ) {}

  @Get('contributions/:id')
  async page(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { contributionId, ctx } = await this.readable(id, request, response);
    // After a form of this page (a revision), the read models are waited for before they are read.
    const notices = await noticesAfter(request, ctx, this.reads);
    const [contribution, revisions] = await Promise.all([
      this.queries.execute<GetContribution, ContributionView | null>(new GetContribution(contributionId)),
      this.queries.execute<ListContributionRevisions, ContributionRevisionView[] | null>(new ListContributionRevisions(contributionId)),
    ]);
    if (!contribution) throw notFound();
    const [consultation, stakeholders] = await Promise.all([
      this.reads.consultation(contribution.consultationId),
      this.reads.stakeholders(),
    ]);
    if (!consultation) throw notFound();
    const substance = contribution.substance;
    const documentId = substance.kind === 'report' ? undefined : substance.documentId;
    const document = documentId ? await this.reads.document(documentId) : undefined;
    const allRevisions = revisions ?? [];
    const proposals = documentId
      ? await this.proposalsOf(documentId, [...amendmentIdsOf(substance), ...allRevisions.flatMap((r) => amendmentIdsOf(r.substance))])
      : new Map<string, ContributionProposalModel>();
    const pick = (ids: readonly string[]) =>
      ids.flatMap((amendmentId) => (proposals.has(amendmentId) ? [proposals.get(amendmentId)!] : []));
    sendPage(
      response,
      contributionPage(ctx, {
        contribution,
        consultation,
        stakeholders: new Map(stakeholders.map((s) => [s.id, s])),
        ...(document ? { document } : {}),
        ...(substance.kind === 'draft' ? { draftCover: await this.draftCover(substance.documentId) } : {}),
        proposals: pick(amendmentIdsOf(substance)),
        revisions: allRevisions.map((revision): ContributionRevisionModel => ({
          revision: revision.revision,
          cover: revision.cover,
          recordedAt: revision.recordedAt,
          proposals: pick(amendmentIdsOf(revision.substance)),
        })),
        pdf: this.printsPdf(),
        notices,
      }),
    );
  }

  @Get('contributions/:id/contribution-tracked.docx')
  async trackedWord(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const contribution = await this.reads.contributionForWord((await this.readable(id, request, response)).contributionId);
    if (!contribution) throw notFound();
    sendWordFile(response, {
      bytes: await renderContributionTrackedDocx(contribution),
      fileName: docxFileName(contribution.symbol, 'tracked'),
      language: contribution.language,
    });
  }

  @Get('contributions/:id/contribution.pdf')
  async pdf(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { contributionId } = await this.readable(id, request, response);
    this.printer.assertAvailable();
    const contribution = await this.reads.contributionForWord(contributionId);
    if (!contribution) throw notFound();
    const pdf = await this.printer.print({ html: renderContributionHtml(contribution), language: contribution.language });
    response
      .status(200)
      .setHeader('Content-Type', 'application/pdf')
      .setHeader('Content-Language', contribution.language)
      .setHeader('Content-Disposition', attachmentDisposition(docxFileName(contribution.symbol).replace(/\.docx$/u, '.pdf')))
      .send(pdf);
  }

  /**
   * The proposals named, from the compilations of the versions they were drafted against: a
   * compilation prints each proposal with its marked words and the provision it bears on.
   */
  private async proposalsOf(documentId: string, amendmentIds: readonly string[]): Promise<Map<string, ContributionProposalModel>> {
    const wanted = new Set(amendmentIds);
    const found = new Map<string, ContributionProposalModel>();
    if (wanted.size === 0) return found;
    const versions = await this.reads.versions(documentId);
    for (const version of [...versions].reverse()) {
      const compilation = await this.reads.compilation(documentId, version.number);
      if (!compilation) continue;
      for (const item of placedProposals(compilation))
        if (wanted.has(item.proposal.amendmentId) && !found.has(item.proposal.amendmentId)) found.set(item.proposal.amendmentId, item);
      if (found.size === wanted.size) break;
    }
    return found;
  }

  /** What the importer read from a draft's cover beyond the contribution's own fields (a conference contribution's summary, expected results, priority area). */
  private async draftCover(documentId: string): Promise<DraftCoverModel | undefined> {
    const answer = await this.reads.text(documentId, { kind: 'version', versionNumber: 1 });
    if (!answer.ok) return undefined;
    const { summary, expectedResults, priorityArea } = answer.value.document.metadata;
    return {
      ...(typeof summary === 'string' ? { summary } : {}),
      ...(typeof expectedResults === 'string' ? { expectedResults } : {}),
      ...(typeof priorityArea === 'string' ? { priorityArea } : {}),
    };
  }

  private printsPdf(): boolean {
    try {
      this.printer.assertAvailable();
      return true;
    } catch {
      return false;
    }
  }

  /** The contribution asked for, once the session's actor may read it (a restricted consultation's drafts are for its participants). */
  private async readable(id: string, request: Request, response: Response) {
    const contributionId = idParameter(id);
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'contribution', contributionId);
    return { contributionId, ctx };
  }
}
