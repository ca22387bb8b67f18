import { DOCX_MEDIA_TYPE } from '#libs/documents';

/** The representations the compilation of proposals is answered in. */
export type Representation = 'json' | 'html' | 'docx';

/**
 * The representation to answer: `format` (json, html or docx) when given, else the best match of
 * the Accept header by quality (RFC 9110, 12.5.1), JSON when the client weighs them equally
 * or says nothing. A `format` that is neither is a 400; an Accept header that allows
 * neither a 406.
 */
export function chooseRepresentation(
  format: string | undefined,
  accept: string | undefined,
): { ok: true; value: Representation } | { ok: false; status: 400 | 406; detail: string } {
  if (format !== undefined) {
    if (format === 'json' || format === 'html' || format === 'docx') return { ok: true, value: format };
    return { ok: false, status: 400, detail: 'format must be json, html or docx' };
  }
  if (accept === undefined || accept.trim() === '') return { ok: true, value: 'json' };
  const ranges = accept
    .split(',')
    .map((part) => {
      const [mediaType, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = parameters.map((p) => /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(p)).find((match) => match !== null);
      return { mediaType, quality: q ? Math.min(1, Number(q[1])) : 1 };
    })
    .filter((range) => /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+$/.test(range.mediaType));
  const qualityOf = (mediaType: string): number => {
    const [type] = mediaType.split('/');
    // The most specific range that matches decides.
    const match = ranges.find((r) => r.mediaType === mediaType) ?? ranges.find((r) => r.mediaType === `${type}/*`) ?? ranges.find((r) => r.mediaType === '*/*');
    return match?.quality ?? 0;
  };
  const json = qualityOf('application/json');
  const html = qualityOf('text/html');
  // Word only when named: a browser's */* is not a request for a download.
  const docx = ranges.find((r) => r.mediaType === DOCX_MEDIA_TYPE)?.quality ?? 0;
  if (docx > json && docx > html) return { ok: true, value: 'docx' };
  if (json === 0 && html === 0) return { ok: false, status: 406, detail: `the compilation is available as application/json, text/html and ${DOCX_MEDIA_TYPE}` };
  return { ok: true, value: html > json ? 'html' : 'json' };
}
