import { composeLanguageText, languageVersionOf } from './compose';
import type { ResolutionDocument } from '../model';

const original: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'Resolution 1 (Rev. 2026)',
  body: 'The ITU Council,',
  metadata: {},
  preamble: [{ id: 's1', heading: 'recalling', provisions: [{ id: 'p1', text: 'the first', children: [], footnotes: [] }] }],
  operative: [
    {
      id: 's2',
      heading: 'resolves',
      provisions: [{ id: 'o1', text: 'to act', children: [{ id: 'o1-1', text: 'soon', children: [], footnotes: [] }], footnotes: [] }],
    },
  ],
};

describe('composeLanguageText', () => {
  it('reads the original structure in the version words, keeping the original words where none are given', () => {
    const version = languageVersionOf({
      ...original,
      language: 'fr',
      title: 'Résolution 1',
      body: 'Le Conseil de l’UIT,',
      preamble: [{ id: 's1', heading: 'rappelant', provisions: [{ id: 'p1', text: 'le premier', children: [], footnotes: [] }] }],
      operative: [{ id: 's2', heading: 'décide', provisions: [{ id: 'o1', text: 'd’agir', children: [], footnotes: [] }] }],
    });
    const { document, untranslated } = composeLanguageText(original, version);
    expect(document.language).toBe('fr');
    expect(document.preamble[0].heading).toBe('rappelant');
    expect(document.operative[0].provisions[0].text).toBe('d’agir');
    expect(document.operative[0].provisions[0].children[0].text).toBe('soon');
    expect([...untranslated]).toEqual(['o1-1']);
  });
});

describe('composeLanguageText: title and adoption line', () => {
  const adopted: ResolutionDocument = {
    ...original,
    title: 'Resolution 1 (Modified 2026)',
    metadata: { adoption: 'adopted at the seventh Plenary Meeting' },
  };
  const words = languageVersionOf({ ...original, language: 'ar', title: 'القرار 1 (المعدَّل في 2023)' });

  it('never prints the original’s adoption line as the version’s own, and reports it and a stale title as untranslated', () => {
    const composed = composeLanguageText(adopted, { ...words, titleOf: 'Resolution 1 (Rev. 2026)' });
    expect(composed.untranslatedTitle).toBe(true);
    expect(composed.untranslatedAdoptionLine).toBe(true);
    expect(composed.document.title).toBe('Resolution 1 (Modified 2026)');
  });

  it('prints the version’s own title and line when they translate the original’s current ones', () => {
    const composed = composeLanguageText(adopted, {
      ...words,
      title: 'القرار 1 (المعدَّل في 2026)',
      titleOf: 'Resolution 1 (Modified 2026)',
      adoptionLine: 'اعتُمد في الجلسة العامة السابعة',
    });
    expect(composed.untranslatedTitle).toBe(false);
    expect(composed.untranslatedAdoptionLine).toBe(false);
    expect(composed.document.title).toBe('القرار 1 (المعدَّل في 2026)');
    expect(composed.document.metadata.adoption).toBe('اعتُمد في الجلسة العامة السابعة');
  });

  it('reads a version recorded without titleOf as in step', () => {
    const composed = composeLanguageText(original, words);
    expect(composed.untranslatedTitle).toBe(false);
    expect(composed.untranslatedAdoptionLine).toBe(false);
    expect(composed.document.title).toBe('القرار 1 (المعدَّل في 2023)');
  });
});
