import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  AMENDMENTS_MERGED,
  COMMENT_POSTED,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  PARTICIPANT_ADMITTED,
  REVISION_ISSUED,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import {
  CitedProvisionColumn,
  NotificationAmendmentRow,
  NotificationConsultationRow,
  NotificationDetailColumn,
  NotificationDocumentRow,
  NotificationRow,
} from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, findConflictsWith, outlineDocument } from '#libs/text';

/** How many words of a provision a notification quotes, so the reader recognises it. */
export const QUOTED_WORDS = 8;
/** How much of a comment a notification quotes. */
export const COMMENT_EXCERPT_CHARACTERS = 160;

/**
 * What the notification centre knows while it applies a batch: the consultations, documents
 * and amendments the batch's events concern, changed in memory and written back once.
 */
export class NotificationFacts {
  readonly consultations = new Map<string, NotificationConsultationRow>();
  readonly documents = new Map<string, NotificationDocumentRow>();
  /** Every amendment of the documents the batch concerns, by `documentId/amendmentId`. */
  readonly amendments = new Map<string, NotificationAmendmentRow>();
  readonly changedConsultations = new Set<string>();
  readonly changedDocuments = new Set<string>();
  readonly changedAmendments = new Set<string>();

  setConsultation(row: NotificationConsultationRow): void {
    this.consultations.set(row.consultationId, row);
    this.changedConsultations.add(row.consultationId);
  }

  setDocument(row: NotificationDocumentRow): void {
    this.documents.set(row.documentId, row);
    this.changedDocuments.add(row.documentId);
  }

  amendment(documentId: string, amendmentId: string): NotificationAmendmentRow | undefined {
    return this.amendments.get(amendmentKey(documentId, amendmentId));
  }

  setAmendment(row: NotificationAmendmentRow): void {
    const key = amendmentKey(row.documentId, row.amendmentId);
    this.amendments.set(key, row);
    this.changedAmendments.add(key);
  }

  /** A stakeholder follows a consultation once it takes part: its phase changes and deadlines reach it. */
  follow(consultationId: string | undefined, stakeholderIds: readonly string[]): void {
    const consultation = consultationId ? this.consultations.get(consultationId) : undefined;
    if (!consultation) return;
    const added = stakeholderIds.filter((id) => !consultation.followers.includes(id));
    if (added.length > 0) this.setConsultation({ ...consultation, followers: [...consultation.followers, ...added] });
  }
}

export function amendmentKey(documentId: string, amendmentId: string): string {
  return `${documentId}/${amendmentId}`;
}

/** The consultation and document ids an event concerns, for a batch to read their rows first. */
export function idsConcerned(event: RecordedEvent): { readonly consultationId?: string; readonly documentId?: string } {
  const payload = event.payload as { readonly consultationId?: unknown; readonly documentId?: unknown };
  return {
    ...(typeof payload.consultationId === 'string' ? { consultationId: payload.consultationId } : {}),
    ...(typeof payload.documentId === 'string' ? { documentId: payload.documentId } : {}),
  };
}

/**
 * Folds one event into the facts and returns the notifications it makes: a conflict with a
 * reader's undecided amendment, a ruling on it, a phase change of a consultation the reader
 * takes part in, a comment on the reader's amendment. Nobody is told of what they did themselves.
 */
export function notificationsOf(event: RecordedEvent, facts: NotificationFacts): NotificationRow[] {
  // One event may tell a reader of several of its amendments: `about` keeps their notifications apart.
  const notify: Notify = (recipients, consultationId, documentId, detail, about) =>
    [...new Set(recipients)].map((recipientId): NotificationRow => ({
      id: [event.position, detail.kind, ...(about ? [about] : []), recipientId].join(':'),
      recipientId,
      consultationId,
      documentId,
      kind: detail.kind,
      detail,
      occurredAt: new Date(event.recordedAt),
      position: event.position,
    }));
  switch (event.type) {
    case CONSULTATION_REGISTERED: {
      const e = event.payload;
      facts.setConsultation({
        consultationId: e.consultationId,
        title: e.title,
        phase: 'drafting',
        deadlines: { ...e.deadlines } as Record<string, string>,
        followers: [...e.chairs],
      });
      return [];
    }
    case PARTICIPANT_ADMITTED:
      facts.follow(event.payload.consultationId, [event.payload.stakeholderId]);
      return [];
    case CONSULTATION_PHASE_CHANGED: {
      const e = event.payload;
      const consultation = facts.consultations.get(e.consultationId);
      if (!consultation) return [];
      facts.setConsultation({ ...consultation, phase: e.to });
      const detail: NotificationDetailColumn = {
        kind: 'phase-change',
        title: consultation.title,
        from: e.from,
        to: e.to,
        ...(e.reason ? { reason: e.reason } : {}),
      };
      return notify(without(consultation.followers, event.metadata.actor.id), e.consultationId, null, detail);
    }
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      facts.setDocument({ documentId: e.documentId, consultationId: e.consultationId, symbol: e.symbol, versionNumber: 1, text: e.text });
      return [];
    }
    case VERSION_ADOPTED:
    case REVISION_ISSUED: {
      const e = event.payload;
      const document = facts.documents.get(e.documentId);
      if (document) facts.setDocument({ ...document, versionNumber: document.versionNumber + 1, text: e.text });
      if (event.type === REVISION_ISSUED) {
        for (const { amendmentId, operation } of event.payload.rebased) {
          const amendment = facts.amendment(e.documentId, amendmentId);
          if (amendment)
            facts.setAmendment({ ...amendment, operation, versionNumber: document ? document.versionNumber + 1 : amendment.versionNumber });
        }
      }
      return [];
    }
    case AMENDMENT_PROPOSED:
      return proposalNotifications(event, facts, notify);
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = facts.amendment(e.documentId, e.amendmentId);
      if (amendment) facts.setAmendment({ ...amendment, owners: [...new Set([...amendment.owners, e.stakeholderId])] });
      facts.follow(facts.documents.get(e.documentId)?.consultationId, [e.stakeholderId]);
      return [];
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      const amendment = facts.amendment(e.documentId, e.amendmentId);
      if (amendment) facts.setAmendment({ ...amendment, operation: e.operation });
      return [];
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      const amendment = facts.amendment(e.documentId, e.amendmentId);
      if (amendment) facts.setAmendment({ ...amendment, undecided: false });
      return [];
    }
    case AMENDMENT_RULED:
    case DECISION_CORRECTED: {
      const e = event.payload;
      return rulingNotifications(
        event,
        facts,
        e.documentId,
        [e.amendmentId],
        e.ruling,
        event.type === DECISION_CORRECTED,
        e.reason,
        notify,
      );
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      return rulingNotifications(event, facts, e.documentId, e.amendmentIds, 'merged', false, undefined, notify);
    }
    case STAKEHOLDER_INPUT_SUBMITTED:
      facts.follow(event.payload.consultationId, [event.payload.stakeholderId]);
      return [];
    case COMMENT_POSTED: {
      const e = event.payload;
      facts.follow(e.consultationId, [e.authorId]);
      if (e.subject.kind !== 'amendment') return [];
      const amendment = facts.amendment(e.documentId, e.subject.amendmentId);
      const document = facts.documents.get(e.documentId);
      if (!amendment || !document) return [];
      const detail: NotificationDetailColumn = {
        kind: 'comment',
        symbol: document.symbol,
        authorId: e.authorId,
        provisions: citeProvisions(document, amendment.operation as AmendmentOperation),
        excerpt: excerpt(e.text),
        commentId: e.commentId,
        amendmentId: e.subject.amendmentId,
      };
      return notify(without(amendment.owners, e.authorId, event.metadata.actor.id), e.consultationId, e.documentId, detail);
    }
    default:
      return [];
  }
}

type Notify = (
  recipients: Iterable<string>,
  consultationId: string,
  documentId: string | null,
  detail: NotificationDetailColumn,
  about?: string,
) => NotificationRow[];

/**
 * A new proposal tells the proposers of each undecided amendment it conflicts with, on the
 * same version and in the same language. Without the text the comparison is the engine's
 * conservative one; with the version's text it finds conflicts through the tree.
 */
function proposalNotifications(
  event: RecordedEvent & { readonly type: typeof AMENDMENT_PROPOSED },
  facts: NotificationFacts,
  notify: Notify,
): NotificationRow[] {
  const e = event.payload;
  const owners = [...e.proposers, ...(e.onBehalfOf ? [e.onBehalfOf] : [])];
  const document = facts.documents.get(e.documentId);
  const language = e.language ?? null;
  const others = [...facts.amendments.values()].filter(
    (a) =>
      a.documentId === e.documentId &&
      a.amendmentId !== e.amendmentId &&
      a.undecided &&
      a.versionNumber === e.versionNumber &&
      a.language === language,
  );
  facts.setAmendment({
    documentId: e.documentId,
    amendmentId: e.amendmentId,
    versionNumber: e.versionNumber,
    operation: e.operation,
    owners,
    language,
    undecided: true,
  });
  if (!document) return [];
  facts.follow(document.consultationId, owners);
  const base = language === null && document.versionNumber === e.versionNumber ? (document.text as ResolutionDocument) : undefined;
  const conflicts = findConflictsWith(
    { id: e.amendmentId, op: e.operation },
    others.map((a) => ({ id: a.amendmentId, op: a.operation as AmendmentOperation })),
    base,
  );
  return conflicts.flatMap((conflict) => {
    const theirs = others.find((a) => a.amendmentId === conflict.amendmentIds[0])!;
    // A delegation is not told that its own proposals conflict: it made both.
    const readers = without(theirs.owners, ...owners, event.metadata.actor.id);
    const detail: NotificationDetailColumn = {
      kind: 'conflict',
      symbol: document.symbol,
      proposers: e.proposers,
      provisions: citeProvisions(document, theirs.operation as AmendmentOperation),
      reason: conflict.reason,
    };
    return notify(readers, document.consultationId, e.documentId, detail, theirs.amendmentId);
  });
}

function rulingNotifications(
  event: RecordedEvent,
  facts: NotificationFacts,
  documentId: string,
  amendmentIds: readonly string[],
  ruling: 'accepted' | 'rejected' | 'accepted-as-modified' | 'deferred' | 'merged',
  corrected: boolean,
  reason: string | undefined,
  notify: Notify,
): NotificationRow[] {
  const document = facts.documents.get(documentId);
  return amendmentIds.flatMap((amendmentId) => {
    const amendment = facts.amendment(documentId, amendmentId);
    if (!amendment) return [];
    facts.setAmendment({ ...amendment, undecided: ruling === 'deferred' });
    if (!document) return [];
    const detail: NotificationDetailColumn = {
      kind: 'ruling',
      symbol: document.symbol,
      ruling,
      provisions: citeProvisions(document, amendment.operation as AmendmentOperation),
      corrected,
      ...(reason ? { reason } : {}),
    };
    return notify(amendment.owners, document.consultationId, documentId, detail, amendmentId);
  });
}

/**
 * The provisions an amendment concerns as the document's latest version prints them: the
 * section heading, the label path ("5", "3 '1'", "ب)"), the opening words. A provision the
 * amendment adds is cited by the provision it is placed next to.
 */
export function citeProvisions(document: NotificationDocumentRow, operation: AmendmentOperation): CitedProvisionColumn[] {
  const text = document.text as ResolutionDocument;
  const ids = provisionsConcerned(operation);
  if (ids.length === 0) return [];
  const outline = outlineDocument(text);
  const byId = new Map(outline.map((place) => [place.provision.id, place]));
  const headings = new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading]));
  return ids.flatMap((id) => {
    const place = byId.get(id);
    if (!place) return [];
    const labels: string[] = [];
    for (let at: typeof place | undefined = place; at; at = at.parentId ? byId.get(at.parentId) : undefined)
      if (at.printedLabel) labels.unshift(at.printedLabel);
    const words = place.provision.text.split(/\s+/u).filter(Boolean);
    return [
      {
        heading: headings.get(place.sectionId) ?? '',
        label: labels.join(' '),
        words: words.slice(0, QUOTED_WORDS).join(' ') + (words.length > QUOTED_WORDS ? '…' : ''),
      },
    ];
  });
}

function provisionsConcerned(operation: AmendmentOperation): string[] {
  if ('provisionId' in operation && typeof operation.provisionId === 'string') return [operation.provisionId];
  const position = (operation as { readonly position?: { readonly provisionId?: unknown } }).position;
  return typeof position?.provisionId === 'string' ? [position.provisionId] : [];
}

function excerpt(text: string): string {
  const characters = [...text];
  return characters.length > COMMENT_EXCERPT_CHARACTERS ? `${characters.slice(0, COMMENT_EXCERPT_CHARACTERS).join('')}…` : text;
}

function without(ids: readonly string[], ...excluded: string[]): string[] {
  return ids.filter((id) => !excluded.includes(id));
}
