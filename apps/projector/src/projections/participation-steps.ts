import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  CONSULTATION_REGISTERED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  PARTICIPANT_ADMITTED,
  RESERVATION_RECORDED,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  STAKEHOLDER_REGISTERED,
} from '#libs/contracts';
import type {
  ParticipationConsultationRow,
  ParticipationDocumentRow,
  ParticipationFactRow,
  ParticipationStakeholderRow,
  ParticipationStatusColumn,
  ParticipationSubjectColumn,
} from '#libs/read-models';
import { Part, partKey, partsOfCover, partsOfProposal } from './participation-parts';

/*
 * Participation as a pure step: given an event and the rows it reads (the facts of the
 * subjects it names, the registry, which consultation a document belongs to), the rows it
 * leaves: each subject's facts whole, and the registry, consultation and document rows.
 */

/** What facts are about: a contribution, an amendment, a reservation, an admission or an input. */
export interface SubjectRef {
  readonly kind: ParticipationSubjectColumn;
  readonly id: string;
}

/** A subject and every fact recorded about it. */
export interface SubjectFacts extends SubjectRef {
  readonly facts: readonly ParticipationFactRow[];
}

/** The rows of the participation tables as they stand before the event. */
export interface ParticipationState {
  /** Every fact of the subject; empty when there is none. */
  facts(subject: SubjectRef): readonly ParticipationFactRow[];
  stakeholder(id: string): ParticipationStakeholderRow | undefined;
  document(documentId: string): ParticipationDocumentRow | undefined;
}

/** What one event writes: rows whole, and the facts of each subject it changed, all of them. */
export interface ParticipationChanges {
  readonly stakeholder?: ParticipationStakeholderRow;
  readonly consultation?: ParticipationConsultationRow;
  readonly document?: ParticipationDocumentRow;
  readonly subjects: readonly SubjectFacts[];
}

/** The rows an event reads: the subjects whose facts it reads or changes, the stakeholders it records, the document it names. */
export interface ParticipationReads {
  readonly subjects: readonly SubjectRef[];
  readonly stakeholders: readonly string[];
  readonly documents: readonly string[];
}

const NO_CHANGES: ParticipationChanges = { subjects: [] };

/** A subject's key in a batch's cache: its kind (which has no colon) and its id. */
export function subjectKey(subject: SubjectRef): string {
  return `${subject.kind}:${subject.id}`;
}

export function participationReads(event: RecordedEvent): ParticipationReads {
  const reads = (subjects: SubjectRef[], stakeholders: readonly string[] = [], documents: string[] = []) => ({
    subjects,
    stakeholders,
    documents,
  });
  switch (event.type) {
    case PARTICIPANT_ADMITTED: {
      const e = event.payload;
      return reads([{ kind: 'admission', id: e.consultationId }], [e.stakeholderId]);
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED:
      // Its facts are replaced whole: nothing to read but the registry.
      return reads(
        [],
        partsOfCover(event.payload).map((part) => part.stakeholderId),
      );
    case CONTRIBUTION_WITHDRAWN:
      return reads([{ kind: 'contribution', id: event.payload.contributionId }]);
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      return reads(
        e.contributionId ? [{ kind: 'contribution', id: e.contributionId }] : [],
        partsOfProposal(e).map((part) => part.stakeholderId),
        [e.documentId],
      );
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      return reads([{ kind: 'amendment', id: e.amendmentId }], [e.stakeholderId], [e.documentId]);
    }
    case AMENDMENT_WITHDRAWN:
    case AMENDMENT_RULED:
    case DECISION_CORRECTED:
      return reads([{ kind: 'amendment', id: event.payload.amendmentId }]);
    case AMENDMENTS_MERGED:
      return reads(event.payload.amendmentIds.map((id) => ({ kind: 'amendment' as const, id })));
    case RESERVATION_RECORDED: {
      const e = event.payload;
      return reads([{ kind: 'reservation', id: e.decisionId }], [e.stakeholderId], [e.documentId]);
    }
    case STAKEHOLDER_INPUT_SUBMITTED:
      // Its one fact is written whole: nothing to read but the registry.
      return reads([], [event.payload.stakeholderId]);
    case STAKEHOLDER_INPUT_WITHDRAWN:
      return reads([{ kind: 'input', id: event.payload.inputId }]);
    default:
      return reads([]);
  }
}

/** The rows an event leaves in the participation tables. */
export function participationStep(event: RecordedEvent, state: ParticipationState): ParticipationChanges {
  // A subject's facts with the parts added that it lacks; the facts it has keep their own.
  const record = (subject: Subject, parts: readonly Part[], facts = state.facts(subject)): SubjectFacts => {
    const known = new Set(facts.map(partKey));
    const added = parts.filter((part) => !known.has(partKey(part))).map((part) => fact(subject, part, event, state));
    return { kind: subject.kind, id: subject.id, facts: [...facts, ...added] };
  };
  const setStatus = (
    kind: ParticipationSubjectColumn,
    ids: readonly string[],
    status: ParticipationStatusColumn,
  ): ParticipationChanges => ({
    subjects: ids.map((id) => ({ kind, id, facts: state.facts({ kind, id }).map((row) => ({ ...row, status })) })),
  });
  const consultationOf = (documentId: string) => {
    const document = state.document(documentId);
    if (!document) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    return document.consultationId;
  };

  switch (event.type) {
    case STAKEHOLDER_REGISTERED: {
      const e = event.payload;
      return {
        stakeholder: { id: e.stakeholderId, name: e.name, category: e.category, region: e.region, memberIds: [...e.memberIds] },
        subjects: [],
      };
    }
    case CONSULTATION_REGISTERED: {
      const e = event.payload;
      return { consultation: { id: e.consultationId, title: e.title }, subjects: [] };
    }
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      return { document: { documentId: e.documentId, consultationId: e.consultationId }, subjects: [] };
    }
    case PARTICIPANT_ADMITTED: {
      const e = event.payload;
      const subject: Subject = {
        kind: 'admission',
        id: e.consultationId,
        consultationId: e.consultationId,
        documentId: null,
        status: 'admitted',
      };
      return { subjects: [record(subject, [{ stakeholderId: e.stakeholderId, role: 'participant' }])] };
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      // A revision's cover replaces the earlier one: participation counts the contribution as it now stands.
      const e = event.payload;
      const subject: Subject = {
        kind: 'contribution',
        id: e.contributionId,
        consultationId: e.consultationId,
        documentId: e.substance.kind === 'report' ? null : e.substance.documentId,
        status: 'submitted',
      };
      return { subjects: [record(subject, partsOfCover(e), [])] };
    }
    case CONTRIBUTION_WITHDRAWN:
      return setStatus('contribution', [event.payload.contributionId], 'withdrawn');
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      const coSponsors = e.contributionId
        ? state
            .facts({ kind: 'contribution', id: e.contributionId })
            .filter((row) => row.role === 'co-sponsor')
            .map((row) => row.stakeholderId)
        : [];
      const subject: Subject = {
        kind: 'amendment',
        id: e.amendmentId,
        consultationId: consultationOf(e.documentId),
        documentId: e.documentId,
        status: 'pending',
      };
      return { subjects: [record(subject, partsOfProposal(e, coSponsors), [])] };
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const facts = state.facts({ kind: 'amendment', id: e.amendmentId });
      const subject: Subject = {
        kind: 'amendment',
        id: e.amendmentId,
        consultationId: consultationOf(e.documentId),
        documentId: e.documentId,
        status: facts[0]?.status ?? 'pending',
      };
      return { subjects: [record(subject, [{ stakeholderId: e.stakeholderId, role: 'co-sponsor' }], facts)] };
    }
    case AMENDMENT_WITHDRAWN:
      return setStatus('amendment', [event.payload.amendmentId], 'withdrawn');
    case AMENDMENT_RULED: {
      const e = event.payload;
      return setStatus('amendment', [e.amendmentId], e.ruling);
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      return setStatus('amendment', [e.amendmentId], e.ruling);
    }
    case AMENDMENTS_MERGED:
      return setStatus('amendment', event.payload.amendmentIds, 'merged');
    case RESERVATION_RECORDED: {
      const e = event.payload;
      const subject: Subject = {
        kind: 'reservation',
        id: e.decisionId,
        consultationId: consultationOf(e.documentId),
        documentId: e.documentId,
        status: 'recorded',
      };
      return { subjects: [record(subject, [{ stakeholderId: e.stakeholderId, role: 'reserving' }])] };
    }
    case STAKEHOLDER_INPUT_SUBMITTED: {
      // Inputs are never ruled on: one stands submitted until its submitter withdraws it.
      const e = event.payload;
      const subject: Subject = {
        kind: 'input',
        id: e.inputId,
        consultationId: e.consultationId,
        documentId: e.documentId,
        status: 'submitted',
      };
      return { subjects: [record(subject, [{ stakeholderId: e.stakeholderId, role: 'submitter' }], [])] };
    }
    case STAKEHOLDER_INPUT_WITHDRAWN:
      return setStatus('input', [event.payload.inputId], 'withdrawn');
    default:
      return NO_CHANGES;
  }
}

/** A subject with what each new fact about it records. */
interface Subject extends SubjectRef {
  readonly consultationId: string;
  readonly documentId: string | null;
  readonly status: ParticipationStatusColumn;
}

/** A new fact, with the stakeholder's category and region as the registry has them now (none while it is not registered). */
function fact(subject: Subject, part: Part, event: RecordedEvent, state: ParticipationState): ParticipationFactRow {
  const stakeholder = state.stakeholder(part.stakeholderId);
  return {
    subjectKind: subject.kind,
    subjectId: subject.id,
    stakeholderId: part.stakeholderId,
    role: part.role,
    consultationId: subject.consultationId,
    documentId: subject.documentId,
    category: stakeholder?.category ?? null,
    region: stakeholder?.region ?? null,
    status: subject.status,
    recordedAt: new Date(event.recordedAt),
    position: event.position,
  };
}
