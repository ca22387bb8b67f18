import { Readable } from 'node:stream';
import { readMultipartUpload } from './multipart-upload';

const BOUNDARY = '----ledger-test-boundary';

function posted(
  parts: readonly { name: string; value: string | Buffer; filename?: string }[],
): Readable & { headers: Record<string, string> } {
  const body = Buffer.concat([
    ...parts.map((part) =>
      Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n`,
        ),
        Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value),
        Buffer.from('\r\n'),
      ]),
    ),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
  // Sent in small pieces, as a network delivers it.
  const pieces = Array.from({ length: Math.ceil(body.length / 1000) }, (_, i) => body.subarray(i * 1000, (i + 1) * 1000));
  return Object.assign(Readable.from(pieces), {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(body.length) },
  });
}

describe('a multipart form with a Word file, read as it streams', () => {
  it('gives the fields and the file bytes exactly', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256));
    const result = await readMultipartUpload(
      posted([
        { name: '_csrf', value: 'token-123' },
        { name: 'file', value: bytes, filename: 'contribution.docx' },
      ]),
      10_000,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.upload.fields).toEqual({ _csrf: 'token-123' });
    expect(result.upload.file?.name).toBe('contribution.docx');
    expect(Buffer.from(result.upload.file!.bytes).equals(bytes)).toBe(true);
  });

  it('refuses a file past the upload limit, keeping none of it', async () => {
    const result = await readMultipartUpload(
      posted([
        { name: '_csrf', value: 'token-123' },
        { name: 'file', value: Buffer.alloc(20_000, 1), filename: 'big.docx' },
      ]),
      10_000,
    );
    expect(result).toEqual({ ok: false, refusal: 'upload-too-large', fields: { _csrf: 'token-123' } });
  });

  it('refuses a body that is not multipart, and a form with two files', async () => {
    const plain = Object.assign(Readable.from([Buffer.from('a=1')]), { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await readMultipartUpload(plain, 10_000)).toEqual({ ok: false, refusal: 'malformed-form', fields: {} });
    const two = posted([
      { name: 'file', value: 'one', filename: 'a.docx' },
      { name: 'file', value: 'two', filename: 'b.docx' },
    ]);
    expect(await readMultipartUpload(two, 10_000)).toEqual({ ok: false, refusal: 'malformed-form', fields: {} });
  });
});
