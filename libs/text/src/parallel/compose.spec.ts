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
