import {
  ADOPTED_VERSION_ALIGNED,
  DOCUMENT_REGISTERED,
  LANGUAGE_VERSION_ADDED,
  REVISION_ISSUED,
  RecordedEvent,
  TRANSLATION_RECORDED,
  TRANSLATION_TASKS_OPENED,
  TranslationRecordedV1,
  VERSION_ADOPTED,
} from '#libs/contracts';
import type { LanguageVersionRow, LanguageVersionSnapshotRow, TranslationTaskRow } from '#libs/read-models';
import type { LanguageCode, LanguageVersionText } from '#libs/text';

/*
 * The language versions of a document as a pure step: given the document's rows as they
 * stand (its versions, its open translation tasks, its texts per version) and one event, the
 * rows the event writes. The original's words are the document's own text and are not kept here.
 */

/** The event types the language-version read models are made of. */
export const LANGUAGE_VERSION_EVENT_TYPES = [
  DOCUMENT_REGISTERED,
  LANGUAGE_VERSION_ADDED,
  TRANSLATION_TASKS_OPENED,
  TRANSLATION_RECORDED,
  VERSION_ADOPTED,
  ADOPTED_VERSION_ALIGNED,
  REVISION_ISSUED,
] as const;

/** One document's rows as they stand before an event. */
export interface LanguageDocumentState {
  /** By language. */
  readonly versions: ReadonlyMap<string, LanguageVersionRow>;
  /** The open tasks, by task id. */
  readonly openTasks: ReadonlyMap<string, TranslationTaskRow>;
  /** By `snapshotKey`. */
  readonly snapshots: ReadonlyMap<string, LanguageVersionSnapshotRow>;
}

/** The rows an event writes, whole, as they stand after it. */
export interface LanguageChanges {
  readonly versions: readonly LanguageVersionRow[];
  readonly tasks: readonly TranslationTaskRow[];
  readonly snapshots: readonly LanguageVersionSnapshotRow[];
}

export const EMPTY_LANGUAGE_STATE: LanguageDocumentState = { versions: new Map(), openTasks: new Map(), snapshots: new Map() };
const NO_CHANGES: LanguageChanges = { versions: [], tasks: [], snapshots: [] };

export function snapshotKey(versionNumber: number, language: string): string {
  return `${versionNumber}/${language}`;
}

type Handled = Extract<RecordedEvent, { type: (typeof LANGUAGE_VERSION_EVENT_TYPES)[number] }>;

export function isLanguageVersionEvent(event: RecordedEvent): event is Handled {
  return (LANGUAGE_VERSION_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The rows one event of a document writes (none for an event of another kind). */
export function languageVersionStep(state: LanguageDocumentState, event: RecordedEvent): LanguageChanges {
  const at = new Date(event.recordedAt);
  const position = event.position;
  switch (event.type) {
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      // The original holds the structure; its words are the document's text, read from the texts' read model.
      return {
        ...NO_CHANGES,
        versions: [
          {
            documentId: e.documentId,
            language: e.text.language,
            original: true,
            text: null,
            alignedToVersion: null,
            addedAt: at,
            position,
          },
        ],
      };
    }
    case LANGUAGE_VERSION_ADDED: {
      const e = event.payload;
      return {
        ...NO_CHANGES,
        versions: [
          {
            documentId: e.documentId,
            language: e.text.language,
            original: false,
            text: e.text,
            alignedToVersion: e.versionNumber,
            addedAt: at,
            position,
          },
        ],
        // The words it came in with stand for the version it was aligned to, so marked text from that version shows what changed since.
        snapshots: [
          {
            documentId: e.documentId,
            versionNumber: e.versionNumber,
            language: e.text.language,
            kind: 'added',
            decisionId: null,
            text: e.text,
            provisional: false,
            awaiting: [],
            recordedAt: at,
            alignedAt: null,
            position,
          },
        ],
      };
    }
    case TRANSLATION_TASKS_OPENED: {
      const e = event.payload;
      const replaced = e.replaces.flatMap((taskId) => {
        const task = state.openTasks.get(taskId);
        return task ? [{ ...task, status: 'replaced' as const, closedAt: at }] : [];
      });
      const opened: TranslationTaskRow[] = e.tasks.map((task) => ({
        documentId: e.documentId,
        taskId: task.taskId,
        language: task.language,
        provisionId: task.provisionId,
        reason: task.reason,
        originalBefore: task.originalBefore ?? null,
        originalAfter: task.originalAfter,
        currentWording: task.currentWording ?? null,
        decisionId: e.decisionId ?? null,
        status: 'open',
        openedAt: at,
        closedAt: null,
        wording: null,
        translatorId: null,
        position,
      }));
      // The tasks a revision opens are what its text awaits in each language.
      const snapshots = e.decisionId
        ? [...state.snapshots.values()]
            .filter((s) => s.decisionId === e.decisionId && s.kind === 'revision')
            .flatMap((s) => {
              const more = opened.filter((t) => t.language === s.language).map((t) => t.provisionId);
              return more.length === 0 ? [] : [{ ...s, awaiting: unique([...s.awaiting, ...more]), position }];
            })
        : [];
      return { versions: [], tasks: [...replaced, ...opened], snapshots };
    }
    case TRANSLATION_RECORDED: {
      const e = event.payload;
      const version = state.versions.get(e.language);
      const words = new Map(e.provisions.map((p) => [p.provisionId, p.text]));
      const tasks = e.closes.flatMap((taskId) => {
        const task = state.openTasks.get(taskId);
        if (!task) return [];
        return [
          { ...task, status: 'done' as const, closedAt: at, wording: words.get(task.provisionId) ?? null, translatorId: e.translatorId },
        ];
      });
      if (!version?.text) return { ...NO_CHANGES, tasks };
      const text = withTranslation(version.text, e);
      return { versions: [{ ...version, text, position }], tasks, snapshots: [] };
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      if (!e.languages) return NO_CHANGES;
      const common = { documentId: e.documentId, versionNumber: e.versionNumber, kind: 'adopted' as const, decisionId: e.decisionId };
      const inStep: LanguageVersionSnapshotRow[] = e.languages.inStep.map((text) => ({
        ...common,
        language: text.language,
        text,
        provisional: false,
        awaiting: [],
        recordedAt: at,
        alignedAt: null,
        position,
      }));
      // Adopted provisionally: the words as they stand until AdoptedVersionAligned records the aligned text.
      const provisional = e.languages.provisional.flatMap((language) => {
        const text = withoutAdoptionLine(state.versions.get(language)?.text);
        if (!text) return [];
        return [
          {
            ...common,
            language,
            text,
            provisional: true,
            awaiting: awaitingIn(state, language),
            recordedAt: at,
            alignedAt: null,
            position,
          },
        ];
      });
      // The versions in step read from now on with the title and adoption line printed in them.
      // The others' adoption line was an earlier adoption's: it awaits translation of this one.
      const inStepText = new Map(e.languages.inStep.map((text) => [text.language, text]));
      const versions = [...state.versions.values()].flatMap((version) =>
        version.original || !version.text
          ? []
          : [{ ...version, text: inStepText.get(version.language as LanguageCode) ?? withoutAdoptionLine(version.text)!, position }],
      );
      return { ...NO_CHANGES, versions, snapshots: [...inStep, ...provisional] };
    }
    case ADOPTED_VERSION_ALIGNED: {
      const e = event.payload;
      const before = state.snapshots.get(snapshotKey(e.versionNumber, e.language));
      const row: LanguageVersionSnapshotRow = {
        documentId: e.documentId,
        versionNumber: e.versionNumber,
        language: e.language,
        kind: 'adopted',
        decisionId: before?.decisionId ?? null,
        recordedAt: before?.recordedAt ?? at,
        text: e.text,
        provisional: false,
        awaiting: [],
        alignedAt: at,
        position,
      };
      return { ...NO_CHANGES, snapshots: [row] };
    }
    case REVISION_ISSUED: {
      const e = event.payload;
      // A revision is a new version: each language keeps the words it had then, awaiting what was open.
      const snapshots = [...state.versions.values()].flatMap((version) =>
        version.original || !version.text
          ? []
          : [
              {
                documentId: e.documentId,
                versionNumber: e.versionNumber,
                language: version.language,
                kind: 'revision' as const,
                decisionId: e.decisionId,
                text: version.text,
                provisional: false,
                awaiting: awaitingIn(state, version.language),
                recordedAt: at,
                alignedAt: null,
                position,
              },
            ],
      );
      return { ...NO_CHANGES, snapshots };
    }
    default:
      return NO_CHANGES;
  }
}

/** A language version's words with a translator's wordings and headings in place of those they replace. */
export function withTranslation(
  text: LanguageVersionText,
  recorded: Pick<TranslationRecordedV1, 'provisions' | 'headings' | 'title' | 'titleOf' | 'adoptionLine'>,
): LanguageVersionText {
  return {
    ...text,
    ...(recorded.title !== undefined
      ? { title: recorded.title, ...(recorded.titleOf !== undefined ? { titleOf: recorded.titleOf } : {}) }
      : {}),
    ...(recorded.adoptionLine !== undefined ? { adoptionLine: recorded.adoptionLine } : {}),
    headings: { ...text.headings, ...(recorded.headings ?? {}) },
    provisions: {
      ...text.provisions,
      ...Object.fromEntries(
        recorded.provisions.map((p) => [
          p.provisionId,
          { text: p.text, footnotes: p.footnotes ?? text.provisions[p.provisionId]?.footnotes ?? [] },
        ]),
      ),
    },
  };
}

/** A version's words without the adoption line it printed for an earlier adoption. */
function withoutAdoptionLine(text: LanguageVersionText | null | undefined): LanguageVersionText | undefined {
  if (!text) return undefined;
  const { adoptionLine: _earlier, ...words } = text;
  return words;
}

/** The state after the rows an event wrote. */
export function withLanguageChanges(state: LanguageDocumentState, changes: LanguageChanges): LanguageDocumentState {
  if (changes === NO_CHANGES) return state;
  const versions = new Map(state.versions);
  for (const row of changes.versions) versions.set(row.language, row);
  const openTasks = new Map(state.openTasks);
  for (const row of changes.tasks) {
    if (row.status === 'open') openTasks.set(row.taskId, row);
    else openTasks.delete(row.taskId);
  }
  const snapshots = new Map(state.snapshots);
  for (const row of changes.snapshots) snapshots.set(snapshotKey(row.versionNumber, row.language), row);
  return { versions, openTasks, snapshots };
}

/** The provisions with an open task in a language, in the order the tasks opened. */
function awaitingIn(state: LanguageDocumentState, language: string): string[] {
  return unique([...state.openTasks.values()].filter((t) => t.language === language).map((t) => t.provisionId));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
