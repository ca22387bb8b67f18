/** What an uploaded Office file may weigh, compressed and once opened. */
export interface UploadLimits {
  /** The file as sent (separate from the JSON body limit). */
  readonly maxUploadBytes: number;
  /** All the parts read, once decompressed, and all the parts the archive declares. */
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
  /** Decompressed bytes per compressed byte, for the archive and each part read. */
  readonly maxCompressionRatio: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxUploadBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 1000,
  maxCompressionRatio: 100,
};

/** Small parts compress well by nature (a run of spaces): the ratio is judged only past this size. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
