import { ContributionForWord } from '../docx/contribution-docx';
import { importSeed } from '../docx/testing/seeds';
import { renderContributionHtml } from './contribution-html';

const base = importSeed('itu-council-res1334-mod2023.ar.txt');
const first = base.operative[0].provisions[0];
const suppressed = base.preamble[0].provisions[1];
const oldWord = first.text.split(' ')[1];

const contribution: ContributionForWord = {
  language: 'ar',
  symbol: 'C26/15-A',
  date: '2026-03-02',
  agendaItem: 'PL 2',
  originalLanguage: 'en',
  submitters: ['جمهورية مصر العربية'],
  coSponsors: ['المملكة العربية السعودية'],
  title: 'مقترحات بشأن القرار 1334 <وثيقة>',
  substance: {
    kind: 'amendments',
    base,
    proposals: [
      {
        operation: { kind: 'replaceText', provisionId: first.id, text: first.text.replace(oldWord, 'والمتجددة') },
        explanation: 'لمواءمة النص مع خطة عام 2030.',
      },
      {
        operation: { kind: 'add', newId: 'op-new', position: { after: first.id }, text: 'بأن يقدم تقريراً سنوياً إلى المجلس؛' },
        explanation: 'للمتابعة.',
      },
      { operation: { kind: 'suppress', provisionId: suppressed.id } },
    ],
  },
};

/** The text between tags, in order, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/u, '')
    .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/\s+/gu, ' ');
}

describe('a contribution as an HTML page (what its PDF is printed from)', () => {
  const page = renderContributionHtml(contribution);

  it('is an Arabic page, right to left, with the cover in the contribution language and every text escaped', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/u);
    expect(page).toContain('&lt;وثيقة&gt;');
    expect(page).not.toContain('<وثيقة>');
    const text = visible(page);
    for (const line of [
      'الوثيقة C26/15-A',
      'مساهمة مقدمة من جمهورية مصر العربية',
      'بمشاركة المملكة العربية السعودية',
      'مقترحات بشأن القرار 1334 <وثيقة>',
    ])
      expect(text).toContain(line);
    expect(text.indexOf('الوثيقة C26/15-A')).toBeLessThan(text.indexOf('مقترحات بشأن القرار 1334'));
  });

  it('gives each proposal its tag and number in order, the changed line marked as printed, and its reasons', () => {
    const tags = [...page.matchAll(/<span class="tag">(MOD|ADD|SUP)<\/span> ([^<]+)<\/h2>/gu)].map((match) => `${match[1]} ${match[2]}`);
    expect(tags).toEqual(['MOD C26/15-A/1', 'ADD C26/15-A/2', 'SUP C26/15-A/3']);
    const mod = page.slice(page.indexOf('C26/15-A/1'), page.indexOf('C26/15-A/2'));
    expect(mod).toMatch(new RegExp(`<del>[^]*${oldWord}[^]*</del>`, 'u'));
    expect(mod).toMatch(/<ins>[^]*والمتجددة[^]*<\/ins>/u);
    expect(visible(mod)).toContain('الأسباب: لمواءمة النص مع خطة عام 2030.');
    const add = page.slice(page.indexOf('C26/15-A/2'), page.indexOf('C26/15-A/3'));
    expect(add).toMatch(/<ins>[^]*بأن يقدم تقريراً سنوياً إلى المجلس؛[^]*<\/ins>/u);
    const sup = page.slice(page.indexOf('C26/15-A/3'));
    expect(sup).toContain('<del>');
    expect(visible(sup)).toContain(suppressed.text.split(' ')[0]);
  });

  it('leaves out the lines a proposal does not touch', () => {
    const mod = page.slice(page.indexOf('C26/15-A/1'), page.indexOf('C26/15-A/2'));
    expect(mod).not.toContain(base.operative[0].provisions[1].text);
  });
});
