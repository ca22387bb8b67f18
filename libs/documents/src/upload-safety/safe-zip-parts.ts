import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from 'fflate';
import { RATIO_FLOOR_BYTES, UploadLimits } from './upload-limits';
import { UploadRefused } from './upload-refused';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Fed in slices so that no single step can inflate past the limits by more than a slice's worth.
const SLICE_BYTES = 16 * 1024;

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedBytes: number;
  readonly declaredBytes: number;
}

export interface OpenedZip {
  /** The parts asked for, decompressed; the others are never inflated. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Every entry the archive declares. */
  readonly entries: readonly ZipEntryInfo[];
}

/** Whether the bytes open as a zip container (`PK\x03\x04`), whatever they were called. */
export function startsLikeZip(data: Uint8Array): boolean {
  return data.length >= ZIP_MAGIC.length && ZIP_MAGIC.every((byte, i) => data[i] === byte);
}

/**
 * Opens an uploaded zip within the limits: its size, the number of entries, the sizes its
 * directory declares, then the bytes each wanted part really inflates to (a directory can lie),
 * and the compression ratio. Only the wanted parts are decompressed.
 */
export function openZip(data: Uint8Array, wanted: (name: string) => boolean, limits: UploadLimits): OpenedZip {
  if (data.length > limits.maxUploadBytes)
    throw new UploadRefused('upload-too-large', `The file is ${data.length} bytes; at most ${limits.maxUploadBytes} are accepted.`);
  if (!startsLikeZip(data)) throw new UploadRefused('not-a-zip', 'The file is not a zip container, so not a Word document.');
  const entries = centralDirectory(data);
  if (entries.length > limits.maxEntries)
    throw new UploadRefused('too-many-entries', `The archive has ${entries.length} entries; at most ${limits.maxEntries} are accepted.`);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredBytes, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new UploadRefused(
      'uncompressed-too-large',
      `The archive declares ${declared} bytes once decompressed; at most ${limits.maxUncompressedBytes} are accepted.`,
    );
  }
  for (const entry of entries) checkRatio(entry.name, entry.declaredBytes, entry.compressedBytes, limits);
  return { parts: inflateWanted(data, wanted, limits), entries };
}

function centralDirectory(data: Uint8Array): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(data, {
      filter: (file) => {
        entries.push({ name: file.name, compressedBytes: file.size, declaredBytes: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new UploadRefused('damaged-archive', 'The archive has no readable directory.');
  }
  return entries;
}

function checkRatio(part: string, inflatedBytes: number, compressedBytes: number, limits: UploadLimits): void {
  if (inflatedBytes > RATIO_FLOOR_BYTES && inflatedBytes > limits.maxCompressionRatio * Math.max(compressedBytes, 1)) {
    throw new UploadRefused(
      'compression-ratio-too-high',
      `The part ${part} decompresses to more than ${limits.maxCompressionRatio} times its size.`,
      part,
    );
  }
}

function inflateWanted(data: Uint8Array, wanted: (name: string) => boolean, limits: UploadLimits): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let refusal: UploadRefused | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    if (!wanted(file.name) || parts.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = new UploadRefused('damaged-archive', `The part ${file.name} does not decompress.`, file.name);
        return;
      }
      inflated += chunk.length;
      total += chunk.length;
      if (total > limits.maxUncompressedBytes) {
        refusal = new UploadRefused(
          'uncompressed-too-large',
          `The parts read decompress to more than ${limits.maxUncompressedBytes} bytes.`,
          file.name,
        );
        return;
      }
      try {
        checkRatio(file.name, inflated, file.size ?? data.length, limits);
      } catch (error) {
        refusal = error as UploadRefused;
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, inflated));
    };
    try {
      file.start();
    } catch {
      refusal = new UploadRefused('damaged-archive', `The part ${file.name} uses a compression method Word does not.`, file.name);
    }
  };
  try {
    for (let offset = 0; offset < data.length && !refusal; offset += SLICE_BYTES) {
      unzip.push(data.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= data.length);
    }
  } catch {
    refusal ??= new UploadRefused('damaged-archive', 'The archive does not decompress.');
  }
  if (refusal) throw refusal;
  return parts;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
