/**
 * The migration that makes the text history keep changes (1732403100000): rows written
 * before it, each with the whole working text and every change since its version, are
 * moved to changes with a snapshot every 16th change of a version; every text as of any
 * position reads as it did, and the projection carries on from the moved rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NewEvent, RecordedEvent } from '#libs/contracts';
import { createDataSource, runMigrations } from '#libs/platform';
import { KeepTextChangesWithSnapshots1732403100000, READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { AmendmentOperation, importResolution, locateProvision } from '#libs/text';
import { GetDocumentText, GetDocumentTextHandler } from '../apps/gateway/src/texts/get-document-text';
import { TextHistoryEntry, nextTextEntry } from '../apps/projector/src/projections/document-texts-history';
import { DocumentTextsProjection } from '../apps/projector/src/projections/document-texts.projection';
import { createTestDatabase } from './support/test-database';

const BEFORE = READ_MODEL_MIGRATIONS.filter((migration) => migration !== KeepTextChangesWithSnapshots1732403100000);
const O1 = 'op-1-1';
const O2 = 'op-1-2';
const AT = '2026-11-24T09:00:00.000Z';

/** A registration, rulings that each swap two words of O1, and a ruling on O2 corrected away after the 20th. */
function textHistory(rulings: number, from = 1): NewEvent[] {
  const { document } = importResolution(
    readFileSync(join(__dirname, '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8'),
  );
  const o1 = locateProvision(document, O1)!.provision.text;
  const o1Changed = o1.replace('all possible', 'all appropriate');
  const o2 = locateProvision(document, O2)!.provision.text;
  const ruled = (decisionId: string, applied: AmendmentOperation): NewEvent => ({
    type: 'AmendmentRuled',
    schemaVersion: 1,
    payload: { documentId: 'd-1', decisionId, amendmentId: `a-${decisionId}`, ruling: 'accepted', applied },
  });
  const events: NewEvent[] = [];
  if (from === 1)
    events.push({
      type: 'DocumentRegistered',
      schemaVersion: 1,
      payload: {
        documentId: 'd-1',
        consultationId: 'c-1',
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: document,
        source: { kind: 'import', warnings: 0 },
      },
    } as NewEvent);
  for (let i = from; i < from + rulings; i++) {
    events.push(
      ruled(
        `dec-${i}`,
        i % 2 === 1
          ? { kind: 'modify', provisionId: O1, oldText: o1, newText: o1Changed }
          : { kind: 'modify', provisionId: O1, oldText: o1Changed, newText: o1 },
      ),
    );
    if (i === 20) {
      events.push(
        ruled('dec-o2', { kind: 'modify', provisionId: O2, oldText: o2, newText: o2.replace('and promote', 'and actively promote') }),
      );
      events.push({
        type: 'DecisionCorrected',
        schemaVersion: 1,
        payload: {
          documentId: 'd-1',
          decisionId: 'dec-c',
          corrects: 'dec-o2',
          amendmentId: 'a-dec-o2',
          ruling: 'rejected',
          reason: 'in error',
        },
      } as NewEvent);
    }
  }
  return events;
}

function recorded(events: readonly NewEvent[], first: number): RecordedEvent[] {
  return events.map((event, i) => ({
    ...event,
    position: first + i,
    eventId: `e-${first + i}`,
    streamId: 'document-d-1',
    streamVersion: first + i,
    recordedAt: AT,
    metadata: { actor: { id: 'chair-1', role: 'chair' }, correlationId: `c-${first + i}`, occurredAt: AT },
  })) as RecordedEvent[];
}

describe('the text history migration to changes and snapshots', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const events = recorded(textHistory(40), 1);
  const entries: TextHistoryEntry[] = [];
  for (const event of events) entries.push(nextTextEntry(entries[entries.length - 1], entries[0]?.working, event));

  beforeAll(async () => {
    database = await createTestDatabase('text_history_migration');
    await runMigrations(database.url, 'projector', BEFORE);
    dataSource = await createDataSource({
      url: database.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'text-history-migration',
    }).initialize();
    // The rows as the projection wrote them before: the whole text and every change since the version on each.
    for (const [i, event] of events.entries()) {
      await dataSource.query(
        `INSERT INTO document_text_history (document_id, position, stream_version, recorded_at, event_type, decision_id, version_number, version_label, working, applied)
         VALUES ('d-1', $1::bigint, $1::int, $2, $3, $4, 1, 'Modified 2023', $5, $6)`,
        [
          event.position,
          AT,
          event.type,
          'decisionId' in event.payload ? event.payload.decisionId : null,
          JSON.stringify(entries[i].working),
          JSON.stringify(entries[i].applied),
        ],
      );
    }
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    await dataSource.query(`INSERT INTO projection_checkpoints (name, version, position) VALUES ('document_texts', 1, $1)`, [
      events.length,
    ]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const textAt = async (position: number) => {
    const answer = await new GetDocumentTextHandler(dataSource).execute(new GetDocumentText('d-1', { kind: 'position', position }));
    if (!answer.ok) throw new Error(answer.detail);
    return { document: answer.value.document, appliedDecisionIds: answer.value.appliedDecisionIds };
  };

  it('keeps each change, the corrected decision, and a snapshot at the version start, the correction and every 16th change', async () => {
    const rows: { position: string; snapshot: boolean; change: string | null; corrects: string | null; snapshot_position: string }[] =
      await dataSource.query(
        `SELECT position, working IS NOT NULL AS snapshot, change ->> 'decisionId' AS change, corrects, snapshot_position FROM document_text_history ORDER BY position`,
      );
    expect(rows.filter((row) => row.snapshot).map((row) => Number(row.position))).toEqual([1, 17, 23, 33]);
    expect(rows.find((row) => row.corrects !== null)).toMatchObject({ position: '23', change: null, corrects: 'dec-o2' });
    expect(
      rows
        .slice(1)
        .filter((row) => row.corrects === null)
        .every((row) => row.change !== null),
    ).toBe(true);
    expect(rows.map((row) => Number(row.snapshot_position))).toEqual(
      events.map((e) => [1, 17, 23, 33].filter((p) => p <= e.position).pop()),
    );
  });

  it('answers the text as of every position as it stood before the migration', async () => {
    for (const [i, event] of events.entries()) {
      expect(await textAt(event.position)).toEqual({
        document: entries[i].working,
        appliedDecisionIds: entries[i].applied.map((change) => change.decisionId),
      });
    }
  });

  it('carries on from the moved rows: the projection folds the next events from their snapshot', async () => {
    const next = recorded(textHistory(10, 41), events.length + 1);
    const all = [...entries];
    for (const event of next) all.push(nextTextEntry(all[all.length - 1], all[0].working, event));
    await dataSource.transaction((manager) => new DocumentTextsProjection().apply(next, manager));
    await dataSource.query(`UPDATE projection_checkpoints SET position = $1 WHERE name = 'document_texts'`, [events.length + next.length]);
    for (const [i, event] of next.entries()) {
      expect(await textAt(event.position)).toEqual({
        document: all[events.length + i].working,
        appliedDecisionIds: all[events.length + i].applied.map((change) => change.decisionId),
      });
    }
  });
});
