import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/platform';
import { InProcessEventBus } from '#libs/eventstore';
import { Projection } from '../../apps/projector/src/projection';
import { ProjectorService } from '../../apps/projector/src/projector.service';

/** The projections the projector runs, built as it builds them, on this database. */
export function projectorProjections(dataSource: DataSource): readonly Projection[] {
  const config = { logLevel: 'error', faults: { projectorPauseMidBatchMs: 0, relayPauseAfterPublishMs: 0 } } as unknown as AppConfig;
  return new ProjectorService(config, dataSource, new InProcessEventBus(), undefined).runner.projections;
}

/** Every row of these tables, in primary-key order, as node-postgres reads them. */
export async function tableRows(dataSource: DataSource, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const key: { attname: string }[] = await dataSource.query(
      `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
      [`public.${table}`],
    );
    const order = key.length > 0 ? key.map((k) => `"${k.attname}"`).join(', ') : 't::text';
    rows[table] = await dataSource.query(`SELECT * FROM public."${table}" t ORDER BY ${order}`);
  }
  return rows;
}
