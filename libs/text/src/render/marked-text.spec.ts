import fc from 'fast-check';
import { applyAmendments } from '../amend/apply-amendment';
import { AmendmentOperation } from '../amend/amendment';
import { hostileWording, resolutionDocument } from '../amend/testing/arbitraries';
import { RES30, englishResolution, resolution30 } from '../amend/testing/resolutions';
import { diffDocuments } from '../diff/document-diff';
import { outlineDocument } from '../diff/outline';
import { ResolutionDocument } from '../model';
import { renderMarkedText } from './marked';
import { readMarkedText } from './marked-text';

function amended(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  const result = applyAmendments(doc, ops);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

const marked = (a: ResolutionDocument, b: ResolutionDocument) => renderMarkedText(diffDocuments(a, b), 'text');
const lines = (text: string) => text.split('\n');

/** A version laid out as the marked-text convention lays out each line, without tags or marks. */
function reading(doc: ResolutionDocument): string[] {
  const out = [doc.title, doc.body];
  const places = outlineDocument(doc);
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc[part]) {
      out.push(section.heading);
      for (const place of places.filter((p) => p.sectionId === section.id)) {
        const indent = '  '.repeat(place.depth);
        out.push(`${indent}${place.printedLabel}\t${place.provision.text}`);
        for (const footnote of place.provision.footnotes) out.push(`${indent}  [^${footnote.id}] ${footnote.text}`);
      }
    }
  }
  return out.filter((line) => line.trim() !== '');
}

describe('renderMarkedText (text)', () => {
  it('strikes "Dubai, 2014" and inserts "Buenos Aires, 2017" in the enacting formula, tagged MOD', () => {
    const base = resolution30();
    const text = marked(base, { ...base, body: 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،' });
    expect(lines(text)).toContain('MOD\tإن المؤتمر العالمي لتنمية الاتصالات ([-دبي، 2014-][+بوينس آيرس، 2017+])،');
  });

  it('marks the revised reference in an operative paragraph the way the seed lost it ("دبي، 2014بوينس آيرس، 2017")', () => {
    const newText = RES30.resolves3.replace('دبي، 2014', 'بوينس آيرس، 2017');
    const text = marked(resolution30(), amended(resolution30(), { kind: 'modify', provisionId: 'resolves-statistics', oldText: RES30.resolves3, newText }));
    expect(lines(text)).toContain('MOD\t3\tمواصلة أنشطته في مجال العمل الإحصائي لتنمية الاتصالات عملاً بمضمون القرار 8 (المراجَع في [-دبي، 2014-][+بوينس آيرس، 2017+]) لهذا المؤتمر؛');
  });

  it('tags an added recital ADD and shows the old and new letters of the recitals it reletters', () => {
    const text = lines(marked(resolution30(), amended(resolution30(), { kind: 'add', newId: 'recalling-a70125', position: { after: 'recalling-wsis' }, text: RES30.recallingA70125 })));
    expect(text).toContain(`ADD\t[+ب)\t${RES30.recallingA70125}+]`);
    expect(text).toContain(`\t[-ب)-][+ج)+]\t${RES30.recallingRes71}`);
    expect(text).toContain(`\t[-د )-][+هـ )+]\t${RES30.recallingWsis10}`);
  });

  it('tags a suppressed provision SUP and strikes it with its label', () => {
    const text = lines(marked(englishResolution(), amended(englishResolution(), { kind: 'suppress', provisionId: 'r-b' })));
    expect(text).toContain('SUP\t[-b)\tResolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference;-]');
    expect(text).toContain('\t[-c)-][+b)+]\tUNGA Resolution 70/125 on the outcome document of the high-level meeting,');
  });

  it('strikes a moved provision where it stood and adds it where it stands, with a note of each place', () => {
    const text = lines(marked(englishResolution(), amended(englishResolution(), { kind: 'move', provisionId: 'o-3', position: { before: 'o-1' } })));
    const resolves = text.slice(text.indexOf('\tresolves to instruct the Secretary-General') + 1);
    expect(resolves[0]).toBe('ADD\t[+1\tto report annually to the Council on the implementation of this resolution.+] ⟦moved from 3 in «resolves to instruct the Secretary-General»⟧');
    expect(resolves[resolves.length - 2]).toBe('SUP\t[-3\tto report annually to the Council on the implementation of this resolution.-] ⟦moved to 1 in «resolves to instruct the Secretary-General»⟧');
  });

  it('marks sub-items by depth and footnotes under their provision', () => {
    const text = lines(marked(englishResolution(), amended(englishResolution(), { kind: 'addFootnote', provisionId: 'o-2-i', footnoteId: 'fn1', text: 'A/RES/70/125.' })));
    expect(text).toContain("\t  '1'\tto the General Assembly;");
    expect(text).toContain('ADD\t    [+[^fn1] A/RES/70/125.+]');
  });

  it('escapes text that looks like a mark, so that it is never read as one', () => {
    const base = englishResolution();
    const text = marked(base, amended(base, { kind: 'replaceText', provisionId: 'o-1', text: 'keep [+this+] and [-that-] \\ ⟦x⟧' }));
    expect(readMarkedText(text, 'after')).toContain('1\tkeep [+this+] and [-that-] \\ ⟦x⟧');
    expect(readMarkedText(text, 'before')).not.toContain('1\tkeep [+this+] and [-that-] \\ ⟦x⟧');
  });

  it('carries both versions exactly: the before reading gives the old text, the after reading the new', () => {
    fc.assert(
      fc.property(resolutionDocument({ text: hostileWording }), resolutionDocument({ text: hostileWording }), (a, b) => {
        const text = marked(a, b);
        expect(readMarkedText(text, 'before')).toEqual(reading(a));
        expect(readMarkedText(text, 'after')).toEqual(reading(b));
      }),
      { numRuns: 300 },
    );
  });
});
