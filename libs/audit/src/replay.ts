/**
 * Replay from the events alone: the state of a consultation and the text of each of its
 * documents at any moment (a global position or a time), and the answer to an auditor's
 * "why does this provision read like this": the events that gave it its wording.
 *
 * Deterministic and pure: the write side's own evolve functions (libs/domain) fold the
 * events, the text engine (libs/text) applies the decisions, nothing else is consulted. The
 * same events give the same texts here, in the projections and on the write side.
 */
import {
  AMENDMENTS_MERGED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AmendmentProposed,
  AmendmentRevised,
  AmendmentRuled,
  AmendmentsMerged,
  BRACKETS_SETTLED,
  BracketsSettled,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  ContributionRevised,
  ContributionSubmitted,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  DecisionCorrected,
  LedgerEvent,
  RESERVATION_RECORDED,
  StoredEvent,
  Typed,
  VERSION_ADOPTED,
  upcast,
} from '#libs/contracts';
import { ConsultationState, DocumentState, evolveConsultation, evolveDocument, initialConsultationState, initialDocumentState, latestVersion } from '#libs/domain';
import { ProvisionPlace, ResolutionDocument, foldPresentationForms, locateProvision, outlineDocument, searchKey } from '#libs/text';

/** A moment of the history: after the event at `position`, or after every event recorded at or before `time` (ISO 8601). */
export interface ReplayMoment {
  readonly position?: number;
  readonly time?: string;
}

/** The fields of a recorded event a replay reads, as stored (of whatever schema version). */
export type ReplayedEvent = Pick<StoredEvent, 'position' | 'eventId' | 'streamId' | 'type' | 'schemaVersion' | 'payload' | 'recordedAt'> & {
  readonly metadata?: unknown;
};

/** A replayed event read in its current schema. */
export type CurrentEvent<E extends LedgerEvent = LedgerEvent> = Omit<ReplayedEvent, keyof Typed<string, unknown>> & E;

/** Whether an event belongs to the history up to a moment. */
export function happenedBy(event: ReplayedEvent, at: ReplayMoment = {}): boolean {
  if (at.position !== undefined && event.position > at.position) return false;
  if (at.time !== undefined && Date.parse(event.recordedAt) > Date.parse(at.time)) return false;
  return true;
}

/** The event as the current schema reads it; undefined for a type the catalogue does not know. */
function current(event: ReplayedEvent): CurrentEvent | undefined {
  try {
    return upcast(event);
  } catch {
    return undefined;
  }
}

export interface DocumentReplay {
  readonly documentId: string;
  readonly state: DocumentState;
  /** The working text: the latest version with every decision taken since. */
  readonly text: ResolutionDocument;
  readonly versionNumber: number;
  readonly versionLabel: string;
  /** The last event of the document's stream at the moment. */
  readonly lastPosition: number;
}

const documentStream = (documentId: string) => `document-${documentId}`;

/** A document's state and text at a moment, folded from its stream; undefined when it was not registered yet. */
export function replayDocument(events: Iterable<ReplayedEvent>, documentId: string, at: ReplayMoment = {}): DocumentReplay | undefined {
  const stream = documentStream(documentId);
  let state = initialDocumentState;
  let lastPosition = 0;
  for (const recorded of events) {
    if (recorded.streamId !== stream || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (!event) continue;
    state = evolveDocument(state, event);
    lastPosition = event.position;
  }
  if (!state.registered || !state.working) return undefined;
  const version = latestVersion(state);
  return { documentId, state, text: state.working, versionNumber: version.number, versionLabel: version.label, lastPosition };
}

export interface ConsultationReplay {
  readonly consultationId: string;
  readonly state: ConsultationState;
  /** Each document registered in the consultation by the moment, in order of registration. */
  readonly documents: readonly DocumentReplay[];
  readonly lastPosition: number;
}

/** A consultation's state and every one of its documents at a moment; undefined when it was not registered yet. */
export function replayConsultation(events: Iterable<ReplayedEvent>, consultationId: string, at: ReplayMoment = {}): ConsultationReplay | undefined {
  const list = [...events];
  let state = initialConsultationState;
  let lastPosition = 0;
  const documentIds: string[] = [];
  for (const recorded of list) {
    if (!happenedBy(recorded, at)) continue;
    if (recorded.streamId === `consultation-${consultationId}`) {
      const event = current(recorded);
      if (!event) continue;
      state = evolveConsultation(state, event);
      lastPosition = Math.max(lastPosition, event.position);
    } else if (recorded.type === DOCUMENT_REGISTERED) {
      const event = current(recorded);
      if (event?.type === DOCUMENT_REGISTERED && event.payload.consultationId === consultationId) documentIds.push(event.payload.documentId);
    }
  }
  if (!state.registered) return undefined;
  const documents = documentIds.map((id) => replayDocument(list, id, at)).filter((d): d is DocumentReplay => d !== undefined);
  for (const document of documents) lastPosition = Math.max(lastPosition, document.lastPosition);
  return { consultationId, state, documents, lastPosition };
}

// ---------------------------------------------------------------------------------------
// Finding a provision by what the auditor calls it
// ---------------------------------------------------------------------------------------

export interface FoundProvision {
  readonly place: ProvisionPlace;
  readonly sectionHeading: string;
  /** 1-based among the sections of its part. */
  readonly sectionNumber: number;
  /** How to name it unambiguously: "operative 1/3", "preamble 2/ب". */
  readonly reference: string;
}

export type ProvisionLookup = { readonly ok: true; readonly found: FoundProvision } | { readonly ok: false; readonly reason: string; readonly candidates: readonly string[] };

/** A label as typed or printed, reduced to what tells labels apart: "هـ )", "ﻫ)", "ه" → "ه"; "(a)" → "a"; "'1'", "1 -", "١" → "1". */
export function labelKey(label: string): string {
  return foldPresentationForms(label)
    .normalize('NFC')
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0640\u064B-\u065F\u0670]/gu, '')
    .replace(/[\s\u00A0()（）.'’‘`´"“”\-–—]/gu, '')
    .toLowerCase();
}

const PART_WORDS: Record<string, 'preamble' | 'operative'> = { preamble: 'preamble', operative: 'operative', الديباجة: 'preamble', المنطوق: 'operative' };

interface SectionFilter {
  readonly part?: 'preamble' | 'operative';
  readonly sectionNumber?: number;
  readonly heading?: string;
  /** Whether the heading must be the whole heading rather than a part of it. */
  readonly exact?: boolean;
}

function sectionFilter(segment: string): SectionFilter | undefined {
  const words = segment.trim().split(/\s+/u);
  const part = PART_WORDS[words[0]?.toLowerCase() ?? ''];
  if (part && words.length === 1) return { part };
  if (part && words.length === 2 && /^\d+$/u.test(labelKey(words[1]))) return { part, sectionNumber: Number(labelKey(words[1])) };
  const heading = searchKey(segment);
  return heading === '' ? undefined : { heading };
}

/**
 * A provision of a document by its id, or by its label path at this moment: "3", "ب",
 * "هـ)", "3/'1'" (a sub-item), optionally after its section: "operative 2/1",
 * "preamble/ب", "recalling further/a" or the heading in Arabic ("وإذ يذكّر أيضاً/أ"). A label
 * that several sections print answers the unambiguous references of each.
 */
export function findProvision(doc: ResolutionDocument, reference: string): ProvisionLookup {
  const places = outlineDocument(doc);
  const sectionOf = new Map<string, { heading: string; number: number }>();
  for (const part of ['preamble', 'operative'] as const) doc[part].forEach((section, i) => sectionOf.set(section.id, { heading: section.heading, number: i + 1 }));
  const describe = (place: ProvisionPlace): FoundProvision => {
    const section = sectionOf.get(place.sectionId)!;
    const path: string[] = [];
    for (let p: ProvisionPlace | undefined = place; p; p = p.parentId ? places.find((q) => q.provision.id === p!.parentId) : undefined) path.unshift(p.label || '-');
    return { place, sectionHeading: section.heading, sectionNumber: section.number, reference: `${place.part} ${section.number}/${path.join('/')}` };
  };

  const byId = places.find((place) => place.provision.id === reference);
  if (byId) return { ok: true, found: describe(byId) };

  const segments = reference.split('/').map((s) => s.trim());
  const attempts: { filter?: SectionFilter; labels: string[] }[] = [{ labels: segments }];
  if (segments.length >= 2) {
    const filter = sectionFilter(segments[0]);
    if (filter) attempts.unshift({ filter, labels: segments.slice(1) });
  }
  for (const attempt of attempts) {
    const { labels } = attempt;
    let filter = attempt.filter;
    // A heading named in full picks its own section, not the others that contain it ("إذ يذكّر" and "وإذ يذكّر أيضاً").
    if (filter?.heading !== undefined && [...sectionOf.values()].some((section) => searchKey(section.heading) === filter!.heading)) filter = { ...filter, exact: true };
    const keys = labels.map((l) => (l === '-' ? '' : labelKey(l)));
    let candidates = places.filter((place) => place.depth === 0 && inSection(place, filter, sectionOf) && labelKey(place.label) === keys[0]);
    for (const key of keys.slice(1)) {
      const parents = new Set(candidates.map((c) => c.provision.id));
      candidates = places.filter((place) => place.parentId !== undefined && parents.has(place.parentId) && labelKey(place.label) === key);
    }
    if (candidates.length === 1) return { ok: true, found: describe(candidates[0]) };
    if (candidates.length > 1) {
      return {
        ok: false,
        reason: `"${reference}" names ${candidates.length} provisions at this moment; say which by its section`,
        candidates: candidates.map((c) => describe(c)).map((f) => `${f.reference} (${f.sectionHeading || 'untitled'}): ${f.place.provision.text.slice(0, 60)}`),
      };
    }
  }
  return {
    ok: false,
    reason: `no provision is labelled or identified "${reference}" at this moment`,
    candidates: places.filter((p) => p.depth === 0).map((p) => describe(p).reference),
  };
}

function inSection(place: ProvisionPlace, filter: SectionFilter | undefined, sections: ReadonlyMap<string, { heading: string; number: number }>): boolean {
  if (!filter) return true;
  const section = sections.get(place.sectionId)!;
  if (filter.part && place.part !== filter.part) return false;
  if (filter.sectionNumber !== undefined && section.number !== filter.sectionNumber) return false;
  if (filter.heading !== undefined) {
    const heading = searchKey(section.heading);
    if (heading !== filter.heading && (filter.exact || !heading.includes(filter.heading))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Why a provision reads as it does
// ---------------------------------------------------------------------------------------

export type ProvenanceStepKind =
  | 'registered'
  | 'contribution'
  | 'proposed'
  | 'revised'
  | 'ruled'
  | 'merged'
  | 'brackets-settled'
  | 'corrected'
  | 'adopted'
  | 'relettered'
  | 'reservation';

/** An event in the chain that gave a provision its wording (or, when not decisive, its label or a reservation on it). */
export interface ProvenanceStep {
  readonly kind: ProvenanceStepKind;
  /** Whether the event gave the provision words it has (registration, proposal, decision, adoption) rather than context. */
  readonly decisive: boolean;
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly recordedAt: string;
  readonly actor?: string;
  readonly summary: string;
  readonly decisionId?: string;
  readonly amendmentIds?: readonly string[];
  readonly meeting?: string;
  readonly date?: string;
  /** The provision's words before and after the event, for the events that changed them. */
  readonly wordingBefore?: string;
  readonly wordingAfter?: string;
  readonly labelBefore?: string;
  readonly labelAfter?: string;
}

export interface ProvisionExplanation {
  readonly documentId: string;
  readonly symbol?: string;
  /** The moment asked about, and the last event of the document by then. */
  readonly at: ReplayMoment & { readonly lastPosition: number };
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly provision: {
    readonly id: string;
    readonly label: string;
    readonly printedLabel: string;
    readonly part: string;
    readonly sectionHeading: string;
    readonly reference: string;
    readonly text: string;
    readonly footnotes: readonly string[];
  };
  /** Earliest first. */
  readonly steps: readonly ProvenanceStep[];
}

export type ExplanationResult =
  | { readonly ok: true; readonly explanation: ProvisionExplanation }
  | { readonly ok: false; readonly reason: string; readonly candidates?: readonly string[] };

/** The wording the question is about: the provision's words and its footnotes. */
function wordingIn(doc: ResolutionDocument | undefined, provisionId: string): string | undefined {
  if (!doc) return undefined;
  const located = locateProvision(doc, provisionId);
  if (!located) return undefined;
  const footnotes = located.provision.footnotes.map((f) => ` [${f.text}]`).join('');
  return located.provision.text + footnotes;
}

function printedLabelIn(doc: ResolutionDocument | undefined, provisionId: string): string | undefined {
  if (!doc) return undefined;
  return outlineDocument(doc).find((place) => place.provision.id === provisionId)?.printedLabel;
}

const actorOf = (event: ReplayedEvent): string | undefined => (event.metadata as { actor?: { id?: string } } | undefined)?.actor?.id;
const sittingOf = (payload: { meeting?: string; date?: string }) => ({ ...(payload.meeting ? { meeting: payload.meeting } : {}), ...(payload.date ? { date: payload.date } : {}) });

/**
 * Why a provision of a document reads as it does at a moment: the registration that
 * brought it (or the decision that added it), every decision that changed its words with
 * the amendment proposals (and their revisions and contributions) behind them, the
 * adoptions that carried it into a version, and, as context, relettering and reservations.
 * Computed by replaying the document's events and comparing the provision's words before
 * and after each one, so that nothing is taken on trust from a read model.
 */
export function explainProvision(events: Iterable<ReplayedEvent>, documentId: string, reference: string, at: ReplayMoment = {}): ExplanationResult {
  const stream = documentStream(documentId);
  const all = [...events];
  const history: { event: CurrentEvent; before?: ResolutionDocument; after?: ResolutionDocument }[] = [];
  let state = initialDocumentState;
  for (const recorded of all) {
    if (recorded.streamId !== stream || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (!event) continue;
    const before = state.working;
    state = evolveDocument(state, event);
    history.push({ event, before, after: state.working });
  }
  if (!state.registered || !state.working) {
    return { ok: false, reason: `document ${documentId} was not registered${at.position !== undefined || at.time !== undefined ? ' by that moment' : ''}` };
  }
  const lookup = findProvision(state.working, reference);
  if (!lookup.ok) return { ok: false, reason: lookup.reason, candidates: lookup.candidates };
  const { place } = lookup.found;
  const id = place.provision.id;

  const steps = new Map<number, ProvenanceStep>();
  const proposals = new Map<string, CurrentEvent<AmendmentProposed | AmendmentRevised>[]>();
  for (const { event } of history) {
    if (event.type === AMENDMENT_PROPOSED || event.type === AMENDMENT_REVISED) {
      const amendmentId = event.payload.amendmentId;
      proposals.set(amendmentId, [...(proposals.get(amendmentId) ?? []), event]);
    }
  }
  const contributions = new Map<string, CurrentEvent<ContributionSubmitted | ContributionRevised>>();
  for (const recorded of all) {
    if ((recorded.type !== CONTRIBUTION_SUBMITTED && recorded.type !== CONTRIBUTION_REVISED) || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (event?.type !== CONTRIBUTION_SUBMITTED && event?.type !== CONTRIBUTION_REVISED) continue;
    if (!contributions.has(event.payload.contributionId)) contributions.set(event.payload.contributionId, event);
  }
  const base = (event: ReplayedEvent) => ({
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    recordedAt: event.recordedAt,
    ...(actorOf(event) ? { actor: actorOf(event) } : {}),
  });
  /** The proposals behind a decision: each amendment's proposal and revisions up to the decision, and the contribution it came in. */
  const addProposals = (amendmentIds: readonly string[], decidedAt: number) => {
    for (const amendmentId of amendmentIds) {
      for (const event of proposals.get(amendmentId) ?? []) {
        if (event.position > decidedAt || steps.has(event.position)) continue;
        if (event.type === AMENDMENT_PROPOSED) {
          const e = event.payload;
          steps.set(event.position, { ...base(event), kind: 'proposed', decisive: true, amendmentIds: [amendmentId], summary: `amendment ${amendmentId} (${e.operation.kind}) proposed by ${e.proposers.join(', ')}${e.onBehalfOf ? ` on behalf of ${e.onBehalfOf}` : ''} against version ${e.versionNumber}` });
          const contribution = e.contributionId ? contributions.get(e.contributionId) : undefined;
          if (contribution && !steps.has(contribution.position)) {
            const c = contribution.payload;
            steps.set(contribution.position, { ...base(contribution), kind: 'contribution', decisive: false, amendmentIds: [amendmentId], summary: `contribution ${c.symbol} by ${c.submitters.join(', ')}${c.onBehalfOf ? ` on behalf of ${c.onBehalfOf}` : ''}: ${c.title}` });
          }
        } else {
          const e = event.payload;
          steps.set(event.position, { ...base(event), kind: 'revised', decisive: true, amendmentIds: [amendmentId], summary: `amendment ${amendmentId} revised (revision ${e.revision})${e.explanation ? `: ${e.explanation}` : ''}` });
        }
      }
    }
  };

  for (const { event, before, after } of history) {
    const wordingBefore = wordingIn(before, id);
    const wordingAfter = wordingIn(after, id);
    const labelBefore = printedLabelIn(before, id);
    const labelAfter = printedLabelIn(after, id);
    const changed = wordingBefore !== wordingAfter;
    const words = { ...(wordingBefore !== undefined ? { wordingBefore } : {}), ...(wordingAfter !== undefined ? { wordingAfter } : {}) };
    switch (event.type) {
      case DOCUMENT_REGISTERED: {
        if (wordingAfter === undefined) break;
        const e = event.payload;
        const source = e.source.kind === 'import' ? 'imported by the secretariat' : `the draft of contribution ${e.source.contributionId}`;
        steps.set(event.position, { ...base(event), kind: 'registered', decisive: true, ...words, labelAfter, summary: `${e.symbol} (${e.versionLabel}) registered as version 1, ${source}` });
        if (e.source.kind === 'contribution') {
          const contribution = contributions.get(e.source.contributionId);
          if (contribution) {
            const c = contribution.payload;
            steps.set(contribution.position, { ...base(contribution), kind: 'contribution', decisive: true, summary: `contribution ${c.symbol} by ${c.submitters.join(', ')}: ${c.title}` });
          }
        }
        break;
      }
      case AMENDMENT_RULED:
      case AMENDMENTS_MERGED:
      case BRACKETS_SETTLED:
      case DECISION_CORRECTED: {
        if (!changed) {
          if (labelBefore !== labelAfter && wordingAfter !== undefined && labelBefore !== undefined) {
            steps.set(event.position, { ...base(event), kind: 'relettered', decisive: false, labelBefore, labelAfter, summary: `relettered from ${labelBefore} to ${labelAfter} by a decision on another provision` });
          }
          break;
        }
        const decision = decisionOf(event);
        steps.set(event.position, {
          ...base(event),
          kind: decision.kind,
          decisive: true,
          decisionId: decision.decisionId,
          amendmentIds: decision.amendmentIds,
          ...sittingOf(event.payload),
          ...words,
          ...(labelBefore !== labelAfter ? { labelBefore, labelAfter } : {}),
          summary: decision.summary + (wordingBefore === undefined ? ': the provision entered the text' : wordingAfter === undefined ? ': the provision left the text' : ': its wording changed'),
        });
        addProposals(decision.amendmentIds, event.position);
        break;
      }
      case VERSION_ADOPTED: {
        if (wordingAfter === undefined) break;
        const e = event.payload;
        steps.set(event.position, {
          ...base(event),
          kind: 'adopted',
          decisive: true,
          decisionId: e.decisionId,
          meeting: e.meeting,
          date: e.date,
          ...(changed ? words : { wordingAfter }),
          summary: `version ${e.versionNumber} (${e.label}) adopted at ${e.meeting} on ${e.date}, with the provision as worded`,
        });
        break;
      }
      case RESERVATION_RECORDED: {
        const e = event.payload;
        if (e.provisionId !== id) break;
        steps.set(event.position, { ...base(event), kind: 'reservation', decisive: false, decisionId: e.decisionId, ...sittingOf(e), summary: `reservation by ${e.stakeholderId}: ${e.text}` });
        break;
      }
    }
  }

  const version = latestVersion(state);
  const lastPosition = history.length > 0 ? history[history.length - 1].event.position : 0;
  return {
    ok: true,
    explanation: {
      documentId,
      symbol: state.symbol,
      at: { ...at, lastPosition },
      versionNumber: version.number,
      versionLabel: version.label,
      provision: {
        id,
        label: place.label,
        printedLabel: place.printedLabel,
        part: place.part,
        sectionHeading: lookup.found.sectionHeading,
        reference: lookup.found.reference,
        text: place.provision.text,
        footnotes: place.provision.footnotes.map((f) => f.text),
      },
      steps: [...steps.values()].sort((a, b) => a.position - b.position),
    },
  };
}

function decisionOf(event: CurrentEvent<AmendmentRuled | AmendmentsMerged | BracketsSettled | DecisionCorrected>): { kind: 'ruled' | 'merged' | 'brackets-settled' | 'corrected'; decisionId: string; amendmentIds: string[]; summary: string } {
  switch (event.type) {
    case AMENDMENT_RULED: {
      const e = event.payload;
      return { kind: 'ruled', decisionId: e.decisionId, amendmentIds: [e.amendmentId], summary: `decision ${e.decisionId}: amendment ${e.amendmentId} ${e.ruling}` };
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      return { kind: 'merged', decisionId: e.decisionId, amendmentIds: [...e.amendmentIds], summary: `decision ${e.decisionId}: amendments ${e.amendmentIds.join(', ')} merged into one text` };
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      return { kind: 'brackets-settled', decisionId: e.decisionId, amendmentIds: [], summary: `decision ${e.decisionId}: bracketed alternatives settled (${e.choice === 'none' ? 'none kept' : `alternative ${e.choice + 1} kept`})` };
    }
    default: {
      const e = event.payload;
      return { kind: 'corrected', decisionId: e.decisionId, amendmentIds: [e.amendmentId], summary: `decision ${e.decisionId} corrects ${e.corrects}: amendment ${e.amendmentId} ${e.ruling} (${e.reason})` };
    }
  }
}
