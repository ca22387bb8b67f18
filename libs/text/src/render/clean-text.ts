/**
 * Clean text: the document as its secretariat would print it in plain text, in the
 * conventions of its language and style — labels as printed with a tab after them,
 * headings on their own lines, footnotes as numbered notes after the text.
 */
import { formatLabel, provisionLabelInSection } from '../labels';
import { languageProfile } from '../languages';
import type { DocumentStyle, LanguageCode, PartName, Provision, ResolutionDocument, Section } from '../model';
import { superscriptMarkerFor } from '../normalize';
import { coverBlocks } from './clean-text-cover';

const NOTES_RULE = '__________';

/** Renders a document as clean text. */
export function renderCleanText(doc: ResolutionDocument): string {
  const profile = languageProfile(doc.language);
  const notes: string[] = [];
  const place = { language: doc.language, style: doc.style };
  const text: string[] = [];
  if (doc.body) text.push(doc.body);
  for (const section of doc.preamble) text.push(...sectionLines(section, 'preamble', place, notes));
  for (const section of doc.operative) text.push(...sectionLines(section, 'operative', place, notes));

  const blocks = coverBlocks(doc, profile);
  if (text.length > 0) blocks.push(text);
  if (doc.style === 'unga' && doc.metadata.adoption) blocks.push(doc.metadata.adoption.split('\n'));
  if (notes.length > 0) blocks.push([NOTES_RULE, ...notes]);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

interface Place {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
}

function sectionLines(section: Section, part: PartName, place: Place, notes: string[]): string[] {
  const lines = section.heading ? [section.heading] : [];
  section.provisions.forEach((provision, index) => {
    const label = provisionLabelInSection(place.language, place.style, part, 0, index, section.provisions.length);
    lines.push(...provisionLines(provision, formatLabel(place.language, place.style, part, 0, label), part, 0, place, notes));
  });
  return lines;
}

function provisionLines(
  provision: Provision,
  printedLabel: string,
  part: PartName,
  depth: number,
  place: Place,
  notes: string[],
): string[] {
  const text = withMarkers(provision, place.style, notes);
  const lines = [printedLabel ? `${printedLabel}\t${text}` : text];
  provision.children.forEach((child, index) => {
    lines.push(...provisionLines(child, childLabel(provision, part, depth + 1, index, place), part, depth + 1, place, notes));
  });
  return lines;
}

function childLabel(parent: Provision, part: PartName, depth: number, index: number, place: Place): string {
  if (parent.listMarker === 'dash') return '-';
  if (parent.listMarker === 'bullet') return '•';
  const label = provisionLabelInSection(place.language, place.style, part, depth, index, parent.children.length);
  return formatLabel(place.language, place.style, part, depth, label);
}

/** How a footnote is marked: ⁽¹⁾ in ITU texts, (1) in UNGA texts. */
function footnoteMark(style: DocumentStyle, n: number): string {
  return style === 'unga' ? `(${n})` : superscriptMarkerFor(n);
}

/** The provision's words with a marker after the word each footnote is anchored to; the notes are numbered in reading order. */
function withMarkers(provision: Provision, style: DocumentStyle, notes: string[]): string {
  if (provision.footnotes.length === 0) return provision.text;
  const words = provision.text.split(' ');
  const before = new Map<number, string[]>();
  for (const note of provision.footnotes) {
    const mark = footnoteMark(style, notes.length + 1);
    notes.push(`${mark}${style === 'unga' ? ' ' : '\t'}${note.text}`);
    const at = Math.min(Math.max(note.anchor ?? words.length, 0), words.length);
    before.set(at, [...(before.get(at) ?? []), mark]);
  }
  const leading = (before.get(0) ?? []).join('');
  const out = words.map((word, i) => word + (before.get(i + 1) ?? []).join(''));
  return leading ? `${leading} ${out.join(' ')}` : out.join(' ');
}
