import * as comment from './comment-events';
import * as consultation from './consultation-events';
import * as contribution from './contribution-events';
import * as document from './document-events';
import * as input from './input-events';
import * as language from './language-events';
import * as meeting from './meeting-events';
import * as negotiation from './negotiation-events';
import * as stakeholder from './stakeholder-events';
import { LedgerEvent } from './ledger-event';
import { RecordedEvent, StoredEvent, Typed } from './recorded-event';

/** Turns a stored event of an older schema version into the next version's shape. */
export type Upcaster = (payload: unknown) => unknown;

interface CatalogueEntry {
  readonly currentVersion: number;
  /** upcasters[v] turns version v into version v + 1. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

/** Every event type the ledger records, with its current schema version. */
export const EVENT_CATALOGUE: Readonly<Record<LedgerEvent['type'], CatalogueEntry>> = {
  [stakeholder.STAKEHOLDER_REGISTERED]: { currentVersion: 1, upcasters: {} },
  [consultation.CONSULTATION_REGISTERED]: { currentVersion: 2, upcasters: { 1: consultation.upcastConsultationRegisteredV1 } },
  [consultation.CONSULTATION_PHASE_CHANGED]: { currentVersion: 1, upcasters: {} },
  [consultation.PARTICIPANT_ADMITTED]: { currentVersion: 1, upcasters: {} },
  [meeting.MEETING_REGISTERED]: { currentVersion: 1, upcasters: {} },
  [meeting.PROVISIONS_READ]: { currentVersion: 1, upcasters: {} },
  [document.DOCUMENT_REGISTERED]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENT_PROPOSED]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENT_CO_SPONSORED]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENT_REVISED]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENT_WITHDRAWN]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENT_RULED]: { currentVersion: 1, upcasters: {} },
  [document.AMENDMENTS_MERGED]: { currentVersion: 1, upcasters: {} },
  [document.BRACKETS_SETTLED]: { currentVersion: 1, upcasters: {} },
  [document.VERSION_ADOPTED]: { currentVersion: 1, upcasters: {} },
  [document.RESERVATION_RECORDED]: { currentVersion: 1, upcasters: {} },
  [document.DECISION_CORRECTED]: { currentVersion: 1, upcasters: {} },
  [negotiation.REVISION_ISSUED]: { currentVersion: 1, upcasters: {} },
  [negotiation.PROVISION_STATUSES_RECORDED]: { currentVersion: 1, upcasters: {} },
  [negotiation.SILENCE_STARTED]: { currentVersion: 1, upcasters: {} },
  [negotiation.SILENCE_EXTENDED]: { currentVersion: 1, upcasters: {} },
  [negotiation.SILENCE_BROKEN]: { currentVersion: 1, upcasters: {} },
  [negotiation.SILENCE_CONCLUDED]: { currentVersion: 1, upcasters: {} },
  [negotiation.POSITION_EXPLAINED]: { currentVersion: 1, upcasters: {} },
  [language.LANGUAGE_VERSION_ADDED]: { currentVersion: 1, upcasters: {} },
  [language.TRANSLATION_TASKS_OPENED]: { currentVersion: 1, upcasters: {} },
  [language.TRANSLATION_RECORDED]: { currentVersion: 1, upcasters: {} },
  [language.ADOPTED_VERSION_ALIGNED]: { currentVersion: 1, upcasters: {} },
  [contribution.CONTRIBUTION_SUBMITTED]: { currentVersion: 1, upcasters: {} },
  [contribution.CONTRIBUTION_REVISED]: { currentVersion: 1, upcasters: {} },
  [contribution.CONTRIBUTION_WITHDRAWN]: { currentVersion: 1, upcasters: {} },
  [contribution.CO_SUBMISSION_CONFIRMED]: { currentVersion: 1, upcasters: {} },
  [contribution.CO_SUBMISSION_DECLINED]: { currentVersion: 1, upcasters: {} },
  [input.STAKEHOLDER_INPUT_SUBMITTED]: { currentVersion: 1, upcasters: {} },
  [input.STAKEHOLDER_INPUT_WITHDRAWN]: { currentVersion: 1, upcasters: {} },
  [comment.COMMENT_POSTED]: { currentVersion: 1, upcasters: {} },
  [comment.COMMENT_HIDDEN]: { currentVersion: 1, upcasters: {} },
};

/** The events of a consultation's stream. */
export const CONSULTATION_EVENT_TYPES = [
  consultation.CONSULTATION_REGISTERED,
  consultation.CONSULTATION_PHASE_CHANGED,
  consultation.PARTICIPANT_ADMITTED,
  meeting.MEETING_REGISTERED,
  meeting.PROVISIONS_READ,
] as const;

/** The events of a document's stream: its registration, the amendments to it and the chair's decisions on them. */
export const DOCUMENT_EVENT_TYPES = [
  document.DOCUMENT_REGISTERED,
  document.AMENDMENT_PROPOSED,
  document.AMENDMENT_CO_SPONSORED,
  document.AMENDMENT_REVISED,
  document.AMENDMENT_WITHDRAWN,
  document.AMENDMENT_RULED,
  document.AMENDMENTS_MERGED,
  document.BRACKETS_SETTLED,
  document.VERSION_ADOPTED,
  document.RESERVATION_RECORDED,
  document.DECISION_CORRECTED,
  negotiation.REVISION_ISSUED,
  negotiation.PROVISION_STATUSES_RECORDED,
  negotiation.SILENCE_STARTED,
  negotiation.SILENCE_EXTENDED,
  negotiation.SILENCE_BROKEN,
  negotiation.SILENCE_CONCLUDED,
  negotiation.POSITION_EXPLAINED,
  language.LANGUAGE_VERSION_ADDED,
  language.TRANSLATION_TASKS_OPENED,
  language.TRANSLATION_RECORDED,
  language.ADOPTED_VERSION_ALIGNED,
] as const;

/** The events of a contribution's stream. */
export const CONTRIBUTION_EVENT_TYPES = [
  contribution.CONTRIBUTION_SUBMITTED,
  contribution.CONTRIBUTION_REVISED,
  contribution.CONTRIBUTION_WITHDRAWN,
  contribution.CO_SUBMISSION_CONFIRMED,
  contribution.CO_SUBMISSION_DECLINED,
] as const;

/** The events of a stakeholder input's stream. */
export const INPUT_EVENT_TYPES = [input.STAKEHOLDER_INPUT_SUBMITTED, input.STAKEHOLDER_INPUT_WITHDRAWN] as const;

/** The events of a comment's stream. */
export const COMMENT_EVENT_TYPES = [comment.COMMENT_POSTED, comment.COMMENT_HIDDEN] as const;

/** Every event type the ledger records (the catalogue's keys). */
export const EVENT_TYPES = [
  stakeholder.STAKEHOLDER_REGISTERED,
  ...CONSULTATION_EVENT_TYPES,
  ...DOCUMENT_EVENT_TYPES,
  ...CONTRIBUTION_EVENT_TYPES,
  ...INPUT_EVENT_TYPES,
  ...COMMENT_EVENT_TYPES,
] as const;

/** Whether two types are the same: a list of event types and the union it stands for must agree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listsMatchUnions: [
  Same<(typeof CONSULTATION_EVENT_TYPES)[number], consultation.ConsultationEvent['type']>,
  Same<(typeof DOCUMENT_EVENT_TYPES)[number], document.DocumentEvent['type']>,
  Same<(typeof CONTRIBUTION_EVENT_TYPES)[number], contribution.ContributionEvent['type']>,
  Same<(typeof INPUT_EVENT_TYPES)[number], input.InputEvent['type']>,
  Same<(typeof COMMENT_EVENT_TYPES)[number], comment.CommentEvent['type']>,
  Same<(typeof EVENT_TYPES)[number], LedgerEvent['type']>,
] = [true, true, true, true, true, true];
void listsMatchUnions;

const CONSULTATION_EVENTS: ReadonlySet<string> = new Set(CONSULTATION_EVENT_TYPES);
const DOCUMENT_EVENTS: ReadonlySet<string> = new Set(DOCUMENT_EVENT_TYPES);
const CONTRIBUTION_EVENTS: ReadonlySet<string> = new Set(CONTRIBUTION_EVENT_TYPES);
const INPUT_EVENTS: ReadonlySet<string> = new Set(INPUT_EVENT_TYPES);
const COMMENT_EVENTS: ReadonlySet<string> = new Set(COMMENT_EVENT_TYPES);

/** Whether an event is of a consultation's stream (see `CONSULTATION_EVENT_TYPES`). */
export function isConsultationEvent(event: RecordedEvent): event is RecordedEvent<consultation.ConsultationEvent> {
  return CONSULTATION_EVENTS.has(event.type);
}

/** Whether an event is of a document's stream (see `DOCUMENT_EVENT_TYPES`). */
export function isDocumentEvent(event: RecordedEvent): event is RecordedEvent<document.DocumentEvent> {
  return DOCUMENT_EVENTS.has(event.type);
}

/** Whether an event is of a contribution's stream (see `CONTRIBUTION_EVENT_TYPES`). */
export function isContributionEvent(event: RecordedEvent): event is RecordedEvent<contribution.ContributionEvent> {
  return CONTRIBUTION_EVENTS.has(event.type);
}

/** Whether an event is of a stakeholder input's stream (see `INPUT_EVENT_TYPES`). */
export function isInputEvent(event: RecordedEvent): event is RecordedEvent<input.InputEvent> {
  return INPUT_EVENTS.has(event.type);
}

/** Whether an event is of a comment's stream (see `COMMENT_EVENT_TYPES`). */
export function isCommentEvent(event: RecordedEvent): event is RecordedEvent<comment.CommentEvent> {
  return COMMENT_EVENTS.has(event.type);
}

export class UnknownEventTypeError extends Error {
  constructor(readonly eventType: string) {
    super(`event type "${eventType}" is not in the catalogue`);
  }
}

function isEventType(type: string): type is LedgerEvent['type'] {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}

/** An event read in its current schema, with the other fields it came with. */
export type Upcast<S extends Typed<string, unknown>> = Omit<S, keyof Typed<string, unknown>> & LedgerEvent;

/**
 * Reads a stored event as the current shape of its type, whatever version it was stored in.
 * The one place a payload is taken to be its type's: the store recorded it through the
 * event's factory in the schema version it names, and the upcasters bring it up to date.
 */
export function upcast(event: StoredEvent): RecordedEvent;
export function upcast<S extends Typed<string, unknown>>(event: S): Upcast<S>;
export function upcast(event: Typed<string, unknown>): Typed<string, unknown> {
  if (!isEventType(event.type)) throw new UnknownEventTypeError(event.type);
  const entry = EVENT_CATALOGUE[event.type];
  let payload = event.payload;
  for (let version = event.schemaVersion; version < entry.currentVersion; version++) {
    const step = entry.upcasters[version];
    if (!step) throw new Error(`no upcaster for ${event.type} from schema version ${version}`);
    payload = step(payload);
  }
  return { ...event, schemaVersion: entry.currentVersion, payload };
}
