import { EntityManager } from 'typeorm';
import { EventType, RecordedEvent } from '#libs/contracts';
import { LANGUAGE_VERSIONS_PROJECTION, LanguageVersionRow, LanguageVersionSnapshotRow, TranslationTaskRow } from '#libs/read-models';
import { Projection } from '../projection';
import {
  LANGUAGE_VERSION_EVENT_TYPES,
  LanguageDocumentState,
  isLanguageVersionEvent,
  languageVersionStep,
  snapshotKey,
  withLanguageChanges,
} from './language-versions-steps';
import { loadLanguageDocuments, writeLanguageRows } from './language-versions-store';

/**
 * The language versions of each document: each version's current words by the original's
 * ids, the texts of each language per version (adopted in step, provisionally, or at a
 * revision), and the translation tasks with their outcome. A batch reads the rows of the
 * documents it names in one query per table, folds its events in memory with the pure step
 * (`language-versions-steps.ts`) and writes each changed row once.
 */
export class LanguageVersionsProjection implements Projection {
  readonly name = LANGUAGE_VERSIONS_PROJECTION.name;
  readonly version = LANGUAGE_VERSIONS_PROJECTION.version;
  readonly tables = ['language_versions', 'language_version_snapshots', 'translation_tasks'];
  readonly lookupIndexes = ['translation_tasks_open'];
  readonly handles: readonly EventType[] = LANGUAGE_VERSION_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const relevant = events.filter(isLanguageVersionEvent);
    // Adoptions of documents without language versions are the common case: they read nothing.
    const named = relevant.filter((event) => event.type !== 'VersionAdopted' || event.payload.languages !== undefined);
    if (named.length === 0) return;
    const states: Map<string, LanguageDocumentState> = await loadLanguageDocuments(manager, [
      ...new Set(named.map((event) => event.payload.documentId)),
    ]);
    const versions = new Map<string, LanguageVersionRow>();
    const tasks = new Map<string, TranslationTaskRow>();
    const snapshots = new Map<string, LanguageVersionSnapshotRow>();
    for (const event of named) {
      const documentId = event.payload.documentId;
      const state = states.get(documentId)!;
      const changes = languageVersionStep(state, event);
      states.set(documentId, withLanguageChanges(state, changes));
      for (const row of changes.versions) versions.set(`${documentId}\u0000${row.language}`, row);
      for (const row of changes.tasks) tasks.set(`${documentId}\u0000${row.taskId}`, row);
      for (const row of changes.snapshots) snapshots.set(`${documentId}\u0000${snapshotKey(row.versionNumber, row.language)}`, row);
    }
    await writeLanguageRows(manager, { versions: [...versions.values()], tasks: [...tasks.values()], snapshots: [...snapshots.values()] });
  }
}
