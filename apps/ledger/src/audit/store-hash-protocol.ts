/** What the verification and its store workers say to each other. */

export interface StoreWorkerData {
  readonly databaseUrl: string;
  /** The exported snapshot (pg_export_snapshot) of the verification's transaction. */
  readonly snapshot: string;
}

/** Hash the events at positions after..upTo. */
export interface RangeRequest {
  readonly kind: 'range';
  readonly id: number;
  readonly after: number;
  readonly upTo: number;
}

/** The events of a range, in position order: recorded and recomputed hashes, 32 bytes per event. */
export interface RangeResult {
  readonly kind: 'range';
  readonly id: number;
  readonly count: number;
  readonly positions: Float64Array;
  readonly eventIds: string[];
  readonly recomputed: Uint8Array;
  readonly recordedHashes: Uint8Array;
  readonly recordedChains: Uint8Array;
  /** Bit 0: the event has no recorded hash; bit 1: no recorded chain hash. */
  readonly missing: Uint8Array;
  /** Events whose canonical form could not be made: index in the range, and why. */
  readonly malformed: [number, string][];
}

export type WorkerMessage = RangeResult | { readonly kind: 'ready' } | { readonly kind: 'failed'; readonly id: number; readonly message: string };
