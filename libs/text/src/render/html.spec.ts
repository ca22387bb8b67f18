import fc from 'fast-check';
import { hostileWording, resolutionDocument } from '../amend/testing/arbitraries';
import { englishResolution, resolution30 } from '../amend/testing/resolutions';
import { ResolutionDocument } from '../model';
import { renderHtml } from './html';

const ALLOWED_TAGS = /^<\/?(article|h1|h2|p|section|ol|li|span|sup|a|aside|ins|del|abbr)(\s[^<>]*)?>$/u;

/** Every tag in the output is one the renderer writes; nothing from document text became markup. */
function onlyRendererTags(html: string): boolean {
  return (html.match(/<[^>]*>?/gu) ?? []).every((tag) => ALLOWED_TAGS.test(tag));
}

/** The text a browser would show, tags dropped and entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

function hostile(doc: ResolutionDocument): ResolutionDocument {
  return {
    ...doc,
    title: '<script>alert("x")</script>',
    operative: [
      {
        ...doc.operative[0],
        heading: '<img src=x onerror=alert(1)>',
        provisions: [{ ...doc.operative[0].provisions[0], id: '"><b>', text: "a & b <i>c</i> 'd'" }],
      },
    ],
  };
}

describe('renderHtml', () => {
  it('sets dir="rtl" and lang="ar" on an Arabic document', () => {
    expect(renderHtml(resolution30())).toMatch(/^<article class="resolution" lang="ar" dir="rtl">/u);
  });

  it('sets lang on every document and dir="ltr" on a Latin-script one', () => {
    expect(renderHtml(englishResolution())).toMatch(/^<article class="resolution" lang="en" dir="ltr">/u);
  });

  it("prints headings, labels derived from position and the provisions' words", () => {
    const html = renderHtml(resolution30());
    expect(html).toContain('<h2 class="heading">إذ يذكّر</h2>');
    expect(html).toContain(
      '<li class="provision" data-id="recalling-res71"><span class="label">ب)</span> <span class="text">بالقرار 71 (المراجَع في غوادالاخارا، 2010)',
    );
    expect(html).toContain('<span class="label">&#39;1&#39;</span> <span class="text">لخطوط العمل');
  });

  it('puts footnote references in the text and the footnotes at the end', () => {
    const html = renderHtml(resolution30());
    expect(html).toContain('لهذا المؤتمر؛<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>');
    expect(html).toContain('<li id="fn-1" data-id="fn-developing"><a href="#fnref-1">1</a> تشمل أقل البلدان نمواً');
  });

  it('places a footnote reference after the word its anchor counts', () => {
    const doc = englishResolution();
    const anchored: ResolutionDocument = {
      ...doc,
      operative: [
        { ...doc.operative[0], provisions: [{ ...doc.operative[0].provisions[0], footnotes: [{ id: 'fn', text: 'note', anchor: 2 }] }] },
      ],
    };
    expect(renderHtml(anchored)).toContain('to take<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup> all possible');
  });

  it('escapes hostile text in titles, headings, ids and provisions', () => {
    const html = renderHtml(hostile(englishResolution()));
    expect(onlyRendererTags(html)).toBe(true);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('data-id="&quot;&gt;&lt;b&gt;"');
    expect(visibleText(html)).toContain("a & b <i>c</i> 'd'");
  });

  it('never lets document text become markup, and shows all of it', () => {
    fc.assert(
      fc.property(resolutionDocument({ text: hostileWording }), (doc) => {
        const html = renderHtml(doc);
        expect(onlyRendererTags(html)).toBe(true);
        const shown = visibleText(html);
        for (const section of [...doc.preamble, ...doc.operative]) {
          expect(shown).toContain(section.heading);
          for (const provision of section.provisions) expect(shown).toContain(provision.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes a whole page with styles when asked', () => {
    const page = renderHtml(resolution30(), { page: true });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/u);
    expect(page).toContain('del { text-decoration: line-through; }');
  });
});
