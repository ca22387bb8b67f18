import type { Provision, ResolutionDocument, Section } from '../model';
import type { LanguageVersionText } from './language-version';

/** A language version read as a whole document: the original's structure in the version's words. */
export interface ComposedLanguageText {
  readonly document: ResolutionDocument;
  /** Provisions the version has no words for yet: they stand in the original's words. */
  readonly untranslated: ReadonlySet<string>;
  /** The original's title stands in: the version's title translates an earlier one (or there is none). */
  readonly untranslatedTitle: boolean;
  /** The original's adoption line stands in: the version has none in its own words. */
  readonly untranslatedAdoptionLine: boolean;
}

/**
 * The language version as a document in its own language. Structure, ids and the style
 * come from the original; labels follow from the language when rendered. A provision the
 * version has no words for keeps the original's words and is listed as untranslated.
 */
export function composeLanguageText(original: ResolutionDocument, version: LanguageVersionText): ComposedLanguageText {
  const untranslated = new Set<string>();
  const provision = (p: Provision): Provision => {
    const words = version.provisions[p.id];
    if (!words) untranslated.add(p.id);
    return {
      ...p,
      text: words ? words.text : p.text,
      footnotes: words ? words.footnotes : p.footnotes,
      children: p.children.map(provision),
    };
  };
  const section = (s: Section): Section => ({
    ...s,
    heading: version.headings[s.id] ?? s.heading,
    provisions: s.provisions.map(provision),
  });
  // A version recorded before titles were tracked has no `titleOf`: its title is read as in step.
  const untranslatedTitle = !version.title || (version.titleOf !== undefined && version.titleOf !== original.title);
  const originalLine = original.metadata.adoption;
  const untranslatedAdoptionLine = !version.adoptionLine && !!originalLine;
  // The adoption line is the version's own, never the original's; one awaited stands in the original's words.
  const { adoption: _originalLine, ...metadata } = original.metadata;
  const adoption = version.adoptionLine || originalLine;
  const document: ResolutionDocument = {
    ...original,
    language: version.language,
    title: untranslatedTitle ? original.title : version.title,
    body: version.body || original.body,
    metadata: adoption ? { ...metadata, adoption } : metadata,
    preamble: original.preamble.map(section),
    operative: original.operative.map(section),
  };
  return { document, untranslated, untranslatedTitle, untranslatedAdoptionLine };
}

/** The words of a document whose ids are the original's, as a language version holds them. */
export function languageVersionOf(document: ResolutionDocument): LanguageVersionText {
  const headings: Record<string, string> = {};
  const provisions: Record<string, { text: string; footnotes: Provision['footnotes'] }> = {};
  const collect = (p: Provision): void => {
    provisions[p.id] = { text: p.text, footnotes: p.footnotes };
    p.children.forEach(collect);
  };
  for (const s of [...document.preamble, ...document.operative]) {
    if (s.heading) headings[s.id] = s.heading;
    s.provisions.forEach(collect);
  }
  return { language: document.language, title: document.title, body: document.body, headings, provisions };
}
