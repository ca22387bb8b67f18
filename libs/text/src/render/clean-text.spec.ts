import fc from 'fast-check';
import { importResolution } from '../import';
import type { ResolutionDocument } from '../model';
import { anyDocument } from '../testing/arbitrary-document';
import { renderCleanText } from './clean-text';

const reimport = (doc: ResolutionDocument) => importResolution(renderCleanText(doc), { language: doc.language, style: doc.style });

const resolution: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'RESOLUTION 1 — ITU and the digital divide',
  body: 'The ITU Council,',
  preamble: [
    {
      id: 'pre-1',
      heading: 'recalling',
      provisions: [
        { id: 'pre-1-1', text: 'Resolution 140 of the Plenipotentiary Conference;', children: [], footnotes: [] },
        {
          id: 'pre-1-2',
          text: 'the outcomes of the summit:',
          children: [
            { id: 'pre-1-2-1', text: 'the Geneva Plan of Action;', children: [], footnotes: [] },
            { id: 'pre-1-2-2', text: 'the Tunis Agenda,', children: [], footnotes: [] },
          ],
          footnotes: [],
        },
      ],
    },
  ],
  operative: [
    {
      id: 'op-1',
      heading: 'instructs the Secretary-General',
      provisions: [
        { id: 'op-1-1', text: 'to report to Council.', children: [], footnotes: [{ id: 'op-1-1-fn1', text: 'Annually.', anchor: 2 }] },
      ],
    },
  ],
  metadata: { symbol: 'C23/71-E', originalLanguage: 'en', adoption: 'adopted at the sixth Plenary Meeting' },
};

describe('renderCleanText', () => {
  it('prints the cover, the title with its adoption line, headings on their own lines and labels with a tab', () => {
    expect(renderCleanText(resolution)).toBe(
      [
        'Document C23/71-E',
        'Original: English',
        '',
        'RESOLUTION 1',
        '(adopted at the sixth Plenary Meeting)',
        'ITU and the digital divide',
        '',
        'The ITU Council,',
        'recalling',
        'a)\tResolution 140 of the Plenipotentiary Conference;',
        'b)\tthe outcomes of the summit:',
        'i)\tthe Geneva Plan of Action;',
        'ii)\tthe Tunis Agenda,',
        'instructs the Secretary-General',
        'to report⁽¹⁾ to Council.',
        '',
        '__________',
        '⁽¹⁾\tAnnually.',
        '',
      ].join('\n'),
    );
  });

  it('prints sub-items marked with dashes as dashes, since such items are not numbered', () => {
    const dashed: ResolutionDocument = {
      ...resolution,
      preamble: [{ ...resolution.preamble[0], provisions: [{ ...resolution.preamble[0].provisions[1], listMarker: 'dash' }] }],
    };
    expect(renderCleanText(dashed)).toContain('\nthe outcomes of the summit:\n-\tthe Geneva Plan of Action;\n-\tthe Tunis Agenda,\n');
  });

  it('is stable through an import: rendering the import of a rendering gives the rendering back', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const clean = renderCleanText(doc);
        expect(renderCleanText(reimport(doc).document)).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('imports a rendering back to the same sections, texts and footnotes, without a warning', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const { document, warnings } = reimport(doc);
        expect(warnings).toEqual([]);
        expect(document.preamble).toEqual(doc.preamble);
        expect(document.operative).toEqual(doc.operative);
        expect(document.title).toBe(doc.title);
        expect(document.body).toBe(doc.body);
      }),
      { numRuns: 300 },
    );
  });
});
