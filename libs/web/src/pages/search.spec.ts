import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { Viewer } from '../models';
import { PageContext } from './context';
import { SearchHitModel, searchPage } from './search';

function contextOf(locale: Locale, viewer?: Partial<Viewer>): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf',
    url: '/web/search',
    ...(viewer ? { viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'], ...viewer } } : {}),
  };
}

const DOCUMENT_ID = '22222222-2222-4222-8222-222222222222';
const provisionHit: SearchHitModel = {
  kind: 'provision',
  id: 'op-1-5',
  documentId: DOCUMENT_ID,
  consultationId: '11111111-1111-4111-8111-111111111111',
  language: 'en',
  label: '5',
  title: 'resolves to instruct the Secretary-General',
  snippet: { html: 'to report on the <mark>outcome</mark> &amp; its follow-up' },
  languages: [
    { language: 'ar', label: '5', title: 'يقرر أن يكلف الأمين العام', text: 'بأن يقدم تقريرًا عن النتائج' },
    { language: 'en', label: '5', title: 'resolves to instruct the Secretary-General', text: 'to report on the outcome' },
  ],
};

describe('the search page', () => {
  it('cites a provision as printed with its section, links it, marks the words found, and shows it in the other language', () => {
    const page = searchPage(contextOf('ar', {}), { query: 'outcome', hits: [provisionHit] });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('نتائج البحث عن «outcome»');
    expect(page).toContain(`href="/web/documents/${DOCUMENT_ID}/provenance?provision=op-1-5"`);
    expect(page).toContain('<span lang="en" dir="ltr">resolves to instruct the Secretary-General, 5</span>');
    expect(page).toContain('to report on the <mark>outcome</mark> &amp; its follow-up');
    expect(page).toContain('<span lang="ar" dir="rtl">يقرر أن يكلف الأمين العام، 5 — بأن يقدم تقريرًا عن النتائج</span>');
    expect(page.match(/<ul class="languages">[\s\S]*?<\/ul>/u)?.[0]).not.toContain('lang="en"');
  });

  it('escapes what was typed and says when nothing was found', () => {
    const page = searchPage(contextOf('en', {}), { query: '<script>', hits: [] });
    expect(page).toContain('Nothing found for &quot;&lt;script&gt;&quot;.');
    expect(page).not.toContain('<script>');
  });

  it('offers the next page and keeps the search box in the header of a signed-in page', () => {
    const page = searchPage(contextOf('en', {}), { query: 'WSIS', hits: [provisionHit], nextHref: '/web/search?q=WSIS&cursor=abc' });
    expect(page).toContain('href="/web/search?q=WSIS&amp;cursor=abc" rel="next"');
    expect(page).toContain('<input type="search" id="site-search" name="q"');
    expect(page).toContain('<input type="search" id="search-page-q" name="q" value="WSIS"');
    expect(searchPage(contextOf('en'), { query: '', hits: [] })).not.toContain('id="site-search"');
    // One search landmark per page: the header's.
    expect(page.match(/role="search"/gu)).toHaveLength(1);
  });
});
