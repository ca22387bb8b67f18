/**
 * The document model: a resolution as the people of the field see it.
 *
 * A provision's identity (`id`) never changes when the document is renumbered; its
 * label (a), أ), 1, '1', i)) is derived from its place, the part it stands in and the
 * document's language and style (see labels.ts), and is never stored as identity.
 */
import type { ImportWarningKey, ImportWarningParams } from './import/import-warnings';

/** The six official UN languages. */
export type LanguageCode = 'ar' | 'en' | 'fr' | 'es' | 'ru' | 'zh';

/**
 * `itu`: ITU resolutions — lettered preamble items under headings, numbered operative
 * items under headings. `unga`: UN General Assembly — unlettered preambular paragraphs,
 * operative paragraphs numbered "1 -".
 */
export type DocumentStyle = 'itu' | 'unga';

export type PartName = 'preamble' | 'operative';

export interface Footnote {
  readonly id: string;
  readonly text: string;
  /**
   * Where the marker stands: how many words of the provision's text come before it.
   * Absent: after the last word.
   */
  readonly anchor?: number;
}

/** Unordered sub-item markers: such sub-items are not renumbered when others are inserted. */
export type ListMarker = 'dash' | 'bullet';

export interface Provision {
  readonly id: string;
  /** The provision's words, without its label; bracketed alternatives stay inline as "[a] [b]". */
  readonly text: string;
  readonly children: readonly Provision[];
  readonly footnotes: readonly Footnote[];
  /** Set when the children are marked "-" or "•" in the source rather than numbered. */
  readonly listMarker?: ListMarker;
}

export interface Section {
  readonly id: string;
  /** "recalling", "resolves to instruct the Secretary-General", ...; empty for UNGA paragraphs. */
  readonly heading: string;
  readonly provisions: readonly Provision[];
}

export interface DocumentMetadata {
  symbol?: string;
  date?: string;
  originalLanguage?: string;
  submitters?: string[];
  agendaItem?: string;
  purpose?: string;
  actionRequested?: string;
  references?: string;
  /** "adopted at the sixth Plenary Meeting" and the like, when the text carries it. */
  adoption?: string;
  summary?: string;
  /** "Expected results" of a conference contribution: what the conference is invited to do. */
  expectedResults?: string;
  priorityArea?: string;
  /** How the cover introduces the submitters: "report" (Report by ...) or "contribution" (Contribution from ...). */
  documentKind?: string;
  /**
   * Prose that accompanies the text but is not part of it — a contribution's introduction
   * and proposal, the body of a report — one paragraph per entry, headings included.
   */
  narrative?: string[];
  /** Cover-page lines the importer could not interpret, kept as printed (each also warned about). */
  cover?: string[];
  [key: string]: string | string[] | undefined;
}

export interface ResolutionDocument {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
  readonly title: string;
  /** The enacting body: "The ITU Council," / "إن مجلس الاتحاد الدولي للاتصالات،". */
  readonly body: string;
  readonly preamble: readonly Section[];
  readonly operative: readonly Section[];
  readonly metadata: DocumentMetadata;
}

/**
 * Something an importer read but could not place or had to interpret, with the 1-based line
 * it came from and the line's text: a message key (`importWarningKeys`) and the parameters
 * its message needs, rendered in the reader's language where a person reads it.
 */
export type ImportWarning = {
  readonly [K in ImportWarningKey]: {
    readonly line: number;
    readonly key: K;
    readonly params: ImportWarningParams[K];
    readonly text: string;
  };
}[ImportWarningKey];
