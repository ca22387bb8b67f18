import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DOCX_MEDIA_TYPE, attachmentDisposition } from '#libs/documents';

/** A .docx answer: its media type, an attachment name, and the language of the text it holds. */
export function wordDownload(response: Response, bytes: Uint8Array, fileName: string, language: string): StreamableFile {
  response.setHeader('Vary', 'Accept');
  response.setHeader('Content-Language', language);
  return new StreamableFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    type: DOCX_MEDIA_TYPE,
    disposition: attachmentDisposition(fileName),
    length: bytes.byteLength,
  });
}
