import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA PNG, for tests that look at what was drawn. */
export interface DecodedPng {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Row after row, four bytes (R, G, B, A) a pixel. */
  readonly rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG as resvg writes it (8-bit RGBA, not interlaced), checking the signature and each
 * chunk's CRC, so a test proves the bytes are a valid PNG without a decoder dependency.
 */
export function decodePng(png: Uint8Array): DecodedPng {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG signature');
  let offset = 8;
  let widthPx = 0;
  let heightPx = 0;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length && !ended) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      widthPx = body.readUInt32BE(0);
      heightPx = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) throw new Error('only 8-bit RGBA, not interlaced');
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!ended || widthPx === 0) throw new Error('truncated PNG');
  return { widthPx, heightPx, rgba: unfilter(inflateSync(Buffer.concat(data)), widthPx, heightPx) };
}

function unfilter(raw: Buffer, widthPx: number, heightPx: number): Uint8Array {
  const stride = widthPx * 4;
  const out = new Uint8Array(stride * heightPx);
  for (let y = 0; y < heightPx; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? out[y * stride + x - 4] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The smallest box holding every pixel with some ink (alpha above the threshold), or undefined. */
export function inkBox(
  image: DecodedPng,
  region = { x: 0, y: 0, widthPx: image.widthPx, heightPx: image.heightPx },
  alphaThreshold = 64,
): { left: number; top: number; right: number; bottom: number; inkPixels: number } | undefined {
  let box: { left: number; top: number; right: number; bottom: number; inkPixels: number } | undefined;
  for (let y = region.y; y < region.y + region.heightPx; y += 1) {
    for (let x = region.x; x < region.x + region.widthPx; x += 1) {
      if (image.rgba[(y * image.widthPx + x) * 4 + 3] <= alphaThreshold) continue;
      box ??= { left: x, top: y, right: x, bottom: y, inkPixels: 0 };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      box.inkPixels += 1;
    }
  }
  return box;
}
