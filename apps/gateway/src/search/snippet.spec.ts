import { findSearchMatches, searchQuery } from '#libs/text';
import { buildSnippet } from './snippet';

function snippetOf(text: string, query: string, maxChars?: number) {
  return buildSnippet(text, findSearchMatches(text, searchQuery(query)), maxChars);
}

describe('the snippet of a hit', () => {
  it('marks the match in HTML only, and gives its offsets in the plain text', () => {
    const snippet = snippetOf('بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين', 'القرار');
    expect(snippet.text).toBe('بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين');
    expect(snippet.html).toBe('<mark>بالقرار</mark> 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين');
    expect(snippet.highlights).toEqual([{ start: 0, end: 7 }]);
    expect(snippet.text).not.toContain('<mark>');
  });

  it('escapes the text around and inside the marks', () => {
    const snippet = snippetOf('CWG-WSIS&SDG <b>"Résolution"</b>', 'resolution');
    expect(snippet.html).toBe('CWG-WSIS&amp;SDG &lt;b&gt;&quot;<mark>Résolution</mark>&quot;&lt;/b&gt;');
    expect(snippet.text).toBe('CWG-WSIS&SDG <b>"Résolution"</b>');
    expect(snippet.text.slice(snippet.highlights[0].start, snippet.highlights[0].end)).toBe('Résolution');
  });

  it('cuts a long text around the first match at spaces, with ellipses, and collapses whitespace', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[80] = 'Participation';
    const text = words.join(' \n ');
    const snippet = snippetOf(text, 'participation', 100);
    // Cut between words, not inside one.
    expect(snippet.text).toMatch(/^…word\d+ /u);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(102);
    expect(snippet.text).not.toMatch(/\n| {2}/u);
    const [highlight] = snippet.highlights;
    expect(snippet.text.slice(highlight.start, highlight.end)).toBe('Participation');
    expect(snippet.html).toContain('<mark>Participation</mark>');
  });

  it('marks every match in the window', () => {
    const snippet = snippetOf('يقرر أن يكلف الأمين العام بأن يقدّم إلى الأمين العام', 'الامين العام');
    expect(snippet.html).toBe('يقرر أن يكلف <mark>الأمين العام</mark> بأن يقدّم إلى <mark>الأمين العام</mark>');
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['الأمين العام', 'الأمين العام']);
  });

  it('shows the beginning of a text without a match', () => {
    expect(buildSnippet('  a  short\ttext ', [])).toEqual({ text: 'a short text', html: 'a short text', highlights: [] });
  });
});
