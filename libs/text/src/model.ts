/**
 * The document model: a resolution as the people of the field see it.
 *
 * A provision's identity (`id`) never changes when the document is renumbered; its
 * label (a), أ), 1, '1', i)) is derived from its place, the part it stands in and the
 * document's language and style (see labels.ts), and is never stored as identity.
 */

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
}

export interface Provision {
  readonly id: string;
  /** The provision's words, without its label; bracketed alternatives stay inline as "[a] [b]". */
  readonly text: string;
  readonly children: readonly Provision[];
  readonly footnotes: readonly Footnote[];
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

/** Something an importer read but could not place, with the 1-based line it came from. */
export interface ImportWarning {
  readonly line: number;
  readonly message: string;
  readonly text: string;
}
