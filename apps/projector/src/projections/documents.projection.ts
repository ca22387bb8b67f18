import { EntityManager } from 'typeorm';
import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRevisedV1,
  AmendmentRuledV1,
  AmendmentWithdrawnV1,
  AmendmentsMergedV1,
  BRACKETS_SETTLED,
  BracketsSettledV1,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  DecisionCorrectedV1,
  DocumentRegisteredV1,
  NewEvent,
  RESERVATION_RECORDED,
  RecordedEvent,
  ReservationRecordedV1,
  VERSION_ADOPTED,
  VersionAdoptedV1,
} from '#libs/contracts';
import { AppliedChange, replay } from '#libs/domain';
import { AmendmentRow, DecisionKindColumn, DecisionPayload, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { ResolutionDocument } from '#libs/text';
import { Projection } from '../projection';

const DOCUMENT_STREAM = /^document-/;

/** The working text as the write side keeps it: the latest version with every decision since applied. */
export interface WorkingText {
  /** The latest version's text, which a correction replays from; needed only for corrections. */
  readonly latestVersion?: ResolutionDocument;
  readonly working: ResolutionDocument;
  readonly applied: readonly AppliedChange[];
}

/** The events that change the working text (a ruling only when it applied something). */
export function changesWorkingText(event: NewEvent): boolean {
  switch (event.type) {
    case AMENDMENT_RULED:
      return (event.payload as AmendmentRuledV1).applied !== undefined;
    case AMENDMENTS_MERGED:
    case BRACKETS_SETTLED:
    case VERSION_ADOPTED:
    case DECISION_CORRECTED:
      return true;
    default:
      return false;
  }
}

/**
 * Folds one document event into the working text exactly as `evolveDocument` does: a
 * decision's applied operation goes through the text engine onto the working text; a
 * correction drops the corrected decision's change and replays the rest from the latest
 * version; an adoption freezes the working text as the new latest version.
 */
export function evolveWorkingText(text: WorkingText | undefined, event: NewEvent): WorkingText | undefined {
  switch (event.type) {
    case DOCUMENT_REGISTERED: {
      const e = event.payload as DocumentRegisteredV1;
      return { latestVersion: e.text, working: e.text, applied: [] };
    }
    case AMENDMENT_RULED: {
      const e = event.payload as AmendmentRuledV1;
      return e.applied ? withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied }) : text;
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload as AmendmentsMergedV1;
      return withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied });
    }
    case BRACKETS_SETTLED: {
      const e = event.payload as BracketsSettledV1;
      return withChange(current(text, event), { decisionId: e.decisionId, operation: e.applied });
    }
    case VERSION_ADOPTED: {
      const e = event.payload as VersionAdoptedV1;
      return { latestVersion: e.text, working: e.text, applied: [] };
    }
    case DECISION_CORRECTED: {
      const e = event.payload as DecisionCorrectedV1;
      const before = current(text, event);
      if (!before.latestVersion) throw new Error(`a correction replays from the latest version's text, which was not given (${event.type})`);
      const applied = [
        ...before.applied.filter((change) => change.decisionId !== e.corrects),
        ...(e.applied ? [{ decisionId: e.decisionId, operation: e.applied }] : []),
      ];
      return { ...before, applied, working: replay(before.latestVersion, applied) };
    }
    default:
      return text;
  }
}

function withChange(text: WorkingText, change: AppliedChange): WorkingText {
  return { ...text, applied: [...text.applied, change], working: replay(text.working, [change]) };
}

function current(text: WorkingText | undefined, event: NewEvent): WorkingText {
  if (!text) throw new Error(`${event.type} on a document that is not registered`);
  return text;
}

/**
 * Everything read back from a document's stream: the document with its working text, its
 * versions, its amendments and the chair's decisions on it. One projection keeps them all,
 * so at any moment an amendment's status, the decision that set it and the working text it
 * produced agree with each other and with the stream version clients send as If-Match.
 */
export class DocumentsProjection implements Projection {
  readonly name = 'documents';
  readonly version = 1;
  readonly tables = ['documents', 'document_versions', 'amendments', 'decisions'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!DOCUMENT_STREAM.test(event.streamId)) return;
    const at = new Date(event.recordedAt);
    const documentId = (event.payload as { documentId: string }).documentId;
    if (event.type === DOCUMENT_REGISTERED) {
      await this.register(event as RecordedEvent<DocumentRegisteredV1>, manager);
      return;
    }
    const document = await manager.findOne(DocumentRow, {
      where: { id: documentId },
      select: { id: true, consultationId: true, currentVersion: true },
    });
    if (!document) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    const context: EventContext = { event, at, document, manager };

    switch (event.type) {
      case AMENDMENT_PROPOSED:
        await this.propose(event.payload as AmendmentProposedV1, context);
        break;
      case AMENDMENT_CO_SPONSORED: {
        const e = event.payload as AmendmentCoSponsoredV1;
        await manager.query(
          `UPDATE amendments SET co_sponsors = array_append(co_sponsors, $2), updated_at = $3, last_position = $4
            WHERE id = $1 AND NOT ($2 = ANY (co_sponsors))`,
          [e.amendmentId, e.stakeholderId, at, event.position],
        );
        break;
      }
      case AMENDMENT_REVISED: {
        const e = event.payload as AmendmentRevisedV1;
        // A revision is drafted against the latest version, whatever the original was.
        await this.updateAmendment(e.amendmentId, context, {
          operation: e.operation,
          revision: e.revision,
          versionNumber: document.currentVersion,
          ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
        });
        break;
      }
      case AMENDMENT_WITHDRAWN:
        await this.updateAmendment((event.payload as AmendmentWithdrawnV1).amendmentId, context, { status: 'withdrawn' });
        break;
      case AMENDMENT_RULED: {
        const e = event.payload as AmendmentRuledV1;
        await this.updateAmendment(e.amendmentId, context, { status: e.ruling, decisionId: e.decisionId, ruling: e });
        await this.recordDecision(context, e.decisionId, 'ruling', [e.amendmentId], e);
        break;
      }
      case AMENDMENTS_MERGED: {
        const e = event.payload as AmendmentsMergedV1;
        for (const amendmentId of e.amendmentIds) {
          await this.updateAmendment(amendmentId, context, { status: 'merged', decisionId: e.decisionId, ruling: e });
        }
        await this.recordDecision(context, e.decisionId, 'merge', e.amendmentIds, e);
        break;
      }
      case BRACKETS_SETTLED: {
        const e = event.payload as BracketsSettledV1;
        await this.recordDecision(context, e.decisionId, 'brackets', [], e);
        break;
      }
      case VERSION_ADOPTED: {
        const e = event.payload as VersionAdoptedV1;
        await manager.upsert(
          DocumentVersionRow,
          {
            documentId,
            number: e.versionNumber,
            label: e.label,
            text: e.text,
            adoptedMeeting: e.meeting,
            adoptedDate: e.date,
            decisionId: e.decisionId,
            recordedAt: at,
          },
          ['documentId', 'number'],
        );
        // The adopted text lives in document_versions; the decision keeps the rest of the record.
        const { text: _text, ...adoption } = e;
        await this.recordDecision(context, e.decisionId, 'adoption', [], adoption);
        break;
      }
      case RESERVATION_RECORDED: {
        const e = event.payload as ReservationRecordedV1;
        await this.recordDecision(context, e.decisionId, 'reservation', [], e);
        break;
      }
      case DECISION_CORRECTED: {
        const e = event.payload as DecisionCorrectedV1;
        await this.updateAmendment(e.amendmentId, context, { status: e.ruling, decisionId: e.decisionId, ruling: e });
        await manager.update(DecisionRow, { id: e.corrects }, { correctedBy: e.decisionId });
        await this.recordDecision(context, e.decisionId, 'correction', [e.amendmentId], e);
        break;
      }
    }

    const streamColumns = { streamVersion: event.streamVersion, lastPosition: event.position, updatedAt: at };
    if (!changesWorkingText(event)) {
      await manager.update(DocumentRow, { id: documentId }, streamColumns);
      return;
    }
    const text = await this.workingTextOf(documentId, document.currentVersion, event, manager);
    const next = evolveWorkingText(text, event)!;
    const adopted = event.type === VERSION_ADOPTED ? (event.payload as VersionAdoptedV1) : undefined;
    await manager.update(
      DocumentRow,
      { id: documentId },
      {
        ...streamColumns,
        working: next.working,
        applied: [...next.applied],
        title: next.working.title,
        ...(adopted ? { currentVersion: adopted.versionNumber, currentLabel: adopted.label } : {}),
      },
    );
  }

  private async register(event: RecordedEvent<DocumentRegisteredV1>, manager: EntityManager): Promise<void> {
    const e = event.payload;
    const at = new Date(event.recordedAt);
    // Registration writes whole rows, so a rebuild under a new version starts each document afresh.
    await manager.upsert(
      DocumentRow,
      {
        id: e.documentId,
        consultationId: e.consultationId,
        symbol: e.symbol,
        title: e.text.title,
        language: e.text.language,
        style: e.text.style,
        currentVersion: 1,
        currentLabel: e.versionLabel,
        working: e.text,
        applied: [],
        source: e.source,
        registeredAt: at,
        updatedAt: at,
        lastPosition: event.position,
        streamVersion: event.streamVersion,
      },
      ['id'],
    );
    await manager.upsert(
      DocumentVersionRow,
      { documentId: e.documentId, number: 1, label: e.versionLabel, text: e.text, adoptedMeeting: null, adoptedDate: null, decisionId: null, recordedAt: at },
      ['documentId', 'number'],
    );
  }

  private async propose(e: AmendmentProposedV1, { event, at, manager }: EventContext): Promise<void> {
    await manager.upsert(
      AmendmentRow,
      {
        id: e.amendmentId,
        documentId: e.documentId,
        versionNumber: e.versionNumber,
        operation: e.operation,
        proposers: [...e.proposers],
        coSponsors: [],
        onBehalfOf: e.onBehalfOf ?? null,
        contributionId: e.contributionId ?? null,
        status: 'pending',
        revision: 0,
        explanation: e.explanation ?? null,
        decisionId: null,
        ruling: null,
        proposedAt: at,
        proposedPosition: event.position,
        updatedAt: at,
        lastPosition: event.position,
      },
      ['id'],
    );
  }

  private async updateAmendment(amendmentId: string, { event, at, manager }: EventContext, change: Partial<AmendmentRow>): Promise<void> {
    await manager.update(AmendmentRow, { id: amendmentId }, { ...change, updatedAt: at, lastPosition: event.position });
  }

  private async recordDecision(
    { event, at, document, manager }: EventContext,
    decisionId: string,
    kind: DecisionKindColumn,
    amendmentIds: readonly string[],
    payload: DecisionPayload,
  ): Promise<void> {
    await manager.upsert(
      DecisionRow,
      {
        id: decisionId,
        documentId: document.id,
        consultationId: document.consultationId,
        kind,
        amendmentIds: [...amendmentIds],
        payload,
        meeting: payload.meeting ?? null,
        date: payload.date ?? null,
        decidedBy: event.metadata.actor.id,
        correctedBy: null,
        recordedAt: at,
        position: event.position,
      },
      ['id'],
    );
  }

  private async workingTextOf(documentId: string, currentVersion: number, event: RecordedEvent, manager: EntityManager): Promise<WorkingText> {
    const row = await manager.findOne(DocumentRow, { where: { id: documentId }, select: { id: true, working: true, applied: true } });
    const text: WorkingText = { working: row!.working, applied: row!.applied };
    if (event.type !== DECISION_CORRECTED) return text;
    const latest = await manager.findOne(DocumentVersionRow, { where: { documentId, number: currentVersion }, select: { text: true } });
    if (!latest) throw new Error(`document ${documentId} has no row for its version ${currentVersion}`);
    return { ...text, latestVersion: latest.text };
  }
}

interface EventContext {
  readonly event: RecordedEvent;
  readonly at: Date;
  readonly document: Pick<DocumentRow, 'id' | 'consultationId' | 'currentVersion'>;
  readonly manager: EntityManager;
}

