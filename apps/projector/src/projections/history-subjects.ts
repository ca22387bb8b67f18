import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_WITHDRAWN,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  PARTICIPANT_ADMITTED,
  POSITION_EXPLAINED,
  PROVISIONS_READ,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  isDocumentEvent,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import type { TimelineMessage } from '#libs/read-models';

/*
 * What the consultation history remembers of the subjects events name (stakeholders,
 * documents, contributions, amendments, decisions), and which of them an event needs.
 */

export interface StakeholderSubject {
  readonly name: string;
}

export interface DocumentSubject {
  readonly consultationId: string;
  readonly symbol: string;
  readonly versionNumber: number;
  readonly versionLabel: string;
  /** The latest version's text: labels in summaries are read from it, and an adoption is compared with it. */
  readonly text: ResolutionDocument;
}

export interface ContributionSubject {
  readonly consultationId: string;
  readonly symbol: string;
  readonly title: string;
  /** Submitters, co-sponsors and the group they speak for. */
  readonly stakeholders: readonly string[];
  readonly submitters: readonly string[];
  /** The timeline row of its latest submission, revision or withdrawal, and the command that made it. */
  readonly position: number;
  readonly correlationId: string;
}

export interface AmendmentSubject {
  readonly consultationId: string;
  readonly documentId: string;
  readonly operation: AmendmentOperation;
  readonly proposers: readonly string[];
  readonly coSponsors: readonly string[];
  readonly onBehalfOf?: string;
  readonly contributionId?: string;
  readonly contributionSymbol?: string;
  /** What it proposes, as summaries name it: "MOD of op-1-1 (1)". */
  readonly description: string;
  /** The same, as a timeline message: provisions cited as the text printed them when it was proposed. */
  readonly what: TimelineMessage;
  /** Every id it touches. */
  readonly provisions: readonly string[];
}

export interface DecisionSubject {
  readonly consultationId: string;
  readonly documentId: string;
  readonly amendmentIds: readonly string[];
  readonly ruling?: string;
  /** The ids what it applied to the working text touches. */
  readonly provisions: readonly string[];
}

/** What the history remembers of the subjects an event names, loaded before the event is read. */
export interface HistorySubjects {
  readonly stakeholders: ReadonlyMap<string, StakeholderSubject>;
  readonly documents: ReadonlyMap<string, DocumentSubject>;
  readonly contributions: ReadonlyMap<string, ContributionSubject>;
  readonly amendments: ReadonlyMap<string, AmendmentSubject>;
  readonly decisions: ReadonlyMap<string, DecisionSubject>;
}

export type SubjectKind = keyof HistorySubjects;
export type SubjectIds = { readonly [K in SubjectKind]: readonly string[] };

export type SubjectUpdate =
  | { readonly kind: 'stakeholders'; readonly id: string; readonly subject: StakeholderSubject }
  | { readonly kind: 'documents'; readonly id: string; readonly subject: DocumentSubject }
  | { readonly kind: 'contributions'; readonly id: string; readonly subject: ContributionSubject }
  | { readonly kind: 'amendments'; readonly id: string; readonly subject: AmendmentSubject }
  | { readonly kind: 'decisions'; readonly id: string; readonly subject: DecisionSubject };

/** The subjects the event, and the subjects already loaded for it, name that are not loaded yet. */
export function subjectsToLoad(event: RecordedEvent, known: HistorySubjects): SubjectIds {
  const named: { [K in SubjectKind]: string[] } = { stakeholders: [], documents: [], contributions: [], amendments: [], decisions: [] };
  const optional = (id: string | undefined) => (id === undefined ? [] : [id]);
  switch (event.type) {
    case PARTICIPANT_ADMITTED:
      named.stakeholders.push(event.payload.stakeholderId);
      break;
    case DOCUMENT_REGISTERED: {
      const { source } = event.payload;
      if (source.kind === 'contribution') named.contributions.push(source.contributionId);
      break;
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      const e = event.payload;
      named.stakeholders.push(...e.submitters, ...e.coSponsors, ...optional(e.onBehalfOf));
      if (e.substance.kind !== 'report') named.documents.push(e.substance.documentId);
      named.contributions.push(e.contributionId);
      break;
    }
    case CONTRIBUTION_WITHDRAWN:
      named.contributions.push(event.payload.contributionId);
      named.stakeholders.push(event.payload.by);
      break;
    case AMENDMENT_PROPOSED:
      named.stakeholders.push(...event.payload.proposers, ...optional(event.payload.onBehalfOf));
      named.contributions.push(...optional(event.payload.contributionId));
      break;
    case AMENDMENT_CO_SPONSORED:
    case RESERVATION_RECORDED:
    case POSITION_EXPLAINED:
      named.stakeholders.push(event.payload.stakeholderId);
      break;
    case AMENDMENT_WITHDRAWN:
      named.stakeholders.push(event.payload.by);
      break;
    case DECISION_CORRECTED:
      named.decisions.push(event.payload.corrects);
      break;
    case PROVISIONS_READ:
      named.documents.push(event.payload.documentId);
      break;
    case REVISION_ISSUED: {
      const e = event.payload;
      named.amendments.push(...e.rebased.map((r) => r.amendmentId), ...e.overtaken, ...e.reflects.flatMap((r) => r.amendmentIds));
      break;
    }
    case SILENCE_BROKEN:
      named.stakeholders.push(event.payload.stakeholderId);
      break;
    case SILENCE_CONCLUDED:
      named.stakeholders.push(...event.payload.breaks.map((b) => b.stakeholderId));
      break;
    case STAKEHOLDER_INPUT_SUBMITTED:
      named.stakeholders.push(event.payload.stakeholderId);
      named.documents.push(event.payload.documentId);
      break;
    case STAKEHOLDER_INPUT_WITHDRAWN:
      named.stakeholders.push(event.payload.by);
      break;
  }
  if (isDocumentEvent(event)) named.documents.push(event.payload.documentId);
  if ('amendmentId' in event.payload) named.amendments.push(event.payload.amendmentId);
  if ('amendmentIds' in event.payload) named.amendments.push(...event.payload.amendmentIds);
  for (const id of named.amendments) {
    const amendment = known.amendments.get(id);
    if (amendment) named.stakeholders.push(...amendment.proposers, ...amendment.coSponsors, ...optional(amendment.onBehalfOf));
    if (amendment?.contributionId) named.contributions.push(amendment.contributionId);
  }
  for (const id of named.contributions) named.stakeholders.push(...(known.contributions.get(id)?.stakeholders ?? []));
  const missing = (kind: SubjectKind) => {
    const ids = new Set<string>();
    for (const id of named[kind]) if (!known[kind].has(id)) ids.add(id);
    return [...ids];
  };
  return {
    stakeholders: missing('stakeholders'),
    documents: missing('documents'),
    contributions: missing('contributions'),
    amendments: missing('amendments'),
    decisions: missing('decisions'),
  };
}

/** A subject as the history remembers it, or undefined when it was never remembered. */
export type SubjectLookup = <K extends SubjectKind>(kind: K, id: string) => SubjectOf<K> | undefined;
export type SubjectOf<K extends SubjectKind> = HistorySubjects[K] extends ReadonlyMap<string, infer S> ? S : never;

/**
 * The subjects an event names, then what those subjects name (an amendment's sponsors and
 * contribution), until nothing new is named: exactly what `historyStep` is given for the event.
 * Each subject is looked up once.
 */
export function subjectsFor(event: RecordedEvent, lookup: SubjectLookup): HistorySubjects {
  // Most events name subjects of one or two kinds: the others share one empty map.
  const subjects: Record<SubjectKind, ReadonlyMap<string, unknown>> = {
    stakeholders: NO_SUBJECTS,
    documents: NO_SUBJECTS,
    contributions: NO_SUBJECTS,
    amendments: NO_SUBJECTS,
    decisions: NO_SUBJECTS,
  };
  const tried = new Set<string>();
  for (;;) {
    const wanted = subjectsToLoad(event, subjects as HistorySubjects);
    // Only an amendment or a contribution found names more subjects: without one, the next round would find nothing new.
    let naming = 0;
    for (const kind of SUBJECT_KINDS) {
      for (const id of wanted[kind]) {
        const key = `${kind}:${id}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const subject = lookup(kind, id);
        if (subject === undefined) continue;
        if (subjects[kind] === NO_SUBJECTS) subjects[kind] = new Map();
        (subjects[kind] as Map<string, unknown>).set(id, subject);
        if (kind === 'amendments' || kind === 'contributions') naming++;
      }
    }
    if (naming === 0) return subjects as HistorySubjects;
  }
}

const NO_SUBJECTS: ReadonlyMap<string, never> = new Map<string, never>();
const SUBJECT_KINDS: readonly SubjectKind[] = ['stakeholders', 'documents', 'contributions', 'amendments', 'decisions'];
