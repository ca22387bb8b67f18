import type { Provision, ResolutionDocument, Section } from '../model';
import type { LanguageVersionText } from './language-version';

/** A language version read as a whole document: the original's structure in the version's words. */
export interface ComposedLanguageText {
  readonly document: ResolutionDocument;
  /** Provisions the version has no words for yet: they stand in the original's words. */
  readonly untranslated: ReadonlySet<string>;
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
  const document: ResolutionDocument = {
    ...original,
    language: version.language,
    title: version.title || original.title,
    body: version.body || original.body,
    preamble: original.preamble.map(section),
    operative: original.operative.map(section),
  };
  return { document, untranslated };
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
