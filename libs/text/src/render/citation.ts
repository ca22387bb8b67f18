import { placesById, ProvisionPlace } from '../diff/outline';
import { LanguageCode, ResolutionDocument } from '../model';

/** How many words of an unlabelled paragraph stand for it when it is cited. */
const OPENING_WORDS = 6;

/** The words that open a provision, quoted the way the language quotes: “recognizing that…” / «إذ يدرك…». */
export function quoteWords(language: LanguageCode, words: string): string {
  return language === 'ar' ? `«${words}»` : `“${words}”`;
}

/** The opening words of a text, quoted, with an ellipsis when the text goes on. */
export function openingWords(language: LanguageCode, text: string): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return quoteWords(language, `${words.slice(0, OPENING_WORDS).join(' ')}${words.length > OPENING_WORDS ? '…' : ''}`);
}

/** The word a numbered UNGA operative paragraph is cited with, in the languages refusals are read in. */
const PARAGRAPH: Partial<Record<LanguageCode, string>> = { en: 'paragraph', ar: 'الفقرة' };

/** The comma the language separates a heading from a label with. */
function comma(language: LanguageCode): string {
  return language === 'ar' ? '، ' : ', ';
}

/** The label a provision is cited by: as printed, except a UNGA operative number, which is cited bare ("5", not "5."). */
function citedLabel(document: ResolutionDocument, place: ProvisionPlace): string {
  if (document.style === 'unga' && place.part === 'operative' && place.depth === 0) return place.label;
  return place.printedLabel;
}

// The outline of each document cited (an immutable value): a text's provisions are cited one
// after another (a table of them, a map, the conflicts on them), each needing the whole outline.
const knownPlaces = new WeakMap<ResolutionDocument, ReadonlyMap<string, ProvisionPlace>>();

function placesOf(document: ResolutionDocument): ReadonlyMap<string, ProvisionPlace> {
  let places = knownPlaces.get(document);
  if (!places) knownPlaces.set(document, (places = placesById(document)));
  return places;
}

/**
 * A provision of a document as a reader cites it, in the document's language: its section's
 * heading and its labels as printed ("resolves to instruct the Secretary-General, 5",
 * "يقرر أن يكلف الأمين العام، 5", "recalling, b)", "3 a)", "5 '1'"), or, printed without a
 * label or heading (a UNGA preambular paragraph), its opening words quoted. A section id is
 * cited by its heading. Undefined when the document holds no such provision or section.
 */
export function citeProvision(document: ResolutionDocument, provisionId: string): string | undefined {
  const places = placesOf(document);
  const place = places.get(provisionId);
  const sections = [...document.preamble, ...document.operative];
  if (!place) {
    const section = sections.find((s) => s.id === provisionId);
    if (!section) return undefined;
    const heading = printedHeading(section.heading);
    return heading !== '' ? heading : section.provisions[0] ? openingWords(document.language, section.provisions[0].text) : undefined;
  }
  const labels: string[] = [];
  for (let at: ProvisionPlace | undefined = place; at; at = at.parentId ? places.get(at.parentId) : undefined) {
    const label = citedLabel(document, at);
    if (label !== '') labels.unshift(label);
  }
  const heading = printedHeading(sections.find((s) => s.id === place.sectionId)?.heading ?? '');
  if (labels.length === 0) return heading !== '' ? heading : openingWords(document.language, place.provision.text);
  // An unlabelled paragraph (a UNGA preambular one) heads its sub-items: they are cited under its opening words.
  const top = rootOf(place, places);
  const lead = heading !== '' ? heading : citedLabel(document, top) === '' ? openingWords(document.language, top.provision.text) : '';
  if (lead !== '') return `${lead}${comma(document.language)}${labels.join(' ')}`;
  // A UNGA operative paragraph is cited as a paragraph: "paragraph 5 (a)", "الفقرة 5 (أ)".
  const paragraph = PARAGRAPH[document.language];
  return paragraph && document.style === 'unga' && top.part === 'operative' ? `${paragraph} ${labels.join(' ')}` : labels.join(' ');
}

/** The citation of a provision, or the given words when the document no longer holds it. */
export function citeProvisionOr(document: ResolutionDocument, provisionId: string, otherwise: string): string {
  return citeProvision(document, provisionId) ?? otherwise;
}

function rootOf(place: ProvisionPlace, places: ReadonlyMap<string, ProvisionPlace>): ProvisionPlace {
  let at = place;
  while (at.parentId) {
    const parent = places.get(at.parentId);
    if (!parent) break;
    at = parent;
  }
  return at;
}

/** A heading as it stands in a citation: without the comma or colon that ends it on the page. */
function printedHeading(heading: string): string {
  return heading
    .trim()
    .replace(/[,،:؛;]+$/u, '')
    .trim();
}
