import { EntityManager, In } from 'typeorm';
import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_WITHDRAWN,
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRevisedV1,
  AmendmentWithdrawnV1,
  BRACKETS_SETTLED,
  BracketsSettledV1,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  ContributionSubmittedV1,
  DOCUMENT_REGISTERED,
  DocumentRegisteredV1,
  RESERVATION_RECORDED,
  RecordedEvent,
  ReservationRecordedV1,
  STAKEHOLDER_REGISTERED,
  StakeholderRegisteredV1,
  VERSION_ADOPTED,
  VersionAdoptedV1,
} from '#libs/contracts';
import {
  AmendmentDecisionRecord,
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecord,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
  ProvisionAsPrinted,
} from '#libs/read-models';
import { ResolutionDocument, outlineDocument } from '#libs/text';
import { Projection } from '../projection';
import { amendmentDecisionOf, withDecision } from './compilation-decisions';
import { footprintOf, provisionsChanged, roleFor } from './compilation-footprint';
import { changesWorkingText, evolveWorkingText } from './documents.projection';

/**
 * The provenance of each provision: where it came from (the registered text, or the
 * amendment and decision that put it there), every amendment and decision that bore on it
 * since, reservations on it, and the versions that carried it. Each event that bears on a
 * provision leaves a record under the provision's id; the projection keeps each document's
 * working text (as the write side computes it) to know which provisions a decision changed.
 */
export class ProvenanceProjection implements Projection {
  readonly name = 'provenance';
  readonly version = 1;
  readonly tables = ['provenance_stakeholders', 'provenance_contributions', 'provenance_documents', 'provenance_amendments', 'provenance_records'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case STAKEHOLDER_REGISTERED: {
        const e = event.payload as StakeholderRegisteredV1;
        await manager.upsert(ProvenanceStakeholderRow, { id: e.stakeholderId, name: e.name, category: e.category, region: e.region }, ['id']);
        return;
      }
      case CONTRIBUTION_SUBMITTED:
      case CONTRIBUTION_REVISED: {
        const e = event.payload as ContributionSubmittedV1;
        await manager.upsert(
          ProvenanceContributionRow,
          { id: e.contributionId, symbol: e.symbol, submitters: [...e.submitters], coSponsors: [...e.coSponsors], onBehalfOf: e.onBehalfOf ?? null },
          ['id'],
        );
        return;
      }
      case DOCUMENT_REGISTERED:
        await this.register(event as RecordedEvent<DocumentRegisteredV1>, manager);
        return;
    }
    if (!event.streamId.startsWith('document-')) return;
    const documentId = (event.payload as { documentId: string }).documentId;
    const document = await manager.findOne(ProvenanceDocumentRow, { where: { id: documentId } });
    if (!document) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    const records = new Records(event, documentId);

    switch (event.type) {
      case AMENDMENT_PROPOSED: {
        const e = event.payload as AmendmentProposedV1;
        await manager.upsert(
          ProvenanceAmendmentRow,
          {
            id: e.amendmentId,
            documentId,
            versionNumber: e.versionNumber,
            operation: e.operation,
            proposers: [...e.proposers],
            coSponsors: [],
            onBehalfOf: e.onBehalfOf ?? null,
            contributionId: e.contributionId ?? null,
            contributionSymbol: await this.symbolOf(e.contributionId, manager),
            status: 'pending',
            revision: 0,
            explanation: e.explanation ?? null,
            decisions: [],
            withdrawal: null,
            proposedAt: new Date(event.recordedAt),
            proposedPosition: event.position,
          },
          ['id'],
        );
        const footprint = footprintOf(e.operation, document.latest);
        for (const provisionId of provisionsChanged(footprint)) {
          records.add(provisionId, { kind: 'proposed', role: roleFor(footprint, provisionId), operation: e.operation, revision: 0 }, { amendmentId: e.amendmentId });
        }
        break;
      }
      case AMENDMENT_CO_SPONSORED: {
        const e = event.payload as AmendmentCoSponsoredV1;
        await manager.query('UPDATE provenance_amendments SET co_sponsors = array_append(co_sponsors, $2) WHERE id = $1 AND NOT ($2 = ANY (co_sponsors))', [e.amendmentId, e.stakeholderId]);
        break;
      }
      case AMENDMENT_REVISED: {
        const e = event.payload as AmendmentRevisedV1;
        const amendment = await this.amendment(e.amendmentId, manager);
        await manager.update(
          ProvenanceAmendmentRow,
          { id: e.amendmentId },
          {
            operation: e.operation,
            revision: e.revision,
            versionNumber: document.currentVersion,
            contributionSymbol: await this.symbolOf(amendment.contributionId ?? undefined, manager),
            ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
          },
        );
        const before = footprintOf(amendment.operation, document.latest);
        const after = footprintOf(e.operation, document.latest);
        // A revision that no longer bears on a provision is recorded there too, without a role.
        for (const provisionId of new Set([...provisionsChanged(before), ...provisionsChanged(after)])) {
          records.add(provisionId, { kind: 'revised', role: roleFor(after, provisionId), operation: e.operation, revision: e.revision }, { amendmentId: e.amendmentId });
        }
        break;
      }
      case AMENDMENT_WITHDRAWN: {
        const e = event.payload as AmendmentWithdrawnV1;
        const amendment = await this.amendment(e.amendmentId, manager);
        const withdrawal = { by: e.by, ...(e.reason !== undefined ? { reason: e.reason } : {}), recordedAt: event.recordedAt, position: event.position };
        await manager.update(ProvenanceAmendmentRow, { id: e.amendmentId }, { status: 'withdrawn', withdrawal });
        for (const provisionId of provisionsChanged(footprintOf(amendment.operation, document.latest))) {
          records.add(provisionId, { kind: 'withdrawn', by: e.by, ...(e.reason !== undefined ? { reason: e.reason } : {}) }, { amendmentId: e.amendmentId });
        }
        break;
      }
      case BRACKETS_SETTLED: {
        const e = event.payload as BracketsSettledV1;
        records.add(
          e.provisionId,
          { kind: 'brackets-settled', decisionId: e.decisionId, bracketIndex: e.bracketIndex, choice: e.choice, ...sitting(e), decidedBy: event.metadata.actor.id },
          { decisionId: e.decisionId },
        );
        break;
      }
      case RESERVATION_RECORDED: {
        const e = event.payload as ReservationRecordedV1;
        records.add(
          e.provisionId,
          { kind: 'reservation', decisionId: e.decisionId, stakeholderId: e.stakeholderId, text: e.text, ...sitting(e), decidedBy: event.metadata.actor.id },
          { decisionId: e.decisionId },
        );
        break;
      }
      case VERSION_ADOPTED: {
        const e = event.payload as VersionAdoptedV1;
        for (const [provisionId, printed] of asPrinted(e.text)) {
          records.add(provisionId, { kind: 'adopted', decisionId: e.decisionId, versionNumber: e.versionNumber, versionLabel: e.label, meeting: e.meeting, date: e.date, ...printed }, { decisionId: e.decisionId });
        }
        break;
      }
      default:
        await this.decide(event, document, records, manager);
    }

    await records.save(manager);
    const changes = { lastPosition: event.position };
    if (!changesWorkingText(event)) {
      await manager.update(ProvenanceDocumentRow, { id: documentId }, changes);
      return;
    }
    const next = evolveWorkingText({ latestVersion: document.latest, working: document.working, applied: document.applied }, event)!;
    const adopted = event.type === VERSION_ADOPTED ? (event.payload as VersionAdoptedV1) : undefined;
    await manager.update(
      ProvenanceDocumentRow,
      { id: documentId },
      {
        ...changes,
        working: next.working,
        applied: [...next.applied],
        ...(adopted ? { latest: adopted.text, currentVersion: adopted.versionNumber, currentLabel: adopted.label } : {}),
      },
    );
  }

  /** A ruling, a merge or a correction: each amendment it rules on keeps it, and each provision it bears on records it. */
  private async decide(event: RecordedEvent, document: ProvenanceDocumentRow, records: Records, manager: EntityManager): Promise<void> {
    const decided = amendmentDecisionOf(event);
    if (!decided) return;
    const { decision, amendmentIds } = decided;
    const amendments = await manager.find(ProvenanceAmendmentRow, { where: { id: In([...amendmentIds]) } });
    let corrected: AmendmentDecisionRecord | undefined;
    for (const amendment of amendments) {
      corrected ??= amendment.decisions.find((earlier) => earlier.id === decision.corrects);
      await manager.update(ProvenanceAmendmentRow, { id: amendment.id }, { status: decision.ruling, decisions: withDecision(amendment.decisions, decision) });
    }
    // Footprints are read on the working text the decision was taken on, so that what a suppression or move carries is known.
    const effect = decision.applied ? footprintOf(decision.applied, document.working) : undefined;
    const undone = corrected?.applied ? footprintOf(corrected.applied, document.working) : undefined;
    const proposed = amendments.map((amendment) => footprintOf(amendment.operation, document.latest));
    const provisions = new Set([...proposed.flatMap(provisionsChanged), ...(effect ? provisionsChanged(effect) : []), ...(undone ? provisionsChanged(undone) : [])]);
    const kind = decision.kind === 'ruling' ? 'ruled' : decision.kind === 'merge' ? 'merged' : 'corrected';
    for (const provisionId of provisions) {
      const record: ProvenanceRecord = {
        kind,
        decision,
        amendmentIds: [...amendmentIds],
        ...optional('effect', effect && roleFor(effect, provisionId)),
        ...optional('undoes', undone && roleFor(undone, provisionId)),
      };
      records.add(provisionId, record, { decisionId: decision.id, amendmentId: amendmentIds.length === 1 ? amendmentIds[0] : undefined });
    }
  }

  private async register(event: RecordedEvent<DocumentRegisteredV1>, manager: EntityManager): Promise<void> {
    const e = event.payload;
    // Registration writes whole rows, so a rebuild under a new version starts each document afresh.
    await manager.upsert(
      ProvenanceDocumentRow,
      { id: e.documentId, consultationId: e.consultationId, symbol: e.symbol, currentVersion: 1, currentLabel: e.versionLabel, latest: e.text, working: e.text, applied: [], lastPosition: event.position },
      ['id'],
    );
    const records = new Records(event, e.documentId);
    for (const [provisionId, printed] of asPrinted(e.text)) {
      records.add(provisionId, { kind: 'registered', versionNumber: 1, versionLabel: e.versionLabel, source: e.source, registeredBy: event.metadata.actor.id, ...printed });
    }
    await records.save(manager);
  }

  private amendment(id: string, manager: EntityManager): Promise<ProvenanceAmendmentRow> {
    return manager.findOneOrFail(ProvenanceAmendmentRow, { where: { id } });
  }

  private async symbolOf(contributionId: string | undefined, manager: EntityManager): Promise<string | null> {
    if (contributionId === undefined) return null;
    return (await manager.findOne(ProvenanceContributionRow, { where: { id: contributionId }, select: { symbol: true } }))?.symbol ?? null;
  }
}

/** The records one event leaves, one per provision it bears on, written together. */
class Records {
  private readonly rows: ProvenanceRecordRow[] = [];

  constructor(
    private readonly event: RecordedEvent,
    private readonly documentId: string,
  ) {}

  add(provisionId: string, record: ProvenanceRecord, ids: { amendmentId?: string; decisionId?: string } = {}): void {
    this.rows.push({
      documentId: this.documentId,
      provisionId,
      position: this.event.position,
      kind: record.kind,
      amendmentId: ids.amendmentId ?? null,
      decisionId: ids.decisionId ?? null,
      recordedAt: new Date(this.event.recordedAt),
      record,
    });
  }

  async save(manager: EntityManager): Promise<void> {
    if (this.rows.length > 0) await manager.upsert(ProvenanceRecordRow, this.rows, ['documentId', 'provisionId', 'position']);
  }
}

/** Each provision of a text as printed there: label, wording, footnotes and the section it stands in. */
function asPrinted(text: ResolutionDocument): [string, ProvisionAsPrinted][] {
  const headings = new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading]));
  return outlineDocument(text).map((place) => [
    place.provision.id,
    {
      printedLabel: place.printedLabel,
      text: place.provision.text,
      footnotes: place.provision.footnotes.map((footnote) => footnote.text),
      sectionId: place.sectionId,
      heading: headings.get(place.sectionId) ?? '',
    },
  ]);
}

function sitting(e: { meeting?: string; date?: string }): { meeting?: string; date?: string } {
  return { ...optional('meeting', e.meeting), ...optional('date', e.date) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

