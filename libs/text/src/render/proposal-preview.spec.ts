import { RES30, resolution30 } from '../amend/testing/resolutions';
import { ResolutionDocument } from '../model';
import { readMarkedText } from './marked-text';
import { previewDerivedProposal } from './proposal-preview';

describe('previewDerivedProposal', () => {
  const base = resolution30();
  const target: ResolutionDocument = {
    ...base,
    preamble: base.preamble.map((section) =>
      section.id === 'recalling'
        ? {
            ...section,
            provisions: [
              section.provisions[0],
              { id: 'recalling-a70125', text: RES30.recallingA70125, children: [], footnotes: [] },
              ...section.provisions.slice(1),
            ],
          }
        : section,
    ),
    operative: base.operative.map((section) => ({
      ...section,
      provisions: section.provisions.map((p) =>
        p.id === 'requests-pp' ? { ...p, text: p.text.replace('(بوسان، 2014)', '(دبي، 2018)') } : p,
      ),
    })),
  };

  it('marks the added item as ADD with its new letter, the relettered items with both letters, and the reworded words struck and added', () => {
    const { derived, marked } = previewDerivedProposal(base, target);
    expect(derived.operations.map((op) => op.kind)).toEqual(['add', 'modify']);
    expect(marked).toContain(`ADD\t[+ب)\t${RES30.recallingA70125}+]`);
    expect(marked).toContain('[-ب)-][+ج)+]');
    expect(marked).toContain('[-بوسان، 2014-][+دبي، 2018+]');
    expect(readMarkedText(marked, 'after').join('\n')).toContain(RES30.recallingA70125);
  });

  it('marks the text in HTML with <ins> and <del> on request', () => {
    const { marked } = previewDerivedProposal(base, target, 'html');
    expect(marked).toContain('<ins');
    expect(marked).toContain('<del');
  });

  it('marks nothing for a text sent back unchanged', () => {
    const { derived, marked } = previewDerivedProposal(base, base);
    expect(derived.operations).toEqual([]);
    expect(marked).not.toMatch(/\[[-+]/u);
  });
});
