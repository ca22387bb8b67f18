import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  BRACKETS_SETTLED,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  ContributionSubstance,
  DocumentEvent,
  PARTICIPANT_ADMITTED,
  PHASES,
  RESERVATION_RECORDED,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  VERSION_ADOPTED,
  isDocumentEvent,
} from '#libs/contracts';
import type { HistoryKind } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, allProvisions, outlineDocument } from '#libs/text';
import { footprintOf, touchedIds } from './compilation-footprint';
import { Names, adoptionPhrase, counted, describeOperation, listed, quote, rulingWord, sittingPhrase, sponsorsPhrase } from './history-summary';

/*
 * The consultation history as a pure step: given an event and what the history remembers
 * of the subjects it names, the row of the timeline it makes (who was involved, which
 * provisions it touched, a one-line summary) and what to remember for the events after it.
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

/** One row of a consultation's timeline, before it is given its place (the event's position, time and actor). */
export interface HistoryEntry {
  readonly consultationId: string;
  readonly kind: HistoryKind;
  readonly documentId?: string;
  readonly stakeholders: readonly string[];
  readonly provisions: readonly string[];
  readonly summary: string;
  readonly details: Record<string, unknown>;
}

export interface HistoryStep {
  readonly entry?: HistoryEntry;
  readonly remember: readonly SubjectUpdate[];
  /** Provisions to add to an earlier row: a contribution's, as the amendments it carries follow it in one command. */
  readonly extend?: { readonly position: number; readonly provisions: readonly string[] };
}

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
      named.stakeholders.push(event.payload.stakeholderId);
      break;
    case AMENDMENT_WITHDRAWN:
      named.stakeholders.push(event.payload.by);
      break;
    case DECISION_CORRECTED:
      named.decisions.push(event.payload.corrects);
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
  return { stakeholders: missing('stakeholders'), documents: missing('documents'), contributions: missing('contributions'), amendments: missing('amendments'), decisions: missing('decisions') };
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
  const subjects: Record<SubjectKind, ReadonlyMap<string, unknown>> = { stakeholders: NO_SUBJECTS, documents: NO_SUBJECTS, contributions: NO_SUBJECTS, amendments: NO_SUBJECTS, decisions: NO_SUBJECTS };
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

/** The row an event adds to its consultation's timeline, and what the history remembers for the events after it. */
export function historyStep(event: RecordedEvent, subjects: HistorySubjects): HistoryStep {
  const actorAsStakeholder = event.metadata.actor.role === 'stakeholder' ? [event.metadata.actor.id] : [];
  const names = namesFor(subjects);
  const details = (payload: unknown = event.payload) => ({
    event: { type: event.type, eventId: event.eventId, streamId: event.streamId, streamVersion: event.streamVersion, correlationId: event.metadata.correlationId, occurredAt: event.metadata.occurredAt },
    payload,
  });
  const entry = (fields: Omit<HistoryEntry, 'details' | 'stakeholders' | 'provisions'> & { stakeholders?: readonly string[]; provisions?: readonly string[]; payload?: unknown }): HistoryEntry => {
    const { payload, stakeholders = [], provisions = [], ...rest } = fields;
    return { ...rest, stakeholders: unique([...actorAsStakeholder, ...stakeholders]), provisions: unique(provisions), details: details(payload === undefined ? event.payload : payload) };
  };

  switch (event.type) {
    case STAKEHOLDER_REGISTERED: {
      const e = event.payload;
      return { remember: [{ kind: 'stakeholders', id: e.stakeholderId, subject: { name: e.name } }] };
    }
    case CONSULTATION_REGISTERED: {
      const e = event.payload;
      const chairs = e.chairs.length > 0 ? `; chairs ${listed([...e.chairs])}` : '';
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'consultation-registered',
          summary: `Consultation "${quote(e.title)}" registered: ${e.body}, ${quote(e.subject, 60)} (original language ${e.originalLanguage})${chairs}`,
        }),
        remember: [],
      };
    }
    case CONSULTATION_PHASE_CHANGED: {
      const e = event.payload;
      const back = PHASES.indexOf(e.to) < PHASES.indexOf(e.from);
      const summary = back ? `Reopened ${e.to} (from ${e.from})${e.reason ? `: ${quote(e.reason)}` : ''}` : `Moved from ${e.from} to ${e.to}${e.reason ? `: ${quote(e.reason)}` : ''}`;
      return { entry: entry({ consultationId: e.consultationId, kind: 'phase-changed', summary }), remember: [] };
    }
    case PARTICIPANT_ADMITTED: {
      const e = event.payload;
      return {
        entry: entry({ consultationId: e.consultationId, kind: 'participant-admitted', stakeholders: [e.stakeholderId], summary: `${names.stakeholder(e.stakeholderId)} admitted as a participant` }),
        remember: [],
      };
    }
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      const ids = [...allProvisions(e.text)].map((provision) => provision.id);
      const contribution = e.source.kind === 'contribution' ? subjects.contributions.get(e.source.contributionId) : undefined;
      const origin =
        e.source.kind === 'import'
          ? `imported base text${e.source.warnings > 0 ? ` (${counted(e.source.warnings, 'import warning')})` : ''}`
          : `the draft new resolution of ${contribution?.symbol ?? e.source.contributionId}`;
      const { text: _text, ...rest } = e;
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'document-registered',
          documentId: e.documentId,
          stakeholders: contribution?.stakeholders ?? [],
          provisions: ids,
          summary: `${e.symbol} (${e.versionLabel}) registered as version 1: ${origin}, ${counted(ids.length, 'provision')}`,
          payload: { ...rest, text: { title: e.text.title, language: e.text.language, style: e.text.style, provisions: ids.length } },
        }),
        remember: [{ kind: 'documents', id: e.documentId, subject: { consultationId: e.consultationId, symbol: e.symbol, versionNumber: 1, versionLabel: e.versionLabel, text: e.text } }],
      };
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      const e = event.payload;
      const revision = 'revision' in e ? e.revision : 0;
      const stakeholders = unique([...e.submitters, ...e.coSponsors, ...(e.onBehalfOf ? [e.onBehalfOf] : [])]);
      const previous = subjects.contributions.get(e.contributionId);
      const who = sponsorsPhrase({ proposers: e.submitters, coSponsors: e.coSponsors, onBehalfOf: e.onBehalfOf }, names);
      const substance = substancePhrase(e.substance, subjects);
      const summary =
        revision === 0
          ? `${who} submitted ${e.symbol} "${quote(e.title)}": ${substance}`
          : `${who} issued ${e.symbol}, Rev.${revision} of ${previous?.symbol ?? e.contributionId} "${quote(e.title)}": ${substance}`;
      return {
        entry: entry({ consultationId: e.consultationId, kind: revision === 0 ? 'contribution-submitted' : 'contribution-revised', stakeholders, summary }),
        remember: [
          {
            kind: 'contributions',
            id: e.contributionId,
            subject: { consultationId: e.consultationId, symbol: e.symbol, title: e.title, stakeholders, submitters: [...e.submitters], position: event.position, correlationId: event.metadata.correlationId },
          },
        ],
      };
    }
    case CONTRIBUTION_WITHDRAWN: {
      const e = event.payload;
      const contribution = subjects.contributions.get(e.contributionId);
      const summary = `${contribution?.symbol ?? e.contributionId}${contribution ? ` "${quote(contribution.title)}"` : ''} withdrawn by ${names.stakeholder(e.by)}${e.reason ? `: ${quote(e.reason)}` : ''}`;
      return {
        entry: entry({ consultationId: e.consultationId, kind: 'contribution-withdrawn', stakeholders: [...(contribution?.stakeholders ?? []), e.by], summary }),
        remember: contribution ? [{ kind: 'contributions', id: e.contributionId, subject: { ...contribution, position: event.position, correlationId: event.metadata.correlationId } }] : [],
      };
    }
    default:
      return isDocumentEvent(event) ? documentStep(event, subjects, names, entry) : { remember: [] };
  }
}

type MakeEntry = (fields: Omit<HistoryEntry, 'details' | 'stakeholders' | 'provisions'> & { stakeholders?: readonly string[]; provisions?: readonly string[]; payload?: unknown }) => HistoryEntry;

/** The events of a document's stream: amendments and the chair's decisions. */
function documentStep(event: RecordedEvent<DocumentEvent>, subjects: HistorySubjects, names: Names, entry: MakeEntry): HistoryStep {
  const documentId = event.payload.documentId;
  const document = subjects.documents.get(documentId);
  if (!documentId || !document) return { remember: [] };
  const docNames = namesFor(subjects, document.text);
  const base = { consultationId: document.consultationId, documentId };
  const amendmentOf = (id: string): AmendmentSubject => {
    const amendment = subjects.amendments.get(id);
    if (!amendment) throw new Error(`${event.type} at position ${event.position} names amendment ${id}, which was never proposed`);
    return amendment;
  };
  const sponsorsOf = (a: AmendmentSubject) => [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])];
  const ofWhom = (a: AmendmentSubject) => `${a.description}, proposed by ${sponsorsPhrase(a, names)}${a.contributionSymbol ? ` (${a.contributionSymbol})` : ''}`;
  const touched = (op: AmendmentOperation | undefined) => (op ? touchedIds(footprintOf(op, document.text)) : []);
  const extendContribution = (a: { contributionId?: string }, provisions: readonly string[]): HistoryStep['extend'] => {
    const contribution = a.contributionId === undefined ? undefined : subjects.contributions.get(a.contributionId);
    return contribution && contribution.correlationId === event.metadata.correlationId && provisions.length > 0 ? { position: contribution.position, provisions } : undefined;
  };

  switch (event.type) {
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      const contribution = e.contributionId === undefined ? undefined : subjects.contributions.get(e.contributionId);
      const amendment: AmendmentSubject = {
        ...base,
        operation: e.operation,
        proposers: [...e.proposers],
        coSponsors: [],
        ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf } : {}),
        ...(e.contributionId ? { contributionId: e.contributionId } : {}),
        ...(contribution ? { contributionSymbol: contribution.symbol } : {}),
        description: describeOperation(e.operation, docNames),
        provisions: touched(e.operation),
      };
      return {
        entry: entry({
          ...base,
          kind: 'amendment-proposed',
          stakeholders: sponsorsOf(amendment),
          provisions: amendment.provisions,
          summary: `${sponsorsPhrase(amendment, names)} proposed ${amendment.description} in ${document.symbol}${contribution ? ` (${contribution.symbol})` : ''}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: amendment }],
        extend: extendContribution(amendment, amendment.provisions),
      };
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const after = { ...amendment, coSponsors: unique([...amendment.coSponsors, e.stakeholderId]) };
      return {
        entry: entry({
          ...base,
          kind: 'amendment-co-sponsored',
          stakeholders: [e.stakeholderId, ...sponsorsOf(amendment)],
          provisions: amendment.provisions,
          summary: `${names.stakeholder(e.stakeholderId)} co-sponsored ${ofWhom(amendment)}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: after }],
      };
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const contribution = amendment.contributionId === undefined ? undefined : subjects.contributions.get(amendment.contributionId);
      const revised: AmendmentSubject = {
        ...amendment,
        operation: e.operation,
        description: describeOperation(e.operation, docNames),
        provisions: touched(e.operation),
        ...(contribution ? { contributionSymbol: contribution.symbol } : {}),
      };
      const provisions = unique([...amendment.provisions, ...revised.provisions]);
      return {
        entry: entry({
          ...base,
          kind: 'amendment-revised',
          stakeholders: sponsorsOf(amendment),
          provisions,
          summary: `Revised (Rev.${e.revision}): ${ofWhom(revised)}${e.explanation ? ` (${quote(e.explanation, 60)})` : ''}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: revised }],
        extend: extendContribution(amendment, provisions),
      };
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      return {
        entry: entry({
          ...base,
          kind: 'amendment-withdrawn',
          stakeholders: sponsorsOf(amendment),
          provisions: amendment.provisions,
          summary: `Withdrawn by ${names.stakeholder(e.by)}: ${ofWhom(amendment)}${e.reason ? ` (${quote(e.reason, 60)})` : ''}`,
        }),
        remember: [],
        extend: extendContribution(amendment, amendment.provisions),
      };
    }
    case AMENDMENT_RULED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const applied = touched(e.applied);
      const compromise = e.compromise ? `; compromise: ${describeOperation(e.compromise, docNames)}` : '';
      return {
        entry: entry({
          ...base,
          kind: 'amendment-ruled',
          stakeholders: sponsorsOf(amendment),
          provisions: [...amendment.provisions, ...applied, ...touched(e.compromise)],
          summary: `${rulingWord(e.ruling)}${sittingPhrase(e)}: ${ofWhom(amendment)}${compromise}${e.reason ? ` (${quote(e.reason, 60)})` : ''}`,
        }),
        remember: [{ kind: 'decisions', id: e.decisionId, subject: { ...base, amendmentIds: [e.amendmentId], ruling: e.ruling, provisions: applied } }],
      };
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      const amendments = e.amendmentIds.map(amendmentOf);
      const applied = touched(e.applied);
      const merged = amendments.map((a) => `${a.description} (${sponsorsPhrase(a, names)})`);
      return {
        entry: entry({
          ...base,
          kind: 'amendments-merged',
          stakeholders: amendments.flatMap(sponsorsOf),
          provisions: [...amendments.flatMap((a) => a.provisions), ...applied],
          summary: `Merged${sittingPhrase(e)}: ${listed(merged)}, into ${describeOperation(e.operation, docNames)}`,
        }),
        remember: [{ kind: 'decisions', id: e.decisionId, subject: { ...base, amendmentIds: [...e.amendmentIds], ruling: 'merged', provisions: applied } }],
      };
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      const kept = e.choice === 'none' ? 'no alternative kept' : `alternative ${e.choice + 1} kept`;
      return {
        entry: entry({
          ...base,
          kind: 'brackets-settled',
          provisions: [e.provisionId],
          summary: `Brackets settled in ${docNames.provision(e.provisionId)}${sittingPhrase(e)}: bracket group ${e.bracketIndex + 1}, ${kept}`,
        }),
        remember: [{ kind: 'decisions', id: e.decisionId, subject: { ...base, amendmentIds: [], provisions: [e.provisionId] } }],
      };
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      const changed = provisionsChangedBetween(document.text, e.text);
      const sectionIds = new Set([...document.text.preamble, ...document.text.operative, ...e.text.preamble, ...e.text.operative].map((section) => section.id));
      const headings = changed.filter((id) => sectionIds.has(id)).length;
      const what = `${counted(changed.length - headings, 'provision')}${headings > 0 ? ` and ${counted(headings, 'heading')}` : ''}`;
      const leftOpen = e.leftOpen.amendmentIds.length + e.leftOpen.brackets > 0
        ? `; left open: ${counted(e.leftOpen.amendmentIds.length, 'amendment')}, ${counted(e.leftOpen.brackets, 'bracket group')}`
        : '';
      const { text: _text, ...rest } = e;
      return {
        entry: entry({
          ...base,
          kind: 'version-adopted',
          provisions: changed,
          summary: `Version ${e.versionNumber} "${e.label}" of ${document.symbol} adopted${adoptionPhrase(e)}: ${what} changed since version ${document.versionNumber}${leftOpen}`,
          payload: rest,
        }),
        remember: [{ kind: 'documents', id: documentId, subject: { ...document, versionNumber: e.versionNumber, versionLabel: e.label, text: e.text } }],
      };
    }
    case RESERVATION_RECORDED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'reservation-recorded',
          stakeholders: [e.stakeholderId],
          provisions: [e.provisionId],
          summary: `${names.stakeholder(e.stakeholderId)} recorded a reservation on ${docNames.provision(e.provisionId)}${sittingPhrase(e)}: "${quote(e.text)}"`,
        }),
        remember: [],
      };
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const corrected = subjects.decisions.get(e.corrects);
      const applied = touched(e.applied);
      const from = corrected?.ruling ? `${corrected.ruling} → ` : '';
      return {
        entry: entry({
          ...base,
          kind: 'decision-corrected',
          stakeholders: sponsorsOf(amendment),
          provisions: [...amendment.provisions, ...(corrected?.provisions ?? []), ...applied, ...touched(e.compromise)],
          summary: `Decision ${e.corrects} corrected${sittingPhrase(e)}: ${from}${e.ruling} on ${ofWhom(amendment)} (${quote(e.reason, 80)})`,
        }),
        remember: [{ kind: 'decisions', id: e.decisionId, subject: { ...base, amendmentIds: [e.amendmentId], ruling: e.ruling, provisions: applied } }],
      };
    }
    default:
      return { remember: [] };
  }
}

function substancePhrase(substance: ContributionSubstance, subjects: HistorySubjects): string {
  switch (substance.kind) {
    case 'amendments':
      return `${counted(substance.amendmentIds.length, 'amendment')} to ${subjects.documents.get(substance.documentId)?.symbol ?? substance.documentId}`;
    case 'draft':
      return 'a draft new resolution';
    case 'report':
      return 'an information report';
  }
}

/** How summaries name stakeholders, and the provisions and sections of a document by the labels and headings of its latest text. */
function namesFor(subjects: HistorySubjects, text?: ResolutionDocument): Names {
  return {
    stakeholder: (id) => subjects.stakeholders.get(id)?.name ?? id,
    provision: (id) => {
      const label = text && labelsOf(text).places.get(id);
      return label ? `${id} [${label}]` : id;
    },
    section: (id) => {
      const heading = text && labelsOf(text).headings.get(id);
      return heading ? `${id} "${quote(heading, 60)}"` : id;
    },
  };
}

// Texts are never changed in place, and a batch hands the same text to every event of its document: outline each once.
const LABELS = new WeakMap<ResolutionDocument, { readonly places: ReadonlyMap<string, string>; readonly headings: ReadonlyMap<string, string> }>();

/** The printed label of each provision and the heading of each section of a text. */
function labelsOf(text: ResolutionDocument) {
  let labels = LABELS.get(text);
  if (!labels) {
    labels = {
      places: new Map(outlineDocument(text).map((place) => [place.provision.id, place.printedLabel])),
      headings: new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading])),
    };
    LABELS.set(text, labels);
  }
  return labels;
}

/**
 * The provisions (and sections) an adopted version changes against the version before it:
 * added, removed, reworded, with footnotes changed, moved to another place; and the
 * sections added, removed or given another heading. A provision relettered because
 * another was inserted before it is not changed: its label is derived from its place.
 */
export function provisionsChangedBetween(before: ResolutionDocument, after: ResolutionDocument): string[] {
  const describe = (doc: ResolutionDocument) => {
    const map = new Map<string, { container: string; text: string; footnotes: string }>();
    const order = new Map<string, string[]>();
    for (const place of outlineDocument(doc)) {
      const container = place.parentId !== undefined ? `provision:${place.parentId}` : `section:${place.sectionId}`;
      map.set(place.provision.id, { container, text: place.provision.text, footnotes: JSON.stringify(place.provision.footnotes.map((footnote) => footnote.text)) });
      order.set(container, [...(order.get(container) ?? []), place.provision.id]);
    }
    return { map, order };
  };
  const old = describe(before);
  const now = describe(after);
  const changed = new Set<string>();
  for (const [id, place] of now.map) {
    const was = old.map.get(id);
    if (!was || was.container !== place.container || was.text !== place.text || was.footnotes !== place.footnotes) changed.add(id);
  }
  for (const id of old.map.keys()) if (!now.map.has(id)) changed.add(id);
  // Within a list that kept its members, the ones out of the longest run still in order were moved.
  for (const [container, ids] of now.order) {
    const kept = ids.filter((id) => old.map.get(id)?.container === container);
    const previously = (old.order.get(container) ?? []).filter((id) => kept.includes(id));
    const inOrder = new Set(longestCommonSubsequence(previously, kept));
    kept.filter((id) => !inOrder.has(id)).forEach((id) => changed.add(id));
  }
  const sections = (doc: ResolutionDocument) => new Map([...doc.preamble, ...doc.operative].map((section) => [section.id, section.heading]));
  const oldSections = sections(before);
  const newSections = sections(after);
  for (const [id, heading] of newSections) if (oldSections.get(id) !== heading) changed.add(id);
  for (const id of oldSections.keys()) if (!newSections.has(id)) changed.add(id);
  const order = [...outlineDocument(after).map((place) => place.provision.id), ...outlineDocument(before).map((place) => place.provision.id), ...newSections.keys(), ...oldSections.keys()];
  return unique(order.filter((id) => changed.has(id)));
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): string[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const common: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      common.push(a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return common;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
