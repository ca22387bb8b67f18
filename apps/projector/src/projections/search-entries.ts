import { createHash } from 'node:crypto';
import { ContributionCover, ContributionSubstance } from '#libs/contracts';
import { InterchangeProvision, ResolutionDocument, searchKey, toInterchange } from '#libs/text';

/*
 * What the search index holds for a text: the entries it makes of a document's provisions,
 * the text a document or a contribution is found by, and the search key stored beside it. Pure.
 */

/** One provision as a search entry: its wording, the label it has there and its section's heading. */
export interface ProvisionEntry {
  readonly provisionId: string;
  /** The labels from the top-level provision down: "3 '1'", "أ )". */
  readonly label: string;
  readonly heading: string;
  /** Its words and its footnotes. */
  readonly text: string;
}

/** Every provision of a text, sub-items included, as search entries. */
export function provisionEntries(document: ResolutionDocument): ProvisionEntry[] {
  const entries: ProvisionEntry[] = [];
  const visit = (provision: InterchangeProvision, heading: string, parentLabel: string) => {
    const label = [parentLabel, provision.label].filter((part) => part !== '').join(' ');
    entries.push({
      provisionId: provision.id,
      label: label === '' ? provision.id : label,
      heading,
      text: [provision.text, ...provision.footnotes].join('\n'),
    });
    for (const child of provision.children) visit(child, heading, label);
  };
  const text = toInterchange(document);
  for (const section of [...text.preamble, ...text.operative]) {
    for (const provision of section.provisions) visit(provision, section.heading, '');
  }
  return entries;
}

// The prose of a report or a contribution's cover page, as the importer keeps it in the metadata.
const PROSE_METADATA = ['summary', 'purpose', 'actionRequested', 'expectedResults', 'narrative'] as const;

/** What a document's own entry is searched by: symbol, title, enacting body, section headings, and the prose of a report. */
export function documentEntryText(document: ResolutionDocument, symbol: string): string {
  const prose = PROSE_METADATA.flatMap((field) => {
    const value = document.metadata[field];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });
  const headings = [...document.preamble, ...document.operative].map((section) => section.heading);
  return [symbol, document.title, document.body, ...headings, ...prose].filter((line) => line.trim() !== '').join('\n');
}

/** What a contribution is searched by: its cover (symbol, title, agenda item, purpose, action requested) and a report's text. */
export function contributionEntryText(cover: ContributionCover, substance: ContributionSubstance): string {
  const lines = [
    cover.symbol,
    cover.title,
    cover.agendaItem,
    cover.purpose,
    cover.actionRequested,
    substance.kind === 'report' ? substance.text : undefined,
  ];
  return lines.filter((line): line is string => line !== undefined && line.trim() !== '').join('\n');
}

/** The entry key of a provision's wording: one row per distinct label, heading and text of a provision. */
export function provisionEntryKey(documentId: string, entry: ProvisionEntry): string {
  const wording = createHash('sha256').update(`${entry.label}\u0000${entry.heading}\u0000${entry.text}`).digest('hex').slice(0, 24);
  return `provision:${documentId}:${entry.provisionId}:${wording}`;
}

/** The search key as stored: between single spaces, so whole words match '% key %'. */
export function storedKey(text: string): string {
  return ` ${searchKey(text)} `;
}
