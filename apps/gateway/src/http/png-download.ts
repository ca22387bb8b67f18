import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition } from '#libs/documents';

export const PNG_MEDIA_TYPE = 'image/png';

/**
 * A picture drawn as PNG (libs/raster's svgToPng): its media type, its file name (a download, or
 * shown in place with 'inline'), and the language of the words drawn in it.
 */
export function pngDownload(
  response: Response,
  png: Uint8Array,
  fileName: string,
  language: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): StreamableFile {
  response.setHeader('Content-Language', language);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(Buffer.from(png.buffer, png.byteOffset, png.byteLength), {
    type: PNG_MEDIA_TYPE,
    disposition: attachmentDisposition(fileName, disposition),
    length: png.byteLength,
  });
}
