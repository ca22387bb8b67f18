/**
 * A language version as a secretariat publishes it. Provisions whose translation is
 * awaited (the original changed since, or they were added) are not printed in the
 * version's stale words: they stand in the original's words, followed by an editorial
 * note in the version's language, as UN documents print "[English only]" — the words
 * themselves are not put between square brackets, which in a negotiated text mean
 * wording not yet agreed.
 */
import type { Footnote, LanguageCode, Provision, ResolutionDocument, Section } from '#libs/text';

/** A language version ready to render: its document, and the provisions printed in the original's words. */
export interface LanguageEdition {
  /** The version's words, with the original's words wherever a translation is awaited. */
  readonly document: ResolutionDocument;
  readonly originalLanguage: LanguageCode;
  /** Ids of the provisions printed in the original's words. */
  readonly awaiting: ReadonlySet<string>;
  /** The title is printed in the original's words, awaiting translation. */
  readonly awaitingTitle?: boolean;
  /** The adoption line is printed in the original's words, awaiting translation. */
  readonly awaitingAdoptionLine?: boolean;
}

/** The title and adoption line a composed version prints in the original's words (composeLanguageText reports them). */
export interface AwaitedCover {
  readonly title?: boolean;
  readonly adoptionLine?: boolean;
}

/** The language a text is in, as a note names it ("English" in "[English only – awaiting translation]"). */
const ONLY_IN: Readonly<Record<LanguageCode, Readonly<Record<LanguageCode, string>>>> = {
  en: { ar: 'Arabic only', en: 'English only', fr: 'French only', es: 'Spanish only', ru: 'Russian only', zh: 'Chinese only' },
  ar: { ar: 'بالعربية فقط', en: 'بالإنكليزية فقط', fr: 'بالفرنسية فقط', es: 'بالإسبانية فقط', ru: 'بالروسية فقط', zh: 'بالصينية فقط' },
  fr: {
    ar: 'arabe seulement',
    en: 'anglais seulement',
    fr: 'français seulement',
    es: 'espagnol seulement',
    ru: 'russe seulement',
    zh: 'chinois seulement',
  },
  es: { ar: 'solo en árabe', en: 'solo en inglés', fr: 'solo en francés', es: 'solo en español', ru: 'solo en ruso', zh: 'solo en chino' },
  ru: {
    ar: 'только на арабском языке',
    en: 'только на английском языке',
    fr: 'только на французском языке',
    es: 'только на испанском языке',
    ru: 'только на русском языке',
    zh: 'только на китайском языке',
  },
  zh: { ar: '仅有阿拉伯文', en: '仅有英文', fr: '仅有法文', es: '仅有西班牙文', ru: '仅有俄文', zh: '仅有中文' },
};

const AWAITING: Readonly<Record<LanguageCode, string>> = {
  en: 'awaiting translation',
  ar: 'بانتظار الترجمة',
  fr: 'en attente de traduction',
  es: 'pendiente de traducción',
  ru: 'ожидает перевода',
  zh: '待翻译',
};

/** The editorial note after a provision awaiting translation, in the reader's language: "[بالإنكليزية فقط – بانتظار الترجمة]". */
export function awaitingTranslationNote(reader: LanguageCode, original: LanguageCode): string {
  return `[${ONLY_IN[reader][original]} – ${AWAITING[reader]}]`;
}

/**
 * The edition of a composed language version: every provision in `awaiting` takes the
 * original's words and footnotes (by id); the rest is the version as composed. The
 * original itself, or a version with nothing awaited, is returned unchanged.
 */
export function languageEdition(
  composed: ResolutionDocument,
  original: ResolutionDocument,
  awaiting: readonly string[],
  cover: AwaitedCover = {},
): LanguageEdition {
  const originalLanguage = original.language;
  if (composed.language === originalLanguage) return { document: composed, originalLanguage, awaiting: new Set() };
  const awaitingTitle = !!cover.title && !!original.title;
  const awaitingAdoptionLine = !!cover.adoptionLine && !!original.metadata.adoption;
  const covered: ResolutionDocument = {
    ...composed,
    ...(awaitingTitle ? { title: original.title } : {}),
    ...(awaitingAdoptionLine ? { metadata: { ...composed.metadata, adoption: original.metadata.adoption } } : {}),
  };
  const flags = { ...(awaitingTitle ? { awaitingTitle } : {}), ...(awaitingAdoptionLine ? { awaitingAdoptionLine } : {}) };
  if (awaiting.length === 0) return { document: covered, originalLanguage, awaiting: new Set(), ...flags };
  const words = new Map<string, { text: string; footnotes: readonly Footnote[] }>();
  const collect = (p: Provision): void => {
    words.set(p.id, { text: p.text, footnotes: p.footnotes });
    p.children.forEach(collect);
  };
  for (const s of [...original.preamble, ...original.operative]) s.provisions.forEach(collect);
  const awaited = new Set(awaiting);
  const printed = new Set<string>();
  const provision = (p: Provision): Provision => {
    const originalWords = awaited.has(p.id) ? words.get(p.id) : undefined;
    if (originalWords) printed.add(p.id);
    return { ...p, ...(originalWords ?? {}), children: p.children.map(provision) };
  };
  const section = (s: Section): Section => ({ ...s, provisions: s.provisions.map(provision) });
  return {
    document: { ...covered, preamble: composed.preamble.map(section), operative: composed.operative.map(section) },
    originalLanguage,
    awaiting: printed,
    ...flags,
  };
}

/** The edition's document with each note written after its provision's words, for plain text. */
export function withAwaitingNotes(edition: LanguageEdition): ResolutionDocument {
  if (edition.awaiting.size === 0 && !edition.awaitingTitle && !edition.awaitingAdoptionLine) return edition.document;
  const note = awaitingTranslationNote(edition.document.language, edition.originalLanguage);
  const provision = (p: Provision): Provision => ({
    ...p,
    ...(edition.awaiting.has(p.id) ? { text: `${p.text} ${note}` } : {}),
    children: p.children.map(provision),
  });
  const section = (s: Section): Section => ({ ...s, provisions: s.provisions.map(provision) });
  const doc = edition.document;
  const adoption = doc.metadata.adoption;
  return {
    ...doc,
    ...(edition.awaitingTitle ? { title: `${doc.title} ${note}` } : {}),
    ...(edition.awaitingAdoptionLine && adoption ? { metadata: { ...doc.metadata, adoption: `${adoption} ${note}` } } : {}),
    preamble: doc.preamble.map(section),
    operative: doc.operative.map(section),
  };
}
