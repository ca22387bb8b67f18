import { EntityManager } from 'typeorm';
import { LanguageVersionRow, LanguageVersionSnapshotRow, TranslationTaskRow } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { LanguageDocumentState, snapshotKey } from './language-versions-steps';

/** The language-version projection's reads (one query per table for a batch's documents) and writes. */

/** The rows of these documents a batch folds its events into: versions, open tasks, texts per version. */
export async function loadLanguageDocuments(
  manager: EntityManager,
  documentIds: readonly string[],
): Promise<Map<string, LanguageDocumentState>> {
  const ids = [...documentIds];
  // One after the other: the batch's transaction holds one connection.
  const versions = await selectEntityRows(manager, LanguageVersionRow, 'document_id = ANY ($1::text[])', [ids]);
  const tasks = await selectEntityRows(manager, TranslationTaskRow, `document_id = ANY ($1::text[]) AND status = 'open'`, [ids]);
  const snapshots = await selectEntityRows(manager, LanguageVersionSnapshotRow, 'document_id = ANY ($1::text[])', [ids]);
  const states = new Map(
    ids.map((id) => [
      id,
      {
        versions: new Map<string, LanguageVersionRow>(),
        openTasks: new Map<string, TranslationTaskRow>(),
        snapshots: new Map<string, LanguageVersionSnapshotRow>(),
      },
    ]),
  );
  for (const row of versions) states.get(row.documentId)!.versions.set(row.language, row);
  for (const row of tasks.sort((a, b) => a.position - b.position)) states.get(row.documentId)!.openTasks.set(row.taskId, row);
  for (const row of snapshots) states.get(row.documentId)!.snapshots.set(snapshotKey(row.versionNumber, row.language), row);
  return states;
}

export async function writeLanguageRows(
  manager: EntityManager,
  rows: {
    readonly versions: readonly LanguageVersionRow[];
    readonly tasks: readonly TranslationTaskRow[];
    readonly snapshots: readonly LanguageVersionSnapshotRow[];
  },
): Promise<void> {
  await upsertEntityRows(manager, LanguageVersionRow, rows.versions);
  await upsertEntityRows(manager, TranslationTaskRow, rows.tasks);
  await upsertEntityRows(manager, LanguageVersionSnapshotRow, rows.snapshots);
}
