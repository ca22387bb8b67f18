/**
 * The adopted text: what a body prints once it adopts a draft. The resolution takes its
 * own designation, title and adoption line; the cover of the contribution that carried
 * the draft (submitters, purpose, references, its symbol and date ...) is not part of it.
 */
import type { DocumentMetadata, ResolutionDocument } from '../model';
import { TITLE_BREAK } from '../render/clean-text-cover';
import { AdoptionVoting, composeAdoptionLine } from './adoption-line';

export * from './adoption-line';

/** What the chair records of an adoption that the adopted text prints. */
export interface TextAdoption {
  /** "sixth Plenary Meeting": the adoption line is composed from it when none is given. */
  readonly meeting: string;
  /** The designation as printed: "Resolution 1334 (Modified 2023)", "القرار 1334 (المعدَّل في 2023)", "78/132". */
  readonly number?: string;
  /** The document symbol: "A/RES/78/132". */
  readonly symbol?: string;
  /** The subject: "The role of ITU in the overall review of the implementation of the WSIS outcomes". */
  readonly title?: string;
  /** As printed, without parentheses: "adopted at the sixth Plenary Meeting". */
  readonly adoptionLine?: string;
  /** Without a vote or by a recorded vote: the composed adoption line says which. */
  readonly method?: AdoptionVoting;
}

/** What the adopted text does not take from the draft: the contribution's cover, symbol and date, and any earlier adoption line. */
const NOT_ADOPTED: readonly (keyof DocumentMetadata)[] = [
  'submitters',
  'agendaItem',
  'purpose',
  'actionRequested',
  'references',
  'summary',
  'expectedResults',
  'priorityArea',
  'documentKind',
  'narrative',
  'cover',
  'date',
  'symbol',
  'adoption',
];

/** UNGA titles open with the resolution's number: "78/132. Information and communications technologies ...". */
const UNGA_NUMBER = /^\d+\/\d+\.\s+/u;

/** The working text as adopted: its title and adoption line composed, the contribution's cover dropped; provisions untouched. */
export function adoptedText(working: ResolutionDocument, adoption: TextAdoption): ResolutionDocument {
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(working.metadata)) {
    if (value !== undefined && !NOT_ADOPTED.includes(key)) metadata[key] = value;
  }
  if (adoption.symbol) metadata.symbol = adoption.symbol;
  metadata.adoption = adoptionLineOf(working, adoption);
  return { ...working, title: adoptedTitle(working, adoption), metadata };
}

/** The adoption line as the chair gave it, or composed from the meeting and the method in the text's language. */
export function adoptionLineOf(working: ResolutionDocument, adoption: TextAdoption): string {
  if (adoption.adoptionLine?.trim()) return adoption.adoptionLine.trim();
  return composeAdoptionLine(working.language, adoption.meeting, adoption.method);
}

/** ITU: "{number} — {subject}"; UNGA: "{number}. {subject}"; the subject alone without a number; the working title when neither is given. */
export function adoptedTitle(working: ResolutionDocument, adoption: TextAdoption): string {
  const number = adoption.number?.trim();
  const given = adoption.title?.trim();
  if (!number && !given) return working.title;
  const subject = given || subjectOf(working);
  if (!number) return subject;
  if (!subject) return number;
  return working.style === 'unga' ? `${number}. ${subject}` : `${number}${TITLE_BREAK}${subject}`;
}

/** The subject of a title: what follows the designation, when the title has one. */
function subjectOf(doc: ResolutionDocument): string {
  const breakAt = doc.title.indexOf(TITLE_BREAK);
  const subject = breakAt >= 0 ? doc.title.slice(breakAt + TITLE_BREAK.length) : doc.title;
  return doc.style === 'unga' ? subject.replace(UNGA_NUMBER, '') : subject;
}
