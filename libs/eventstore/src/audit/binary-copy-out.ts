/**
 * `COPY (...) TO STDOUT (FORMAT binary)` on a node-postgres client, each row handed over as
 * it arrives: the fields as offsets into the message's bytes, with no string made and no
 * type parsed. The bytes are valid during the call only (the driver reuses its buffer).
 */
import type { ClientBase } from 'pg';

/** A row of the COPY: field i is `bytes[offsets[i] .. offsets[i] + lengths[i])`, or null when lengths[i] is -1. */
export type CopyRowHandler = (bytes: Buffer, offsets: Int32Array, lengths: Int32Array) => void;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

class BinaryCopyOut {
  private headerRead = false;
  private done = false;
  private error?: Error;
  private offsets = new Int32Array(16);
  private lengths = new Int32Array(16);
  readonly finished: Promise<number>;
  private settle!: (error: Error | undefined) => void;
  private rows = 0;

  constructor(
    private readonly text: string,
    private readonly onRow: CopyRowHandler,
  ) {
    this.finished = new Promise<number>((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve(this.rows));
    });
  }

  // The driver's interface for a query of its own kind (as pg-copy-streams uses it).
  submit(connection: { query: (text: string) => void }): void {
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.error) return;
    try {
      this.readMessage(message.chunk);
    } catch (error) {
      this.error = error as Error;
    }
  }

  handleError(error: Error): void {
    this.error ??= error;
    // Settled now: the driver may not send ReadyForQuery (a connection already broken).
    this.settle(this.error);
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    if (!this.error && !this.done) this.error = new Error('the COPY ended without its trailer');
    this.settle(this.error);
  }

  private readMessage(bytes: Buffer): void {
    let at = 0;
    if (!this.headerRead) {
      if (bytes.length < 19 || bytes.compare(SIGNATURE, 0, SIGNATURE.length, 0, SIGNATURE.length) !== 0)
        throw new Error('not a binary COPY');
      at = 19 + bytes.readInt32BE(15);
      this.headerRead = true;
    }
    while (at < bytes.length) {
      const fields = bytes.readInt16BE(at);
      at += 2;
      if (fields === -1) {
        this.done = true;
        return;
      }
      if (fields > this.offsets.length) {
        this.offsets = new Int32Array(fields);
        this.lengths = new Int32Array(fields);
      }
      for (let i = 0; i < fields; i++) {
        const length = bytes.readInt32BE(at);
        at += 4;
        this.offsets[i] = at;
        this.lengths[i] = length;
        if (length > 0) at += length;
      }
      if (at > bytes.length) throw new Error('a row of the COPY spans two messages');
      this.rows++;
      this.onRow(bytes, this.offsets, this.lengths);
    }
  }
}

/** Runs a binary COPY of a query's rows to this side, each row to `onRow`; answers the number of rows. */
export async function copyRowsOut(client: ClientBase, query: string, onRow: CopyRowHandler): Promise<number> {
  const copy = new BinaryCopyOut(`COPY (${query}) TO STDOUT (FORMAT binary)`, onRow);
  void client.query(copy as never);
  return copy.finished;
}
