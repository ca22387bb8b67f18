import {
  ADOPTED_VERSION_ALIGNED,
  LANGUAGE_VERSION_ADDED,
  LanguageEvent,
  RecordedEvent,
  TRANSLATION_RECORDED,
  TRANSLATION_TASKS_OPENED,
} from '#libs/contracts';
import type { HistoryStep, MakeEntry } from './history-entry';
import type { DocumentSubject } from './history-subjects';
import { MessageNames, count, languageMessage, list, msg, optional } from './history-messages';
import { counted, listed } from './history-summary';

const LANGUAGE_EVENTS: ReadonlySet<string> = new Set([
  LANGUAGE_VERSION_ADDED,
  TRANSLATION_TASKS_OPENED,
  TRANSLATION_RECORDED,
  ADOPTED_VERSION_ALIGNED,
]);

/** Whether an event is one of a document's language versions (issue 21). */
export function isLanguageEvent(event: RecordedEvent): event is RecordedEvent<LanguageEvent> {
  return LANGUAGE_EVENTS.has(event.type);
}

// A row names provisions one by one up to this many; beyond, it counts them.
const NAMED_PROVISIONS = 6;

/**
 * The rows of a document's language versions on the timeline: a version added, provisions
 * awaiting translation after a change, a translation recorded, an adopted version in step
 * in a language. `docSays` cites provisions as printed in the original.
 */
export function languageStep(
  event: RecordedEvent<LanguageEvent>,
  base: { readonly consultationId: string; readonly documentId: string },
  document: DocumentSubject,
  docSays: MessageNames,
  entry: MakeEntry,
): HistoryStep {
  const provisionsValue = (ids: readonly string[]) =>
    ids.length <= NAMED_PROVISIONS ? list(ids.map(docSays.provision)) : count('provision', ids.length);
  switch (event.type) {
    case LANGUAGE_VERSION_ADDED: {
      const e = event.payload;
      const doubtful = e.alignment.acceptedDoubtful.length;
      return {
        entry: entry({
          ...base,
          kind: 'language-version-added',
          summary: `${e.text.language} version of ${document.symbol} added, aligned to version ${e.versionNumber}: ${counted(e.alignment.matched, 'provision')} matched${doubtful > 0 ? `, ${counted(doubtful, 'doubtful pair')} accepted` : ''}`,
          message: msg('entry.languageVersionAdded', {
            language: languageMessage(e.text.language),
            symbol: document.symbol,
            version: e.versionNumber,
            matched: count('provision', e.alignment.matched),
            doubtful: optional(doubtful > 0, 'doubtfulAccepted', { pairs: count('doubtfulPair', doubtful) }),
          }),
        }),
        remember: [],
      };
    }
    case TRANSLATION_TASKS_OPENED: {
      const e = event.payload;
      const provisions = [...new Set(e.tasks.map((task) => task.provisionId))];
      const languages = [...new Set(e.tasks.map((task) => task.language))];
      return {
        entry: entry({
          ...base,
          kind: 'translation-tasks-opened',
          provisions,
          summary: `${counted(provisions.length, 'provision')} of ${document.symbol} to translate into ${listed(languages)}`,
          message: msg('entry.translationTasksOpened', {
            provisions: provisionsValue(provisions),
            symbol: document.symbol,
            languages: list(languages.map(languageMessage)),
          }),
        }),
        remember: [],
      };
    }
    case TRANSLATION_RECORDED: {
      const e = event.payload;
      const provisions = e.provisions.map((p) => p.provisionId);
      return {
        entry: entry({
          ...base,
          kind: 'translation-recorded',
          provisions,
          summary: `Translation into ${e.language} of ${counted(provisions.length, 'provision')} of ${document.symbol} recorded`,
          message: msg('entry.translationRecorded', {
            language: languageMessage(e.language),
            provisions: provisionsValue(provisions),
            symbol: document.symbol,
          }),
        }),
        remember: [],
      };
    }
    case ADOPTED_VERSION_ALIGNED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'adopted-version-aligned',
          summary: `Version ${e.versionNumber} of ${document.symbol} in step in ${e.language}: its adopted text there is final`,
          message: msg('entry.adoptedVersionAligned', {
            version: e.versionNumber,
            symbol: document.symbol,
            language: languageMessage(e.language),
          }),
        }),
        remember: [],
      };
    }
  }
}
