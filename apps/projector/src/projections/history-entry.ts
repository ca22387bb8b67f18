import { ResolutionDocument, outlineDocument } from '#libs/text';
import type { HistoryKind, TimelineMessage } from '#libs/read-models';
import { MessageNames, messageNames } from './history-messages';
import { Names, quote } from './history-summary';
import type { HistorySubjects, SubjectUpdate } from './history-subjects';

/** One row of a consultation's timeline, before it is given its place (the event's position, time and actor). */
export interface HistoryEntry {
  readonly consultationId: string;
  readonly kind: HistoryKind;
  readonly documentId?: string;
  readonly stakeholders: readonly string[];
  readonly provisions: readonly string[];
  /** In English, for API clients that read no other language. */
  readonly summary: string;
  /** The same line as a message of the reader's catalogue. */
  readonly message: TimelineMessage;
  readonly details: Record<string, unknown>;
}

export interface HistoryStep {
  readonly entry?: HistoryEntry;
  readonly remember: readonly SubjectUpdate[];
  /** Provisions to add to an earlier row: a contribution's, as the amendments it carries follow it in one command. */
  readonly extend?: { readonly position: number; readonly provisions: readonly string[] };
}

/** Makes a row of the timeline for the event at hand, with its actor, details and payload. */
export type MakeEntry = (
  fields: Omit<HistoryEntry, 'details' | 'stakeholders' | 'provisions'> & {
    stakeholders?: readonly string[];
    provisions?: readonly string[];
    payload?: unknown;
  },
) => HistoryEntry;

/** How summaries name stakeholders, and the provisions and sections of a document by the labels and headings of its latest text. */
export function namesFor(subjects: HistorySubjects, text?: ResolutionDocument): Names {
  return {
    stakeholder: (id) => subjects.stakeholders.get(id)?.name ?? id,
    provision: (id) => {
      const label = text && labelsOf(text).places.get(id);
      return label ? `${id} [${label}]` : id;
    },
    section: (id) => {
      const heading = text && labelsOf(text).headings.get(id);
      return heading ? `${id} "${quote(heading, 60)}"` : id;
    },
  };
}

// Texts are never changed in place, and a batch hands the same text to every event of its document: outline each once.
const LABELS = new WeakMap<
  ResolutionDocument,
  { readonly places: ReadonlyMap<string, string>; readonly headings: ReadonlyMap<string, string> }
>();

/** The printed label of each provision and the heading of each section of a text. */
function labelsOf(text: ResolutionDocument) {
  let labels = LABELS.get(text);
  if (!labels) {
    labels = {
      places: new Map(outlineDocument(text).map((place) => [place.provision.id, place.printedLabel])),
      headings: new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading])),
    };
    LABELS.set(text, labels);
  }
  return labels;
}

/** How timeline messages name stakeholders, and provisions and sections as the document's latest text prints them. */
export function messageNamesFor(subjects: HistorySubjects, text?: ResolutionDocument): MessageNames {
  return messageNames((id) => subjects.stakeholders.get(id)?.name, text);
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
