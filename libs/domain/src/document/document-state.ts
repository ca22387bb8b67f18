import {
  ADOPTED_VERSION_ALIGNED,
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  AdoptionMethod,
  LANGUAGE_VERSION_ADDED,
  NewEvent,
  POSITION_EXPLAINED,
  PROVISION_STATUSES_RECORDED,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  RevisionIssuedV1,
  Ruling,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
  SILENCE_EXTENDED,
  SILENCE_STARTED,
  TRANSLATION_RECORDED,
  TRANSLATION_TASKS_OPENED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { AmendmentOperation, LanguageCode, ResolutionDocument, applyAmendment } from '#libs/text';
import {
  LanguageVersionsState,
  initialLanguageVersionsState,
  withAdoptedVersionAligned,
  withLanguageVersionAdded,
  withProvisionalAdoption,
  withTasksOpened,
  withTranslationRecorded,
  withoutTasksOfDeleted,
} from './language-state';
import { provisionsChangedBy } from './changed-provisions';
import { StateOfPlay, afterRevision, initialStateOfPlay, withProvisionStatuses } from './state-of-play-state';
import { SilenceRecord, evolveSilences } from './silence-state';

/** `overtaken`: a revision of the whole text took its place (named by the chair, or its words changed under it). */
export type AmendmentStatus = Ruling | 'pending' | 'merged' | 'withdrawn' | 'overtaken';

export interface AmendmentRecord {
  readonly id: string;
  readonly versionNumber: number;
  readonly operation: AmendmentOperation;
  readonly proposers: readonly string[];
  readonly coSponsors: readonly string[];
  readonly onBehalfOf?: string;
  readonly contributionId?: string;
  readonly status: AmendmentStatus;
  readonly revision: number;
  /** Its place among the document's amendments in the order they were proposed. */
  readonly sequence: number;
  /** The decision that ruled on it last, if any. */
  readonly decisionId?: string;
  /** The language version it was proposed against, when not the original. */
  readonly language?: LanguageCode;
  /** Its wording in the negotiating language, as the chair accepted it (an amendment proposed in another language). */
  readonly rendering?: AmendmentOperation;
}

export interface DocumentVersion {
  readonly number: number;
  readonly label: string;
  readonly text: ResolutionDocument;
  readonly adoptedAt?: VersionAdoption;
  /** Set when the version is a revision issued by the chair or co-facilitators (Rev.N), not adopted. */
  readonly revision?: VersionRevision;
}

/** A revision as issued: "Rev.2", its symbol and date, and the decision that recorded it. */
export interface VersionRevision {
  readonly number: number;
  readonly label: string;
  readonly symbol?: string;
  readonly date: string;
  readonly decisionId: string;
}

/** Where, when and as what a version was adopted; number, title and line are absent from adoptions recorded before they were kept. */
export interface VersionAdoption {
  readonly meeting: string;
  readonly date: string;
  readonly decisionId: string;
  readonly place?: string;
  /** "Resolution 1334 (Modified 2023)". */
  readonly number?: string;
  readonly symbol?: string;
  readonly title?: string;
  /** "adopted at the sixth Plenary Meeting". */
  readonly adoptionLine?: string;
  /** Without a vote, or a recorded vote and its tally; absent in adoptions recorded before it was kept. */
  readonly method?: AdoptionMethod;
}

/** An explanation of position or vote on record, by its id. */
export interface ExplanationRecord {
  readonly stakeholderId: string;
  readonly kind: 'position' | 'vote';
  readonly timing: 'before-adoption' | 'after-adoption';
  readonly versionNumber: number;
}

/** A change the chair's decisions made to the working text since the latest version. */
export interface AppliedChange {
  readonly decisionId: string;
  readonly operation: AmendmentOperation;
}

export interface DecisionRecord {
  readonly kind: 'ruling' | 'merge' | 'brackets' | 'adoption' | 'reservation' | 'correction' | 'statuses' | 'revision';
  readonly amendmentIds: readonly string[];
  /** The version whose working text the decision changed; an adoption freezes it into the next. */
  readonly versionNumber: number;
  readonly correctedBy?: string;
}

export interface DocumentState extends LanguageVersionsState {
  readonly registered: boolean;
  readonly documentId?: string;
  readonly consultationId?: string;
  readonly symbol?: string;
  /** Version 1 is the registered base; each adoption freezes the next. */
  readonly versions: readonly DocumentVersion[];
  /** The latest version with the changes decided since. */
  readonly working?: ResolutionDocument;
  readonly applied: readonly AppliedChange[];
  readonly amendments: Readonly<Record<string, AmendmentRecord>>;
  readonly decisions: Readonly<Record<string, DecisionRecord>>;
  /** Explanations of position or vote, by id; absent until the first is given. */
  readonly explanations?: Readonly<Record<string, ExplanationRecord>>;
  /** The statuses the chair recorded per provision, and the last round. */
  readonly stateOfPlay: StateOfPlay;
  /** The silence procedures, by id; at most one is open (`openSilence`). */
  readonly silences: Readonly<Record<string, SilenceRecord>>;
}

export const initialDocumentState: DocumentState = {
  registered: false,
  versions: [],
  applied: [],
  amendments: {},
  decisions: {},
  stateOfPlay: initialStateOfPlay,
  silences: {},
  ...initialLanguageVersionsState,
};

export function latestVersion(state: DocumentState): DocumentVersion {
  return state.versions[state.versions.length - 1];
}

/** Amendments still waiting for a ruling (pending or deferred). */
export function undecidedAmendments(state: DocumentState): AmendmentRecord[] {
  return Object.values(state.amendments).filter((a) => a.status === 'pending' || a.status === 'deferred');
}

/**
 * The latest version with the given changes applied in order. Recorded changes applied
 * once already, so a failure here means the record itself is inconsistent.
 */
export function replay(base: ResolutionDocument, changes: readonly AppliedChange[]): ResolutionDocument {
  return changes.reduce((text, change) => {
    const result = applyAmendment(text, change.operation);
    if (!result.ok) throw new Error(`recorded decision ${change.decisionId} no longer applies: ${result.refusal.message}`);
    return result.value;
  }, base);
}

function withAmendment(state: DocumentState, id: string, change: Partial<AmendmentRecord>): DocumentState {
  return { ...state, amendments: { ...state.amendments, [id]: { ...state.amendments[id], ...change } } };
}

function withApplied(state: DocumentState, change: AppliedChange | undefined): DocumentState {
  if (!change) return state;
  return { ...state, applied: [...state.applied, change], working: replay(state.working!, [change]) };
}

function withDecision(
  state: DocumentState,
  decisionId: string,
  record: Omit<DecisionRecord, 'versionNumber'> & { versionNumber?: number },
): DocumentState {
  const versionNumber = record.versionNumber ?? latestVersion(state).number;
  return { ...state, decisions: { ...state.decisions, [decisionId]: { ...record, versionNumber } } };
}

/** Rev.N becomes the next version and the working text; undecided amendments move onto it or close as overtaken. */
function withRevision(state: DocumentState, e: RevisionIssuedV1): DocumentState {
  const version: DocumentVersion = {
    number: e.versionNumber,
    label: e.label,
    text: e.text,
    revision: { number: e.revision, label: e.label, date: e.date, decisionId: e.decisionId, ...(e.symbol ? { symbol: e.symbol } : {}) },
  };
  const changed = new Set(e.changes.flatMap(provisionsChangedBy));
  let next: DocumentState = {
    ...state,
    versions: [...state.versions, version],
    working: e.text,
    applied: [],
    stateOfPlay: afterRevision(state.stateOfPlay, changed),
  };
  for (const { amendmentId, operation } of e.rebased)
    next = withAmendment(next, amendmentId, { operation, versionNumber: e.versionNumber });
  for (const id of e.overtaken) next = withAmendment(next, id, { status: 'overtaken', decisionId: e.decisionId });
  return withDecision(next, e.decisionId, { kind: 'revision', amendmentIds: [...e.overtaken] });
}

/** Folds one recorded document event into the state. */
export function evolveDocument(state: DocumentState, event: NewEvent): DocumentState {
  const next = evolveEvent(state, event);
  return next.working === state.working ? next : withoutTasksOfDeleted(next, next.working);
}

function evolveEvent(state: DocumentState, event: NewEvent): DocumentState {
  switch (event.type) {
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      return {
        ...state,
        registered: true,
        documentId: e.documentId,
        consultationId: e.consultationId,
        symbol: e.symbol,
        versions: [{ number: 1, label: e.versionLabel, text: e.text }],
        working: e.text,
        originalLanguage: e.text.language,
      };
    }
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      const record: AmendmentRecord = {
        id: e.amendmentId,
        versionNumber: e.versionNumber,
        operation: e.operation,
        proposers: e.proposers,
        coSponsors: [],
        onBehalfOf: e.onBehalfOf,
        contributionId: e.contributionId,
        status: 'pending',
        revision: 0,
        sequence: Object.keys(state.amendments).length,
        ...(e.language && e.language !== state.originalLanguage ? { language: e.language } : {}),
      };
      return { ...state, amendments: { ...state.amendments, [e.amendmentId]: record } };
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      return withAmendment(state, e.amendmentId, { coSponsors: [...state.amendments[e.amendmentId].coSponsors, e.stakeholderId] });
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      return withAmendment(state, e.amendmentId, {
        operation: e.operation,
        revision: e.revision,
        versionNumber: latestVersion(state).number,
      });
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      return withAmendment(state, e.amendmentId, { status: 'withdrawn' });
    }
    case AMENDMENT_RULED: {
      const e = event.payload;
      const ruled = { status: e.ruling, decisionId: e.decisionId, ...(e.rendering ? { rendering: e.rendering } : {}) };
      const next = withDecision(withAmendment(state, e.amendmentId, ruled), e.decisionId, {
        kind: 'ruling',
        amendmentIds: [e.amendmentId],
      });
      return withApplied(next, e.applied && { decisionId: e.decisionId, operation: e.applied });
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      let next = withDecision(state, e.decisionId, { kind: 'merge', amendmentIds: e.amendmentIds });
      for (const id of e.amendmentIds) next = withAmendment(next, id, { status: 'merged', decisionId: e.decisionId });
      return withApplied(next, { decisionId: e.decisionId, operation: e.applied });
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      return withApplied(withDecision(state, e.decisionId, { kind: 'brackets', amendmentIds: [] }), {
        decisionId: e.decisionId,
        operation: e.applied,
      });
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      const version: DocumentVersion = {
        number: e.versionNumber,
        label: e.label,
        text: e.text,
        adoptedAt: {
          meeting: e.meeting,
          date: e.date,
          decisionId: e.decisionId,
          ...(e.place ? { place: e.place } : {}),
          ...(e.number ? { number: e.number } : {}),
          ...(e.symbol ? { symbol: e.symbol } : {}),
          ...(e.title ? { title: e.title } : {}),
          ...(e.adoptionLine ? { adoptionLine: e.adoptionLine } : {}),
          ...(e.method ? { method: e.method } : {}),
        },
      };
      const adopted = withDecision({ ...state, versions: [...state.versions, version], working: e.text, applied: [] }, e.decisionId, {
        kind: 'adoption',
        amendmentIds: [],
      });
      return withProvisionalAdoption(adopted, e);
    }
    case REVISION_ISSUED:
      return withRevision(state, event.payload);
    case RESERVATION_RECORDED: {
      const e = event.payload;
      return withDecision(state, e.decisionId, { kind: 'reservation', amendmentIds: [] });
    }
    case PROVISION_STATUSES_RECORDED: {
      const e = event.payload;
      const next = withDecision(state, e.decisionId, { kind: 'statuses', amendmentIds: [], versionNumber: e.versionNumber });
      return { ...next, stateOfPlay: withProvisionStatuses(state.stateOfPlay, e) };
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      const corrected = state.decisions[e.corrects];
      let next = withDecision(state, e.corrects, { ...corrected, correctedBy: e.decisionId });
      next = withDecision(next, e.decisionId, { kind: 'correction', amendmentIds: [e.amendmentId] });
      next = withAmendment(next, e.amendmentId, { status: e.ruling, decisionId: e.decisionId });
      const applied = [
        ...next.applied.filter((change) => change.decisionId !== e.corrects),
        ...(e.applied ? [{ decisionId: e.decisionId, operation: e.applied }] : []),
      ];
      return { ...next, applied, working: replay(latestVersion(next).text, applied) };
    }
    case POSITION_EXPLAINED: {
      const e = event.payload;
      const record: ExplanationRecord = { stakeholderId: e.stakeholderId, kind: e.kind, timing: e.timing, versionNumber: e.versionNumber };
      return { ...state, explanations: { ...state.explanations, [e.explanationId]: record } };
    }
    case SILENCE_STARTED:
    case SILENCE_EXTENDED:
    case SILENCE_BROKEN:
    case SILENCE_CONCLUDED:
      return { ...state, silences: evolveSilences(state.silences, event) };
    case LANGUAGE_VERSION_ADDED:
      return withLanguageVersionAdded(state, event.payload);
    case TRANSLATION_TASKS_OPENED:
      return withTasksOpened(state, event.payload);
    case TRANSLATION_RECORDED:
      return withTranslationRecorded(state, event.payload);
    case ADOPTED_VERSION_ALIGNED:
      return withAdoptedVersionAligned(state, event.payload);
    default:
      return state;
  }
}
