import fc from 'fast-check';
import { applyAmendments } from '../amend/apply-amendment';
import { AmendmentOperation } from '../amend/amendment';
import { hostileWording, resolutionDocument } from '../amend/testing/arbitraries';
import { RES30, englishResolution, resolution30 } from '../amend/testing/resolutions';
import { diffDocuments } from '../diff/document-diff';
import { ResolutionDocument } from '../model';
import { renderMarkedText } from './marked';

function amended(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  const result = applyAmendments(doc, ops);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

const ALLOWED_TAGS = /^<\/?(article|h1|h2|p|section|ol|li|span|ins|del|abbr)(\s[^<>]*)?>$/u;
const onlyRendererTags = (html: string) => (html.match(/<[^>]*>?/gu) ?? []).every((tag) => ALLOWED_TAGS.test(tag));
const html = (a: ResolutionDocument, b: ResolutionDocument) => renderMarkedText(diffDocuments(a, b), 'html');

describe('renderMarkedText (html)', () => {
  it('strikes "Dubai, 2014" in <del> and underlines "Buenos Aires, 2017" in <ins>, each with words for screen readers', () => {
    const base = resolution30();
    const out = html(base, { ...base, body: RES30.body.replace('دبي، 2014', 'بوينس آيرس، 2017') });
    expect(out).toContain(
      '<p class="body" data-change="mod"><abbr class="tag" lang="en" title="modified">MOD</abbr> إن المؤتمر العالمي لتنمية الاتصالات (' +
        '<del><span class="visually-hidden" lang="en">deleted: </span>دبي، 2014</del>' +
        '<ins><span class="visually-hidden" lang="en">inserted: </span>بوينس آيرس، 2017</ins>)،</p>',
    );
  });

  it('is right-to-left and Arabic for an Arabic document, left-to-right and English for an English one', () => {
    expect(html(resolution30(), resolution30())).toMatch(/^<article class="marked-text" lang="ar" dir="rtl">/u);
    expect(html(englishResolution(), englishResolution())).toMatch(/^<article class="marked-text" lang="en" dir="ltr">/u);
  });

  it('wraps an added provision, label and words, in one <ins> and tags it ADD', () => {
    const out = html(
      resolution30(),
      amended(resolution30(), { kind: 'add', newId: 'n', position: { after: 'recalling-wsis' }, text: RES30.recallingA70125 }),
    );
    expect(out).toContain(
      `<li class="provision" data-id="n" data-change="add"><abbr class="tag" lang="en" title="added">ADD</abbr> <ins><span class="visually-hidden" lang="en">inserted: </span><span class="label">ب)</span> <span class="text">${RES30.recallingA70125}</span></ins></li>`,
    );
  });

  it('escapes hostile text in both versions', () => {
    const base = englishResolution();
    const out = html(base, amended(base, { kind: 'replaceText', provisionId: 'o-1', text: '<script>alert(1)</script> & "quoted"' }));
    expect(onlyRendererTags(out)).toBe(true);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
  });

  it('never lets text from either version become markup', () => {
    fc.assert(
      fc.property(resolutionDocument({ text: hostileWording }), resolutionDocument({ text: hostileWording }), (a, b) => {
        expect(onlyRendererTags(html(a, b))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a whole page whose styles underline insertions and strike deletions', () => {
    const page = renderMarkedText(diffDocuments(resolution30(), resolution30()), 'html', { page: true });
    expect(page).toContain('ins { text-decoration: underline; }');
    expect(page).toContain('.visually-hidden {');
  });
});
