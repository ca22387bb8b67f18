import { ResolutionDocument, formatLabelOfKind, labelOfKind, outlineDocument } from '#libs/text';
import { Locale } from './i18n/locale';

/**
 * Labels in the interface: the alternatives of a bracket group are lettered as the field
 * letters items — in abjad order in Arabic (أ ب ج د هـ و ...), a b c in English — and the
 * provisions of a document carry the labels the text engine derives from their place.
 */

/** The printed letter of the index-th (0-based) choice: "أ )", "ب)", "هـ )" in Arabic; "a)", "b)" in English. */
export function choiceLabel(locale: Locale, index: number): string {
  return formatLabelOfKind(locale, 'itu', 'letter', 0, labelOfKind(locale, 'letter', index));
}

/** A provision as a list to choose from shows it: its section, its label as printed, its words. */
export interface ProvisionChoice {
  readonly id: string;
  readonly sectionId: string;
  readonly heading: string;
  readonly part: 'preamble' | 'operative';
  readonly label: string;
  readonly depth: number;
  readonly text: string;
  /** The last item of its section (where "add at the end of the section" is offered). */
  readonly lastOfSection: boolean;
}

/** Every provision of a document in reading order, with its printed label and section heading. */
export function provisionChoices(doc: ResolutionDocument): ProvisionChoice[] {
  const headings = new Map([...doc.preamble, ...doc.operative].map((section) => [section.id, section.heading]));
  const outline = outlineDocument(doc);
  return outline.map((place, i) => ({
    id: place.provision.id,
    sectionId: place.sectionId,
    heading: headings.get(place.sectionId) ?? '',
    part: place.part,
    label: place.printedLabel,
    depth: place.depth,
    text: place.provision.text,
    lastOfSection: outline[i + 1]?.sectionId !== place.sectionId,
  }));
}

/** The printed label of each provision by id. */
export function printedLabels(doc: ResolutionDocument): Map<string, string> {
  return new Map(outlineDocument(doc).map((place) => [place.provision.id, place.printedLabel]));
}
