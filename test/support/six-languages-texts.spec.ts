import { alignLanguageVersion, importResolution } from '#libs/text';
import {
  ARABIC_SOURCE,
  ENGLISH_SOURCE,
  FRENCH_SOURCE,
  FRENCH_SOURCE_MISSING_RECALLING_C,
  ORIGINAL,
  PROVISION,
  RUSSIAN_SOURCE,
  SECTIONS,
} from './six-languages-texts';

/** The outline of a text: each section's id and its provisions' ids. */
const outline = (source: string) =>
  [...importResolution(source).document.preamble, ...importResolution(source).document.operative].map((s) => [
    s.id,
    s.provisions.map((p) => p.id),
  ]);

describe('the six-languages fixtures: Resolution 1334 in English, Arabic, French and Russian', () => {
  it('imports the English original without warnings, with the provisions the test names', () => {
    expect(importResolution(ENGLISH_SOURCE).warnings).toEqual([]);
    expect(outline(ENGLISH_SOURCE)).toEqual([
      [SECTIONS.recalling, [PROVISION.recallingA, PROVISION.recallingB, PROVISION.recallingC]],
      [SECTIONS.recallingFurther, [PROVISION.recallingFurtherA, PROVISION.recallingFurtherB]],
      [SECTIONS.resolvesToInstruct, [PROVISION.allMeasures, PROVISION.promoteOutcomes, PROVISION.annualReport]],
      [SECTIONS.encourages, [PROVISION.contribute, PROVISION.consult]],
    ]);
  });

  it.each([
    ['ar', ARABIC_SOURCE],
    ['fr', FRENCH_SOURCE],
    ['ru', RUSSIAN_SOURCE],
  ])('imports the %s version in the same outline, detecting its language, and aligns it without findings', (language, source) => {
    const { document, warnings } = importResolution(source);
    expect(warnings).toEqual([]);
    expect(document.language).toBe(language);
    expect(document.style).toBe('itu');
    expect(outline(source)).toEqual(outline(ENGLISH_SOURCE));
    expect(alignLanguageVersion(ORIGINAL, document).findings).toEqual([]);
  });

  it('leaves "c)" of "rappelant" out of the first French draft, and only that', () => {
    const report = alignLanguageVersion(ORIGINAL, importResolution(FRENCH_SOURCE_MISSING_RECALLING_C).document);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'missing', provisionId: PROVISION.recallingC })]);
    expect(report.matched).toBe(9);
  });
});
