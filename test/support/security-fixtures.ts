/** What the security suite sends: small real-shaped texts, and the payloads an attacker would try. */

/** A resolution in the interchange format, two recitals and two operative items, every text replaceable. */
export function smallResolution(
  texts: Partial<Record<'title' | 'body' | 'heading' | 'recital' | 'operative' | 'footnote' | 'label', string>> = {},
) {
  return {
    title: texts.title ?? 'Resolution 1334 (Modified 2023): the role of ITU in the WSIS process',
    body: texts.body ?? 'The ITU Council,',
    language: 'en',
    style: 'itu',
    preamble: [
      {
        id: 'pre-1',
        heading: texts.heading ?? 'recalling',
        provisions: [
          {
            id: 'pre-1-1',
            label: texts.label ?? 'a)',
            text: texts.recital ?? 'Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;',
            children: [],
            footnotes: texts.footnote ? [texts.footnote] : [],
          },
          {
            id: 'pre-1-2',
            label: 'b)',
            text: 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
            children: [],
            footnotes: [],
          },
        ],
      },
    ],
    operative: [
      {
        id: 'op-1',
        heading: 'resolves to instruct the Secretary-General',
        provisions: [
          {
            id: 'op-1-1',
            label: '1',
            text: texts.operative ?? 'to encourage the participation of all stakeholders in the WSIS process;',
            children: [],
            footnotes: [],
          },
          { id: 'op-1-2', label: '2', text: 'to submit an annual report to the Council.', children: [], footnotes: [] },
        ],
      },
    ],
    metadata: {},
    warnings: [],
  };
}

/** Markup that would run or load something if a renderer forgot to escape it. */
export const SCRIPT_INJECTIONS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</title><script>alert(4)</script>',
];

/** What must never appear in a rendered page built from the injections above: the elements themselves (escaped, their text is harmless). */
export const LIVE_MARKUP = [/<script/i, /<img/i, /<svg/i, /<\/title><script/i];

/** Invisible characters that disguise a text: bidi embeddings, overrides and isolates, zero-width characters, the BOM. */
export const DISGUISES: readonly [string, string][] = [
  ['U+202A', '\u202A'],
  ['U+202B', '\u202B'],
  ['U+202C', '\u202C'],
  ['U+202D', '\u202D'],
  ['U+202E', '\u202E'],
  ['U+2066', '\u2066'],
  ['U+2067', '\u2067'],
  ['U+2068', '\u2068'],
  ['U+2069', '\u2069'],
  ['U+200B', '\u200B'],
  ['U+2060', '\u2060'],
  ['U+FEFF', '\uFEFF'],
];

/** SQL a careless filter would execute: quotes, comments, statement separators, wildcards. */
export const SQL_METACHARACTERS = [
  "' OR '1'='1",
  "x'; DROP TABLE events; --",
  '1) OR (1=1',
  '%',
  '_',
  "\\'",
  '$1',
  'egypt"--',
  "'; SELECT pg_sleep(5); --",
];
