/**
 * Rows of one table held in memory for one batch: read at most once from the database,
 * changed in memory event after event, written back together at the end. Keys are the
 * row's primary key as a string (join composite keys with a separator the values lack).
 *
 * A key looked up and not found is remembered as absent, so a batch asks the database
 * about each key at most once. Only rows `set` in the batch are written back.
 */
export class RowCache<Row> {
  private readonly rows = new Map<string, Row | null>();
  private readonly changed = new Set<string>();

  constructor(private readonly load: (keys: readonly string[]) => Promise<ReadonlyMap<string, Row>>) {}

  /** Reads every key not yet known in one round trip. */
  async prefetch(keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => !this.rows.has(key));
    if (missing.length === 0) return;
    const found = await this.load(missing);
    for (const key of missing) this.rows.set(key, found.get(key) ?? null);
  }

  /** The row as it stands in this batch; reads it from the database the first time it is asked for. */
  async get(key: string): Promise<Row | undefined> {
    if (!this.rows.has(key)) await this.prefetch([key]);
    return this.rows.get(key) ?? undefined;
  }

  /** The row as it stands, for a key already prefetched; throws when the key was never fetched, so a missing prefetch cannot pass for an absent row. */
  known(key: string): Row | undefined {
    if (!this.rows.has(key)) throw new Error(`row ${key} was not prefetched`);
    return this.rows.get(key) ?? undefined;
  }

  set(key: string, row: Row): void {
    this.rows.set(key, row);
    this.changed.add(key);
  }

  /** The rows set in this batch, each once, in the order first set. */
  changedRows(): Row[] {
    return [...this.changed].map((key) => this.rows.get(key) as Row);
  }
}
