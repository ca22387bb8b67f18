import { importResolution } from '#libs/text';
import { readFixture } from '../../../../libs/text/src/import/fixtures/seeds';
import { contributionEntryText, documentEntryText, provisionEntries, provisionEntryKey } from './search-entries';

describe('what the search index holds', () => {
  const arabic = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
  const english = importResolution(readFixture('itu-res1334-excerpt.en.txt')).document;

  it('makes an entry of every provision, sub-items included, with its label path and section heading', () => {
    const entries = provisionEntries(english);
    expect(entries.find((e) => e.provisionId === 'pre-1-2')).toMatchObject({ label: 'b)', heading: 'recalling' });
    expect(entries.find((e) => e.provisionId === 'op-1-3-1')).toMatchObject({
      label: "3 '1'",
      heading: 'resolves to instruct the Secretary-General',
    });
    // A provision without a printed label is named by its id.
    expect(entries.find((e) => e.provisionId === 'op-2-1')!.label).toBe('op-2-1');
    const withFootnote = entries.find((e) => e.provisionId === 'op-1-1')!;
    expect(withFootnote.text.split('\n')).toHaveLength(2);
    expect(provisionEntries(arabic).find((e) => e.provisionId === 'pre-1-1')).toMatchObject({ label: 'أ )', heading: 'إذ يذكّر' });
  });

  it('keys a provision by its wording, so an unchanged provision is one entry across versions', () => {
    const [first] = provisionEntries(english);
    expect(provisionEntryKey('d-1', first)).toBe(provisionEntryKey('d-1', { ...first }));
    expect(provisionEntryKey('d-1', first)).not.toBe(provisionEntryKey('d-1', { ...first, text: `${first.text} (revised)` }));
    expect(provisionEntryKey('d-1', first)).not.toBe(provisionEntryKey('d-1', { ...first, label: 'c)' }));
  });

  it('searches a document by its symbol, title, enacting body and headings', () => {
    const text = documentEntryText(arabic, 'القرار 1334');
    expect(text.split('\n').slice(0, 3)).toEqual(['القرار 1334', arabic.title, 'إن مجلس الاتحاد الدولي للاتصالات،']);
    expect(text).toContain('يقرر أن يكلف الأمين العام');
  });

  it("searches a contribution by its cover and a report's text", () => {
    const cover = {
      symbol: 'C26/30-E',
      date: '2026-02-20',
      originalLanguage: 'en' as const,
      submitters: ['isoc'],
      coSponsors: [],
      title: 'Input',
      purpose: 'To inform',
    };
    expect(contributionEntryText(cover, { kind: 'report', text: 'An open review.' })).toBe('C26/30-E\nInput\nTo inform\nAn open review.');
    expect(contributionEntryText({ ...cover, purpose: undefined }, { kind: 'draft', documentId: 'd' })).toBe('C26/30-E\nInput');
  });
});
