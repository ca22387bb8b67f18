import { Page } from 'playwright-core';
import { EVENT_TYPES } from '#libs/contracts';
import { LATIN_WORD, wasTyped } from './typed-content';

/**
 * The Latin words an Arabic page may show that nobody typed: each is written so in Arabic
 * prose too, or is literal text a person must copy as it stands.
 */
const ALLOWED_LATIN = new Map<string, string>(
  [
    ["the ITU's amendment marks, printed in Latin in the documents of every language (numbered: MOD1)", ['MOD', 'ADD', 'SUP']],
    ['the switch to the other interface language, which names it in that language (lang="en")', ['English']],
    ['the zone of every time the ledger prints, as Arabic ITU documents print it', ['UTC']],
    [
      'names of file formats and protocols, written in Latin in Arabic technical prose',
      ['Word', 'docx', 'PDF', 'XML', 'Akoma', 'Ntoso', 'SVG', 'PNG'],
    ],
    ['the parts of a webhook delivery a receiver must match literally', ['POST', 'HTTPS', 'https', 'http', 'JSON', 'HMAC-SHA256']],
    ['the signature header and its fields, copied literally by a receiver', ['X-Ledger-Signature', 't', 'v1']],
    ['the token a person pastes is a JWT, made by the command `npm run cli token`', ['JWT', 'npm', 'run', 'cli', 'token']],
    [
      'the time zone and moment of a deadline, in the forms the field takes (IANA, America/New_York, 2025-12-09T18:00)',
      ['IANA', 'America/New_York', 'T18'],
    ],
    ['the form a date field accepts', ['YYYY-MM-DD']],
    ["the hints' examples of the ITU's document symbols, which stay Latin in Arabic documents", ['C26/12-A', 'A/RES/78/132']],
    ["the ITU's revision designations (Rev.0 the original, Rev.1…), printed in Latin in the documents of every language", ['Rev.N']],
    ['the key a keyboard user holds to select words, as printed on the key', ['Shift']],
    ['the event log the verification reads, by its product name', ['Kafka']],
  ].flatMap(([reason, words]) => (words as string[]).map((word) => [word, reason as string])),
);

/** What looks like an internal identifier, whatever the language of the page. */
const INTERNAL_IDS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a UUID', pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu },
  { what: 'a provision id', pattern: /\b(?:pre|op|ann|annex|new|docx)-\d+(?:-\d+)*\b/gu },
  { what: 'a range of word indexes', pattern: /\b\d+\s*\.\.\s*\d+\b/gu },
  { what: 'an event type', pattern: new RegExp(`\\b(?:${EVENT_TYPES.join('|')})\\b`, 'gu') },
];

/** Strings an auditor reads and compares as they are: the page prints them so on purpose. */
const DIGEST = /\b[0-9a-f]{64}\b/gu;

/** One place on the page where text is read: the body, the title, an attribute, an option. */
interface PageText {
  readonly where: string;
  readonly text: string;
}

// Browser globals, inside page.evaluate callbacks only (the project compiles without the DOM library).
declare const document: {
  title: string;
  body: { innerText: string };
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    textContent: string | null;
    tagName: string;
    type?: string;
    value?: string;
    files?: ArrayLike<{ name: string }>;
  }>;
};

const READ_ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];

/** Everything a person reads on the page as it stands: the rendered text of the body, the title, the read attributes and the options of every list. */
export async function pageTexts(page: Page): Promise<PageText[]> {
  return page.evaluate((attributes) => {
    const texts = [
      { where: 'title', text: document.title },
      { where: 'body', text: document.body.innerText },
    ];
    for (const name of attributes)
      for (const element of Array.from(document.querySelectorAll(`[${name}]`)))
        texts.push({ where: `${element.tagName.toLowerCase()}[${name}]`, text: element.getAttribute(name) ?? '' });
    for (const option of Array.from(document.querySelectorAll('option'))) texts.push({ where: 'option', text: option.textContent ?? '' });
    return texts;
  }, READ_ATTRIBUTES);
}

/** The names of the files chosen and the text typed in the page's multipart forms (the ones that upload a file). */
export async function typedInMultipartForms(page: Page): Promise<{ files: string[]; fields: string[] }> {
  return page.evaluate(() => {
    const inForms = (selector: string) => Array.from(document.querySelectorAll(`form[enctype="multipart/form-data"] ${selector}`));
    return {
      files: inForms('input[type="file"]').flatMap((input) => Array.from(input.files ?? []).map((file) => file.name)),
      fields: inForms('input:not([type="hidden"]):not([type="file"]), textarea').map((field) => field.value ?? ''),
    };
  });
}

/** What a reader of an Arabic page should not see, each with the line it stands in. */
export function foreignTextIn(texts: readonly PageText[]): string[] {
  const findings: string[] = [];
  for (const { where, text } of texts) {
    for (const line of text.split('\n')) {
      for (const { what, pattern } of INTERNAL_IDS)
        for (const match of line.matchAll(pattern)) findings.push(`${what} "${match[0]}" in ${where}: ${line.trim()}`);
      const words = withoutIds(line).replace(DIGEST, ' ');
      for (const match of words.matchAll(LATIN_WORD)) {
        const word = match[0];
        // A typed text cut short ("… the overall review of th…") ends in the start of a typed word.
        const cut = words.charAt(match.index + word.length) === '…';
        if (!wasTyped(word, cut) && !ALLOWED_LATIN.has(word.replace(/^(MOD|ADD|SUP)\d+$/u, '$1').replace(/^Rev\.\d+$/u, 'Rev.N')))
          findings.push(`the Latin word "${word}" in ${where}: ${line.trim()}`);
      }
    }
  }
  return [...new Set(findings)];
}

function withoutIds(line: string): string {
  return INTERNAL_IDS.reduce((rest, { pattern }) => rest.replace(pattern, ' '), line);
}

/** Fails, listing every finding, if the Arabic page shows an English word or an internal id. */
export async function expectArabicOnly(page: Page): Promise<void> {
  const findings = foreignTextIn(await pageTexts(page));
  if (findings.length > 0) throw new Error(`English words or internal ids on the Arabic page ${page.url()}:\n${findings.join('\n')}`);
}
