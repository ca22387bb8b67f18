/** How a .docx is handed out over HTTP: its media type and an attachment name a person can read. */

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name from its parts ("C23/71-E", "v2"): characters a file system refuses become "-", joined by "_". */
export function docxFileName(...parts: readonly string[]): string {
  const stem = parts
    .map((part) =>
      part
        .normalize('NFC')
        .replace(/[\\/:*?"<>|\p{C}\s]+/gu, '-')
        .replace(/^-+|-+$/gu, ''),
    )
    .filter((part) => part !== '')
    .join('_');
  return `${(stem || 'document').slice(0, 150)}.docx`;
}

/** `Content-Disposition` (attachment, or inline for a file a browser shows) with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187), for Arabic symbols and titles. */
export function attachmentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/gu, '_').replace(/["\\]/gu, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  if (ascii === fileName) return `${disposition}; filename="${fileName}"`;
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
