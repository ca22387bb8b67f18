import { ResolutionDocument, outlineDocument } from '#libs/text';
import type { ProvisionPlace } from '#libs/text';

/*
 * Local stand-in for `citeProvision` of libs/text/src/render/citation.ts (being written for
 * the refusals): same signature, so the history switches to it by changing one import.
 */

const PLACES = new WeakMap<
  ResolutionDocument,
  { readonly places: ReadonlyMap<string, ProvisionPlace>; readonly headings: ReadonlyMap<string, string> }
>();

function outlineOf(document: ResolutionDocument) {
  let outline = PLACES.get(document);
  if (!outline) {
    outline = {
      places: new Map(outlineDocument(document).map((place) => [place.provision.id, place])),
      headings: new Map([...document.preamble, ...document.operative].map((section) => [section.id, section.heading])),
    };
    PLACES.set(document, outline);
  }
  return outline;
}

/** Whether the text has this provision, so that it can be cited as printed. */
export function hasProvision(document: ResolutionDocument, provisionId: string): boolean {
  return outlineOf(document).places.has(provisionId);
}

/** A section's heading as printed, or undefined when the text has no such section. */
export function sectionHeading(document: ResolutionDocument, sectionId: string): string | undefined {
  return outlineOf(document).headings.get(sectionId);
}

/**
 * A provision as the document prints it: its section's heading and its label, with the
 * labels of the items it sits in ("resolves to instruct the Secretary-General, 5 b)",
 * "يقرر أن يكلف الأمين العام، 5"). A provision printed without a label is cited by its first
 * words. Empty when the text has no such provision: the caller says so in words.
 */
export function citeProvision(document: ResolutionDocument, provisionId: string): string {
  const { places, headings } = outlineOf(document);
  const place = places.get(provisionId);
  if (!place) return '';
  const labels: string[] = [];
  for (let at: ProvisionPlace | undefined = place; at; at = at.parentId === undefined ? undefined : places.get(at.parentId)) {
    if (at.printedLabel.trim() !== '') labels.unshift(at.printedLabel.trim());
  }
  const comma = document.language.toLowerCase().startsWith('ar') ? '، ' : ', ';
  const heading = (headings.get(place.sectionId) ?? '').replace(/\s+/gu, ' ').trim();
  const where = labels.length > 0 ? labels.join(' ') : `"${firstWords(place.provision.text)}"`;
  return heading ? `${heading}${comma}${where}` : where;
}

function firstWords(text: string, words = 6): string {
  const all = text.replace(/\s+/gu, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
