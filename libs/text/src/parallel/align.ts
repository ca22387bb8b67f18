/**
 * Aligns a translated text to the original by structure: sections in order within each
 * part, provisions and sub-items by position. The translation's words are keyed by the
 * original's ids; whatever has no counterpart is reported, never guessed.
 */
import type { PartName, Provision, ResolutionDocument, Section } from '../model';
import { formatLabel, provisionLabelInSection } from '../labels';
import type { AlignedPlace, AlignmentFinding, AlignmentReport, LanguageVersionText, TranslatedProvision } from './language-version';

const OPENING_WORDS = 8;

export function alignLanguageVersion(original: ResolutionDocument, translation: ResolutionDocument): AlignmentReport {
  const findings: AlignmentFinding[] = [];
  const headings: Record<string, string> = {};
  const provisions: Record<string, TranslatedProvision> = {};
  let matched = 0;
  let total = 0;

  const place = (
    doc: ResolutionDocument,
    part: PartName,
    section: Section,
    depth: number,
    index: number,
    siblings: number,
    p?: Provision,
  ) => {
    const bare = provisionLabelInSection(doc.language, doc.style, part, depth, index, siblings);
    return {
      heading: section.heading,
      label: formatLabel(doc.language, doc.style, part, depth, bare),
      opening: (p?.text ?? section.heading).split(/\s+/u).slice(0, OPENING_WORDS).join(' '),
    } satisfies AlignedPlace;
  };

  const countAll = (list: readonly Provision[]): number => list.reduce((n, p) => n + 1 + countAll(p.children), 0);

  const alignList = (
    part: PartName,
    originalSection: Section,
    translatedSection: Section,
    ours: readonly Provision[],
    theirs: readonly Provision[],
    depth: number,
  ): void => {
    for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
      const o = ours[i];
      const t = theirs[i];
      if (o && t) {
        matched++;
        provisions[o.id] = { text: t.text, footnotes: t.footnotes };
        alignList(part, originalSection, translatedSection, o.children, t.children, depth + 1);
      } else if (o) {
        findings.push({ kind: 'missing', provisionId: o.id, original: place(original, part, originalSection, depth, i, ours.length, o) });
        for (const child of o.children) alignList(part, originalSection, translatedSection, [child], [], depth + 1);
      } else if (t) {
        findings.push({ kind: 'extra', translated: place(translation, part, translatedSection, depth, i, theirs.length, t) });
      }
    }
  };

  for (const part of ['preamble', 'operative'] as const) {
    const ours = original[part];
    const theirs = translation[part];
    for (const section of ours) total += countAll(section.provisions);
    for (let s = 0; s < Math.max(ours.length, theirs.length); s++) {
      const o = ours[s];
      const t = theirs[s];
      if (o && t) {
        if (t.heading) headings[o.id] = t.heading;
        alignList(part, o, t, o.provisions, t.provisions, 0);
      } else if (o) {
        findings.push({ kind: 'missing-section', sectionId: o.id, original: { heading: o.heading, label: '', opening: o.heading } });
      } else if (t) {
        findings.push({ kind: 'extra-section', translated: { heading: t.heading, label: '', opening: t.heading } });
      }
    }
  }

  const version: LanguageVersionText = {
    language: translation.language,
    title: translation.title,
    body: translation.body,
    headings,
    provisions,
  };
  return { language: translation.language, matched, provisions: total, findings, version };
}
