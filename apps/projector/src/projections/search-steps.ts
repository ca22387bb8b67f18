import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionRevised,
  ContributionSubmitted,
  DOCUMENT_REGISTERED,
  DocumentEvent,
  DocumentRegistered,
  LANGUAGE_VERSION_ADDED,
  LanguageVersionAdded,
  RecordedEvent,
  REVISION_ISSUED,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  StakeholderInputSubmitted,
  TRANSLATION_RECORDED,
  TranslationRecorded,
  VERSION_ADOPTED,
  isDocumentEvent,
} from '#libs/contracts';
import type { SearchDocumentRow, SearchEntryRow } from '#libs/read-models';
import { ProvisionEntry, contributionEntryText, documentEntryText, provisionEntries, provisionEntryKey, storedKey } from './search-entries';
import { changesWorkingText, evolveWorkingText } from './working-text';
import { composeLanguageText } from '#libs/text';
import { withTranslation } from './language-versions-steps';

/** The events of language versions the index reads: a version added, a translator's wording recorded. */
export const SEARCH_LANGUAGE_EVENTS = [LANGUAGE_VERSION_ADDED, TRANSLATION_RECORDED] as const;

/*
 * The search index as a pure step: given an event and the rows it reads (the document's
 * working text, its provision entries, a contribution's entry), the rows it leaves: the
 * document and contribution entries whole, and the document's provision entries as a set.
 */

/** A document's provision entries by entry key. */
export type ProvisionEntries = ReadonlyMap<string, SearchEntryRow>;

/** The rows of the search tables as they stand before the event. */
export interface SearchState {
  document(documentId: string): SearchDocumentRow | undefined;
  /** Every provision entry of the document; empty when it has none. */
  provisions(documentId: string): ProvisionEntries;
  /** A document's or contribution's entry, by entry key. */
  entry(entryKey: string): SearchEntryRow | undefined;
}

/** What one event writes: rows whole, as they stand after the event. */
export interface SearchChanges {
  readonly document?: SearchDocumentRow;
  /** Document and contribution entries. */
  readonly entries: readonly SearchEntryRow[];
  /** The document's provision entries after the event: those missing from it are dropped. */
  readonly provisions?: { readonly documentId: string; readonly entries: ProvisionEntries };
}

/** The rows an event reads: the working text it changes, the provision entries it marks again, the entry it updates (a withdrawn contribution's, the document's own). */
export interface SearchReads {
  readonly documents: readonly string[];
  readonly provisionsOf: readonly string[];
  readonly entries: readonly string[];
}

const NO_CHANGES: SearchChanges = { entries: [] };

export function searchReads(event: RecordedEvent): SearchReads {
  if (event.type === DOCUMENT_REGISTERED) {
    // A registration starts the document afresh: it drops the entries an earlier registration left.
    return { documents: [], provisionsOf: [event.payload.documentId], entries: [] };
  }
  if (event.type === CONTRIBUTION_WITHDRAWN)
    return { documents: [], provisionsOf: [], entries: [contributionKey(event.payload.contributionId)] };
  if (event.type === STAKEHOLDER_INPUT_WITHDRAWN) return { documents: [], provisionsOf: [], entries: [inputKey(event.payload.inputId)] };
  if (
    isDocumentEvent(event) &&
    (changesWorkingText(event) || event.type === LANGUAGE_VERSION_ADDED || event.type === TRANSLATION_RECORDED)
  ) {
    const { documentId } = event.payload;
    return { documents: [documentId], provisionsOf: [documentId], entries: [documentKey(documentId)] };
  }
  return { documents: [], provisionsOf: [], entries: [] };
}

/** The rows an event leaves in the search tables. */
export function searchStep(event: RecordedEvent, state: SearchState): SearchChanges {
  switch (event.type) {
    case DOCUMENT_REGISTERED:
      return register(event);
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED:
      return { entries: [contributionEntry(event)] };
    case CONTRIBUTION_WITHDRAWN: {
      const entry = state.entry(contributionKey(event.payload.contributionId));
      return { entries: entry ? [{ ...entry, status: 'withdrawn' }] : [] };
    }
    case STAKEHOLDER_INPUT_SUBMITTED:
      return { entries: [inputEntry(event)] };
    case STAKEHOLDER_INPUT_WITHDRAWN: {
      const entry = state.entry(inputKey(event.payload.inputId));
      return { entries: entry ? [{ ...entry, status: 'withdrawn' }] : [] };
    }
    case LANGUAGE_VERSION_ADDED:
    case TRANSLATION_RECORDED:
      return changeLanguageVersion(event, state);
    default:
      return isDocumentEvent(event) && changesWorkingText(event) ? changeWorkingText(event, state) : NO_CHANGES;
  }
}

function register(event: RecordedEvent<DocumentRegistered>): SearchChanges {
  const e = event.payload;
  const document: SearchDocumentRow = {
    documentId: e.documentId,
    consultationId: e.consultationId,
    symbol: e.symbol,
    currentVersion: 1,
    currentLabel: e.versionLabel,
    latestVersion: e.text,
    working: e.text,
    applied: [],
    languages: {},
  };
  return {
    document,
    entries: [documentEntry(document, event)],
    provisions: { documentId: e.documentId, entries: markWorkingProvisions(new Map(), document, event, 1) },
  };
}

/** A language version added or a translation recorded: the version's words change, and with them its provision entries. */
function changeLanguageVersion(event: RecordedEvent<LanguageVersionAdded | TranslationRecorded>, state: SearchState): SearchChanges {
  const documentId = event.payload.documentId;
  const before = state.document(documentId);
  if (!before) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
  let languages = before.languages;
  if (event.type === LANGUAGE_VERSION_ADDED) {
    languages = { ...languages, [event.payload.text.language]: event.payload.text };
  } else {
    const words = languages[event.payload.language];
    if (!words) return NO_CHANGES;
    languages = { ...languages, [event.payload.language]: withTranslation(words, event.payload) };
  }
  const document: SearchDocumentRow = { ...before, languages };
  return {
    document,
    entries: [],
    provisions: { documentId, entries: markWorkingProvisions(state.provisions(documentId), document, event) },
  };
}

function changeWorkingText(event: RecordedEvent<DocumentEvent>, state: SearchState): SearchChanges {
  const documentId = event.payload.documentId;
  const before = state.document(documentId);
  if (!before) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
  const next = evolveWorkingText({ latestVersion: before.latestVersion, working: before.working, applied: before.applied }, event)!;
  // A revision, like an adoption, is a new version.
  const adopted = event.type === VERSION_ADOPTED || event.type === REVISION_ISSUED ? event.payload : undefined;
  const document: SearchDocumentRow = {
    ...before,
    working: next.working,
    applied: [...next.applied],
    ...(adopted ? { currentVersion: adopted.versionNumber, currentLabel: adopted.label, latestVersion: adopted.text } : {}),
  };
  return {
    document,
    entries: [documentEntry(document, event, state.entry(documentKey(documentId)))],
    provisions: { documentId, entries: markWorkingProvisions(state.provisions(documentId), document, event, adopted?.versionNumber) },
  };
}

/**
 * Marks the provisions of the working text, and of the version just frozen if any: the
 * wordings no longer in the working text lose the mark, and those read nowhere any more
 * (a working wording a later decision replaced before any adoption) are dropped. A new
 * wording is entered with this event's position; one already entered keeps its own.
 * The provisions of each language version follow (see `languageProvisions`).
 * Entries this leaves as they were are returned as the same objects.
 */
export function markWorkingProvisions(
  before: ProvisionEntries,
  document: SearchDocumentRow,
  event: RecordedEvent,
  versionNumber?: number,
): ProvisionEntries {
  const original = document.working.language;
  const ofOriginal = new Map([...before].filter(([, row]) => row.language === original));
  const ofVersions = new Map([...before].filter(([, row]) => row.language !== original));
  return new Map([
    ...markOriginalProvisions(ofOriginal, document, event, versionNumber),
    ...languageProvisions(ofVersions, document, event),
  ]);
}

/**
 * The entries of each language version's provisions: one per provision it has words for,
 * with the label and heading its place in the working text gives it in that language, so
 * a relettering of the original reletters them too. An entry whose label, heading and words
 * stand as they were is returned as the same object; a provision no longer in the working
 * text, or a language no longer kept, loses its entry.
 */
export function languageProvisions(before: ProvisionEntries, document: SearchDocumentRow, event: RecordedEvent): ProvisionEntries {
  const after = new Map<string, SearchEntryRow>();
  for (const [language, words] of Object.entries(document.languages ?? {})) {
    if (language === document.working.language) continue;
    const { document: composed, untranslated } = composeLanguageText(document.working, words);
    for (const entry of provisionEntries(composed)) {
      if (untranslated.has(entry.provisionId)) continue;
      const key = languageEntryKey(document.documentId, entry.provisionId, language);
      const known = before.get(key);
      if (known && known.text === entry.text && known.label === entry.label && known.title === entry.heading) {
        after.set(key, known);
        continue;
      }
      after.set(key, {
        entryKey: key,
        kind: 'provision',
        id: entry.provisionId,
        documentId: document.documentId,
        consultationId: document.consultationId,
        language,
        label: entry.label,
        title: entry.heading,
        text: entry.text,
        searchText: known?.text === entry.text ? known.searchText : storedKey(entry.text),
        inWorking: true,
        versionNumbers: [],
        status: null,
        position: event.position,
        recordedAt: new Date(event.recordedAt),
      });
    }
  }
  return after;
}

/** The entry key of a provision's current words in a language version. */
export function languageEntryKey(documentId: string, provisionId: string, language: string): string {
  return `provision:${documentId}:${provisionId}:${language}`;
}

function markOriginalProvisions(
  before: ProvisionEntries,
  document: SearchDocumentRow,
  event: RecordedEvent,
  versionNumber?: number,
): ProvisionEntries {
  // What is known of the entries already made is not computed again: the key of a wording, and the search key of a
  // text (a renumbered provision is a new wording of the same text).
  const entered = new Map<string, SearchEntryRow[]>();
  for (const row of before.values()) entered.set(row.id, [...(entered.get(row.id) ?? []), row]);
  const enteredAs = (entry: ProvisionEntry) => entered.get(entry.provisionId) ?? [];
  const working = new Map<string, ProvisionEntry>();
  for (const entry of provisionEntries(document.working)) {
    const same = enteredAs(entry).find((row) => row.text === entry.text && row.label === entry.label && row.title === entry.heading);
    working.set(same?.entryKey ?? provisionEntryKey(document.documentId, entry), entry);
  }

  const after = new Map<string, SearchEntryRow>();
  for (const [key, row] of before) {
    const inWorking = working.has(key);
    const versionNumbers =
      inWorking && versionNumber !== undefined ? withVersion(row.versionNumbers ?? [], versionNumber) : (row.versionNumbers ?? []);
    if (!inWorking && versionNumbers.length === 0) continue;
    after.set(key, inWorking === row.inWorking && versionNumbers === row.versionNumbers ? row : { ...row, inWorking, versionNumbers });
  }
  for (const [key, entry] of working) {
    if (after.has(key)) continue;
    after.set(key, {
      entryKey: key,
      kind: 'provision',
      id: entry.provisionId,
      documentId: document.documentId,
      consultationId: document.consultationId,
      language: document.working.language,
      label: entry.label,
      title: entry.heading,
      text: entry.text,
      searchText: enteredAs(entry).find((row) => row.text === entry.text)?.searchText ?? storedKey(entry.text),
      inWorking: true,
      versionNumbers: versionNumber === undefined ? [] : [versionNumber],
      status: null,
      position: event.position,
      recordedAt: new Date(event.recordedAt),
    });
  }
  return after;
}

/** The versions a wording is read in, in order, each once; the same array when it lists the version already. */
function withVersion(versionNumbers: number[], versionNumber: number): number[] {
  return versionNumbers.includes(versionNumber) ? versionNumbers : [...versionNumbers, versionNumber].sort((a, b) => a - b);
}

/** The document's own entry; its search key is the one before when its text is (a decision seldom changes a heading). */
function documentEntry(document: SearchDocumentRow, event: RecordedEvent, before?: SearchEntryRow): SearchEntryRow {
  const text = documentEntryText(document.working, document.symbol);
  return {
    entryKey: documentKey(document.documentId),
    kind: 'document',
    id: document.documentId,
    documentId: document.documentId,
    consultationId: document.consultationId,
    language: document.working.language,
    label: `${document.symbol} (${document.currentLabel})`,
    title: document.working.title,
    text,
    searchText: before?.text === text ? before.searchText : storedKey(text),
    inWorking: null,
    versionNumbers: null,
    status: null,
    position: event.position,
    recordedAt: new Date(event.recordedAt),
  };
}

function contributionEntry(event: RecordedEvent<ContributionSubmitted | ContributionRevised>): SearchEntryRow {
  const { contributionId, consultationId, substance, ...cover } = event.payload;
  const text = contributionEntryText(cover, substance);
  return {
    entryKey: contributionKey(contributionId),
    kind: 'contribution',
    id: contributionId,
    documentId: substance.kind === 'report' ? null : substance.documentId,
    consultationId,
    language: cover.originalLanguage,
    label: cover.symbol,
    title: cover.title,
    text,
    searchText: storedKey(text),
    inWorking: null,
    versionNumbers: null,
    status: event.type === CONTRIBUTION_SUBMITTED ? 'submitted' : 'revised',
    position: event.position,
    recordedAt: new Date(event.recordedAt),
  };
}

/** A stakeholder's written input, found by its title and its text, in the language it was written in. */
function inputEntry(event: RecordedEvent<StakeholderInputSubmitted>): SearchEntryRow {
  const e = event.payload;
  const text = `${e.title}\n${e.text}`;
  return {
    entryKey: inputKey(e.inputId),
    kind: 'input',
    id: e.inputId,
    documentId: e.documentId,
    consultationId: e.consultationId,
    language: e.language,
    label: e.title,
    title: e.title,
    text,
    searchText: storedKey(text),
    inWorking: null,
    versionNumbers: [e.versionNumber],
    status: 'submitted',
    position: event.position,
    recordedAt: new Date(event.recordedAt),
  };
}

function documentKey(documentId: string): string {
  return `document:${documentId}`;
}

function contributionKey(contributionId: string): string {
  return `contribution:${contributionId}`;
}

function inputKey(inputId: string): string {
  return `input:${inputId}`;
}
