import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ConsultationView, GetConsultation, ListConsultations } from '../consultations';
import { CompilationView, GetCompilation } from '../compilation';
import type { Locale } from '#libs/web';
import { HistoryCursor, HistoryFilter, HistoryPage, ListConsultationHistory } from '../history';
import { GetProvisionProvenance, ProvisionProvenanceView } from '../provenance';
import { ListProjectionStatuses, ProjectionStatusView } from '../projections';
import { ListStakeholders, StakeholderView } from '../stakeholders';
import { ExplanationView, ListExplanations } from '../explanations';
import { ContributionView, GetContributionForWord, ListContributions } from '../contributions';
import { InputFilter, ListStakeholderInputs, StakeholderInputView } from '../inputs';
import {
  AmendmentView,
  DocumentSummaryView,
  DocumentVersionSummaryView,
  GetAmendment,
  GetDocument,
  ListAmendmentsOfDocument,
  ListDocumentVersions,
  ListDocumentsOfConsultation,
} from '../documents';
import type { ContributionForWord, RevisionAuthorship } from '#libs/documents';
import {
  DocumentTextAt,
  GetDocumentText,
  GetMarkedText,
  GetRevisionAuthorship,
  MarkedComparison,
  MarkedRange,
  TextAnswer,
  TextMoment,
} from '../texts';

const PAGE = 100;
/** How long a page waits for the read models to show what its viewer just recorded. */
const CATCH_UP_MS = 5_000;

/**
 * What the pages read, through the gateway's own queries (the same the API answers from):
 * the pages never read a table themselves.
 */
@Injectable()
export class WebReads {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  async consultations(): Promise<ConsultationView[]> {
    const items: ConsultationView[] = [];
    let cursor: { registeredAt: Date; id: string } | undefined;
    for (;;) {
      const page = await this.queries.execute(new ListConsultations(PAGE, cursor));
      items.push(...page.items.map(ConsultationView.of));
      const last = page.items.at(-1);
      if (!page.next || !last) return items;
      cursor = { registeredAt: last.registeredAt, id: last.id };
    }
  }

  async consultation(id: string): Promise<ConsultationView | undefined> {
    const row = await this.queries.execute(new GetConsultation(id));
    return row ? ConsultationView.of(row) : undefined;
  }

  async documentsOf(consultationId: string): Promise<DocumentSummaryView[]> {
    return (await this.queries.execute(new ListDocumentsOfConsultation(consultationId))) ?? [];
  }

  async document(id: string): Promise<DocumentSummaryView | undefined> {
    return (await this.queries.execute(new GetDocument(id))) ?? undefined;
  }

  async versions(documentId: string): Promise<DocumentVersionSummaryView[]> {
    return (await this.queries.execute(new ListDocumentVersions(documentId))) ?? [];
  }

  async contributionsOf(consultationId: string): Promise<ContributionView[]> {
    const items: ContributionView[] = [];
    let cursor: { submittedAt: Date; id: string } | undefined;
    for (;;) {
      const page = await this.queries.execute(new ListContributions(consultationId, PAGE, cursor));
      if (!page) return items;
      items.push(...page.items);
      const last = page.items.at(-1);
      if (!page.next || !last) return items;
      cursor = { submittedAt: new Date(last.submittedAt), id: last.id };
    }
  }

  async explanations(documentId: string): Promise<ExplanationView[]> {
    return (await this.queries.execute(new ListExplanations(documentId)))?.items ?? [];
  }

  async inputsOf(documentId: string, filter: InputFilter = {}): Promise<StakeholderInputView[]> {
    return this.queries.execute(new ListStakeholderInputs(documentId, filter));
  }

  async stakeholders(): Promise<StakeholderView[]> {
    const items: StakeholderView[] = [];
    let cursor: { name: string; id: string } | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await this.queries.execute(new ListStakeholders(PAGE, cursor as never));
      items.push(...page.items);
      const last = page.items.at(-1);
      if (!page.next || !last) break;
      cursor = { name: last.name, id: last.id };
    }
    return items;
  }

  amendment(id: string): Promise<AmendmentView | null> {
    return this.queries.execute(new GetAmendment(id));
  }

  async amendmentsOf(documentId: string): Promise<AmendmentView[]> {
    return (await this.queries.execute(new ListAmendmentsOfDocument(documentId)))?.items ?? [];
  }

  text(documentId: string, moment: TextMoment = { kind: 'working' }): Promise<TextAnswer<DocumentTextAt>> {
    return this.queries.execute(new GetDocumentText(documentId, moment));
  }

  marked(documentId: string, range: MarkedRange): Promise<TextAnswer<MarkedComparison>> {
    return this.queries.execute(new GetMarkedText(documentId, range));
  }

  /** A contribution as Word lays it out. */
  async contributionForWord(id: string): Promise<ContributionForWord | undefined> {
    return (await this.queries.execute(new GetContributionForWord(id))) ?? undefined;
  }

  /** Who made each change of a marked text, for Word's tracked changes. */
  authorship(comparison: MarkedComparison): Promise<Map<string, RevisionAuthorship>> {
    return this.queries.execute(new GetRevisionAuthorship(comparison));
  }

  async compilation(documentId: string, versionNumber?: number): Promise<CompilationView | undefined> {
    return (await this.queries.execute(new GetCompilation(documentId, versionNumber))) ?? undefined;
  }

  /** One page of a consultation's timeline, its lines in `locale`; undefined for a consultation the history does not know. */
  async historyPage(
    consultationId: string,
    filter: HistoryFilter,
    limit: number,
    cursor: HistoryCursor,
    locale: Locale,
  ): Promise<HistoryPage | undefined> {
    return (await this.queries.execute(new ListConsultationHistory(consultationId, filter, limit, cursor, locale))) ?? undefined;
  }

  async provenance(documentId: string, provisionId: string): Promise<ProvisionProvenanceView | undefined> {
    return (await this.queries.execute(new GetProvisionProvenance(documentId, provisionId))) ?? undefined;
  }

  /** Each projection's lag and rebuild, as GET /api/v1/projections answers it. */
  async projectionStatuses(): Promise<ProjectionStatusView[]> {
    return this.queries.execute(new ListProjectionStatuses());
  }

  /**
   * Waits until every projection has applied the event at `position` (what the viewer just
   * recorded), for at most a few seconds; says whether they all did.
   */
  async caughtUp(position: number): Promise<boolean> {
    const deadline = Date.now() + CATCH_UP_MS;
    for (;;) {
      const statuses = await this.queries.execute(new ListProjectionStatuses());
      if (statuses.every((status) => status.checkpointPosition >= position)) return true;
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
  }
}
