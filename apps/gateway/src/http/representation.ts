/*
 * Content negotiation shared by every resource with more than one representation: `format`
 * in the query names one outright, else the Accept header is weighed (RFC 9110, 12.5.1).
 */

/** The representations of a resource: the name `format` gives each and its media type, in the order preferred when the client weighs them equally. */
export type Representations<Name extends string> = readonly (readonly [Name, string])[];

export type Chosen<Name extends string> =
  { readonly ok: true; readonly value: Name } | { readonly ok: false; readonly status: 400 | 406; readonly detail: string };

/**
 * The representation to answer: `format` when given, else the best match of the Accept
 * header by quality, the first representation when the client weighs them equally or says
 * nothing. An unknown `format` is a 400; an Accept header that allows none of them a 406.
 */
export function chooseRepresentation<Name extends string>(
  representations: Representations<Name>,
  format: string | undefined,
  accept: string | undefined,
): Chosen<Name> {
  const names = representations.map(([name]) => name);
  if (format !== undefined) {
    const named = names.find((name) => name === format);
    if (named) return { ok: true, value: named };
    return { ok: false, status: 400, detail: `format must be ${inWords(names, 'or')}` };
  }
  if (accept === undefined || accept.trim() === '') return { ok: true, value: names[0] };
  const ranges = parseAccept(accept);
  let best: { name: Name; quality: number } | undefined;
  for (const [name, mediaType] of representations) {
    const quality = qualityOf(mediaType, ranges);
    if (quality > 0 && (best === undefined || quality > best.quality)) best = { name, quality };
  }
  if (!best)
    return {
      ok: false,
      status: 406,
      detail: `this resource is available as ${inWords(
        representations.map(([, mediaType]) => mediaType),
        'or',
      )}`,
    };
  return { ok: true, value: best.name };
}

function inWords(items: readonly string[], conjunction: 'or'): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly quality: number;
}

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of accept.split(',')) {
    const [mediaType, ...parameters] = part.split(';').map((piece) => piece.trim());
    const match = /^([\w!#$%&'*+.^`|~-]+)\/([\w!#$%&'*+.^`|~-]+)$/.exec(mediaType.toLowerCase());
    if (!match) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const q = /^q\s*=\s*([01](?:\.\d{0,3})?)$/i.exec(parameter);
      if (q) quality = Math.min(1, Number(q[1]));
    }
    ranges.push({ type: match[1], subtype: match[2], quality });
  }
  return ranges;
}

/** The quality the most specific matching range gives a media type; 0 when none matches. */
function qualityOf(mediaType: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; quality: number } | undefined;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity || (specificity === best.specificity && range.quality > best.quality))
      best = { specificity, quality: range.quality };
  }
  return best?.quality ?? 0;
}
