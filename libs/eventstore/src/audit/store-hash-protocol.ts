import type { RangeDigests } from '#libs/audit';

/** What the verification and its store workers say to each other. */

export interface StoreWorkerData {
  readonly databaseUrl: string;
  /** The exported snapshot (pg_export_snapshot) of the verification's transaction. */
  readonly snapshot: string;
}

/** Digest the events at positions after..upTo. */
export interface RangeRequest {
  readonly kind: 'range';
  readonly id: number;
  readonly after: number;
  readonly upTo: number;
}

/** The events of a range, digested (libs/audit digestRange). */
export interface RangeResult extends RangeDigests {
  readonly kind: 'range';
  readonly id: number;
}

export type WorkerMessage =
  RangeResult | { readonly kind: 'ready' } | { readonly kind: 'failed'; readonly id: number; readonly message: string };
