/**
 * A Content-Disposition header naming a file: an ASCII name for every client and, when the
 * name has other characters, the UTF-8 name as RFC 6266 / RFC 8187 give it.
 */
export function attachmentName(disposition: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  if (ascii === filename) return `${disposition}; filename="${filename}"`;
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
