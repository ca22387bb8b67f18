import { DataSource, EntityManager } from 'typeorm';
import {
  AmendmentRow,
  CompilationAmendmentRow,
  CompilationVersionRow,
  ProvenanceAmendmentRow,
  READ_MODEL_ENTITIES,
} from '#libs/read-models';
import { entityTable, fromColumns, toColumns } from './entity-rows';

describe('read-model tables as their entities describe them', () => {
  let manager: EntityManager;

  beforeAll(async () => {
    // The entities' metadata, built as `initialize` builds it, without a connection.
    const dataSource = new DataSource({ type: 'postgres', entities: READ_MODEL_ENTITIES });
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    manager = dataSource.manager;
  });

  it('names the table, its columns with their SQL types, and its key', () => {
    const versions = entityTable(manager, CompilationVersionRow);
    expect(versions.name).toBe('compilation_versions');
    expect(versions.key).toEqual(['document_id', 'number']);
    expect(versions.columns).toMatchObject({
      document_id: 'text',
      number: 'integer',
      text: 'jsonb',
      adopted_meeting: 'text',
      recorded_at: 'timestamptz',
    });
    expect(entityTable(manager, CompilationAmendmentRow).columns).toMatchObject({
      proposers: 'text[]',
      co_sponsors: 'text[]',
      proposed_position: 'bigint',
    });
  });

  it('gives the three amendment tables the shared amendment columns, each with its own', () => {
    const shared = [
      'id',
      'document_id',
      'version_number',
      'operation',
      'proposers',
      'co_sponsors',
      'on_behalf_of',
      'contribution_id',
      'status',
      'revision',
      'explanation',
      'proposed_at',
      'proposed_position',
    ];
    const decisions = ['contribution_symbol', 'decisions', 'withdrawal'];
    const columns = (entity: new () => object) => Object.keys(entityTable(manager, entity).columns).sort();
    expect(columns(AmendmentRow)).toEqual([...shared, 'decision_id', 'ruling', 'updated_at', 'last_position'].sort());
    expect(columns(CompilationAmendmentRow)).toEqual([...shared, ...decisions, 'placement', 'last_position'].sort());
    expect(columns(ProvenanceAmendmentRow)).toEqual([...shared, ...decisions].sort());
  });

  it('reads under property names and writes under column names, a Date as ISO 8601 and a bigint back as a number', () => {
    const table = entityTable(manager, CompilationAmendmentRow);
    expect(table.selectList).toContain('"proposed_position" AS "proposedPosition"');
    expect(
      toColumns(table, { id: 'a-1', coSponsors: ['kenya'], proposedAt: new Date('2026-04-10T09:00:01.123Z'), proposedPosition: 12 }),
    ).toMatchObject({
      id: 'a-1',
      co_sponsors: ['kenya'],
      proposed_at: '2026-04-10T09:00:01.123Z',
      proposed_position: 12,
    });
    expect(fromColumns(table, { id: 'a-1', proposedPosition: '12', lastPosition: '13' })).toEqual({
      id: 'a-1',
      proposedPosition: 12,
      lastPosition: 13,
    });
  });
});
