import { anchorSentinel, prepareSource } from './source-lines';

const texts = (source: string) => prepareSource(source).lines.map((l) => l.text);

describe('prepareSource', () => {
  it('removes bookmark markers', () => {
    expect(texts('[bookmark: _Toc408328149]و\u00A0)\tبالقرار 200')).toEqual(['و )\tبالقرار 200']);
  });

  it('replaces a footnote anchor and the number the extractor printed after it by one anchor', () => {
    expect(texts('البلدان النامية[footnoteRef:1]1 في مجال')).toEqual([`البلدان النامية${anchorSentinel(1)} في مجال`]);
    expect(texts('the text[footnoteRef:3] 10 projects')).toEqual([`the text${anchorSentinel(3)} 10 projects`]);
  });

  it('takes an inline footnote body out, over several lines, keeping the line numbers true', () => {
    const prepared = prepareSource('1\tfirst[footnoteRef:1]1; [1: 1\tA note\nthat goes on.]\n2\tsecond;');
    expect(prepared.footnotes.get(1)).toEqual({ number: 1, text: 'A note that goes on.', line: 1 });
    expect(prepared.lines.map((l) => [l.number, l.text.trim()])).toEqual([
      [1, `1\tfirst${anchorSentinel(1)};`],
      [2, ''],
      [3, '2\tsecond;'],
    ]);
  });

  it('keeps brackets inside a footnote body', () => {
    expect(prepareSource('x[footnoteRef:2]\n[2: See [A/70/125].]').footnotes.get(2)?.text).toBe('See [A/70/125].');
  });

  it('reads superscript markers ⁽¹⁾ as anchors and "(1) text" at a page foot as a body only when a marker exists', () => {
    const marked = prepareSource('Society,(1)\nmore text\n(1) Resolution 70/125.');
    expect(marked.lines.map((l) => l.text)).toEqual([`Society,${anchorSentinel(1)}`, 'more text']);
    expect(marked.footnotes.get(1)?.text).toBe('Resolution 70/125.');
    expect(prepareSource('(1) a paragraph that merely opens with a number').footnotes.size).toBe(0);
    expect(texts('Resolution 70/125⁽²⁾, on\n⁽²⁾\tA note.')).toEqual([`Resolution 70/125${anchorSentinel(2)}, on`]);
  });

  it('warns about invisible characters and removes them', () => {
    const prepared = prepareSource('plain\nab\u202Ecd');
    expect(prepared.lines[1].text).toBe('abcd');
    expect(prepared.warnings).toEqual([
      { line: 2, key: 'import.invisible-character-removed', params: { character: 'U+202E', column: 3 }, text: 'ab\u202Ecd' },
    ]);
  });
});
