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
import { MarkedDocument, MarkedLine, MarkedProvision, markRevision } from './marked-model';

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

/**
 * One version read from the marked lines, laid out as `reading` lays it out: the old reading
 * of a moved provision (with its sub-items) where its reminder stands, indented as there.
 */
function readMarkedDocument(doc: MarkedDocument, side: 'before' | 'after'): string[] {
  const heads = new Map<string, MarkedProvision>();
  const collect = (list: readonly MarkedProvision[]) =>
    list.forEach((p) => (p.moved === 'here' && heads.set(p.id, p), collect(p.children)));
  for (const part of ['preamble', 'operative'] as const) for (const section of doc.parts[part]) collect(section.provisions);
  const read = (line: MarkedLine) =>
    (line.whole !== undefined
      ? keeps(line.whole, side)
        ? line.words
        : []
      : line.words.filter((w) => w.kind === 'equal' || keeps(w.kind, side))
    )
      .map((w) => w.text)
      .join('');
  const labelOf = (line: MarkedLine) =>
    line.label
      .filter((w) => (line.whole !== undefined ? keeps(line.whole, side) : w.kind === 'equal' || keeps(w.kind, side)))
      .map((w) => w.text)
      .join('');
  const out = [read(doc.title), read(doc.body)];
  const provisions = (list: readonly MarkedProvision[], depth: number) => {
    for (const item of list) {
      if (item.moved === (side === 'before' ? 'here' : 'away')) continue;
      const p = item.moved === 'away' ? (heads.get(item.id) as MarkedProvision) : item;
      const indent = '  '.repeat(depth);
      out.push(`${indent}${labelOf(p)}\t${read(p)}`);
      for (const footnote of p.footnotes)
        if (footnote.whole === undefined || keeps(footnote.whole, side)) out.push(`${indent}  [^${footnote.id}] ${read(footnote)}`);
      provisions(p.children, depth + 1);
    }
  };
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc.parts[part]) {
      out.push(read(section));
      provisions(section.provisions, 0);
    }
  }
  return out.filter((line) => line.trim() !== '');
}

const keeps = (kind: 'insert' | 'delete', side: 'before' | 'after') => (kind === 'delete' ? side === 'before' : side === 'after');

describe('renderMarkedText (text)', () => {
  it('strikes "Dubai, 2014" and inserts "Buenos Aires, 2017" in the enacting formula, tagged MOD', () => {
    const base = resolution30();
    const text = marked(base, { ...base, body: 'إن المؤتمر العالمي لتنمية الاتصالات (بوينس آيرس، 2017)،' });
    expect(lines(text)).toContain('MOD\tإن المؤتمر العالمي لتنمية الاتصالات ([-دبي، 2014-][+بوينس آيرس، 2017+])،');
  });

  it('marks the revised reference in an operative paragraph the way the seed lost it ("دبي، 2014بوينس آيرس، 2017")', () => {
    const newText = RES30.resolves3.replace('دبي، 2014', 'بوينس آيرس، 2017');
    const text = marked(
      resolution30(),
      amended(resolution30(), { kind: 'modify', provisionId: 'resolves-statistics', oldText: RES30.resolves3, newText }),
    );
    expect(lines(text)).toContain(
      'MOD\t3\tمواصلة أنشطته في مجال العمل الإحصائي لتنمية الاتصالات عملاً بمضمون القرار 8 (المراجَع في [-دبي، 2014-][+بوينس آيرس، 2017+]) لهذا المؤتمر؛',
    );
  });

  it('tags an added recital ADD and shows the old and new letters of the recitals it reletters', () => {
    const text = lines(
      marked(
        resolution30(),
        amended(resolution30(), {
          kind: 'add',
          newId: 'recalling-a70125',
          position: { after: 'recalling-wsis' },
          text: RES30.recallingA70125,
        }),
      ),
    );
    expect(text).toContain(`ADD\t[+ب)\t${RES30.recallingA70125}+]`);
    expect(text).toContain(`\t[-ب)-][+ج)+]\t${RES30.recallingRes71}`);
    expect(text).toContain(`\t[-د )-][+هـ )+]\t${RES30.recallingWsis10}`);
  });

  it('tags a suppressed provision SUP and strikes it with its label', () => {
    const text = lines(marked(englishResolution(), amended(englishResolution(), { kind: 'suppress', provisionId: 'r-b' })));
    expect(text).toContain('SUP\t[-b)\tResolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference;-]');
    expect(text).toContain('\t[-c)-][+b)+]\tUNGA Resolution 70/125 on the outcome document of the high-level meeting,');
  });

  it('shows a moved provision once, where it stands, with a note of where it stood and a reminder there', () => {
    const text = lines(
      marked(englishResolution(), amended(englishResolution(), { kind: 'move', provisionId: 'o-3', position: { before: 'o-1' } })),
    );
    const resolves = text.slice(text.indexOf('\tresolves to instruct the Secretary-General') + 1);
    expect(resolves[0]).toBe(
      'MOD\t[-3-][+1+]\tto report annually to the Council on the implementation of this resolution. ⟦moved from 3 in «resolves to instruct the Secretary-General»⟧',
    );
    expect(resolves[resolves.length - 2]).toBe('\t[-3-]\t ⟦moved to 1 in «resolves to instruct the Secretary-General»⟧');
    expect(text.filter((line) => line.includes('to report annually'))).toHaveLength(1);
  });

  it('marks the words of a provision moved and reworded where it now stands, not as a suppressed copy and an added one', () => {
    const base = englishResolution();
    const o3 = 'to report annually to the Council on the implementation of this resolution.';
    const revised = amended(base, {
      kind: 'move',
      provisionId: 'o-3',
      position: { asChildOf: 'o-2' },
      oldText: o3,
      newText: o3.replace('annually', 'biennially'),
    });
    const text = lines(marked(base, revised));
    expect(text).toContain(
      "MOD\t  [-3-][+'3'+]\tto report [-annually-][+biennially+] to the Council on the implementation of this resolution. ⟦moved from 3 in «resolves to instruct the Secretary-General»⟧",
    );
    expect(text).toContain("\t[-3-]\t ⟦moved to 2 '3' in «resolves to instruct the Secretary-General»⟧");
    expect(text.filter((line) => line.includes('to report'))).toHaveLength(1);
    expect(text.some((line) => line.startsWith('SUP') || line.startsWith('ADD'))).toBe(false);
    const html = renderMarkedText(diffDocuments(base, revised), 'html');
    expect(html).toContain(
      '<del><span class="visually-hidden" lang="en">deleted: </span>annually</del><ins><span class="visually-hidden" lang="en">inserted: </span>biennially</ins>',
    );
    expect(html.match(/to report/gu)).toHaveLength(1);
  });

  it('marks sub-items by depth and footnotes under their provision', () => {
    const text = lines(
      marked(
        englishResolution(),
        amended(englishResolution(), { kind: 'addFootnote', provisionId: 'o-2-i', footnoteId: 'fn1', text: 'A/RES/70/125.' }),
      ),
    );
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
        const diff = diffDocuments(a, b);
        const text = renderMarkedText(diff, 'text');
        expect(readMarkedText(text, 'after')).toEqual(reading(b));
        // A moved provision is marked once, where it stands: its old reading belongs where the reminder stands.
        expect(readMarkedDocument(markRevision(diff), 'before')).toEqual(reading(a));
        expect(readMarkedDocument(markRevision(diff), 'after')).toEqual(reading(b));
        if (diff.summary.moved.length === 0) expect(readMarkedText(text, 'before')).toEqual(reading(a));
      }),
      { numRuns: 300 },
    );
  });
});
