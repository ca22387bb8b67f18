import { paragraphText, readDocx } from './docx-reader';
import { AmendmentOperation, applyAmendments } from '#libs/text';
import { acceptedText, textOf } from './accept-all';
import { ContributionForWord, renderContributionDocx, renderContributionTrackedDocx } from './contribution-docx';
import { renderDocumentDocx } from './document-docx';
import { importSeed } from './testing/seeds';

const base = importSeed('itu-council-res1334-mod2023.ar.txt');
const first = base.operative[0].provisions[0];
const suppressed = base.preamble[0].provisions[1];
const oldWord = first.text.split(' ')[1];

function contribution(): ContributionForWord {
  return {
    language: 'ar',
    symbol: 'C26/15-A',
    date: '2026-03-02',
    agendaItem: 'PL 2',
    originalLanguage: 'en',
    submitters: ['جمهورية مصر العربية'],
    coSponsors: ['المملكة العربية السعودية'],
    title: 'مقترحات بشأن القرار 1334',
    purpose: 'تحديث القرار في ضوء الاستعراض WSIS+20.',
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
}

describe('a contribution as Word', () => {
  it('opens with the cover in the contribution language: symbol, date, original, agenda item, submitters, title, purpose', async () => {
    const lines = readDocx(await renderContributionDocx(contribution())).paragraphs.map(paragraphText);
    expect(lines.slice(0, 8)).toEqual([
      'الوثيقة C26/15-A',
      expect.stringContaining('2026-03-02'),
      expect.stringContaining('بالإنكليزية'),
      expect.stringContaining('PL 2'),
      'مساهمة مقدمة من جمهورية مصر العربية',
      'بمشاركة المملكة العربية السعودية',
      'مقترحات بشأن القرار 1334',
      expect.stringContaining('تحديث القرار في ضوء الاستعراض WSIS+20.'),
    ]);
  });

  it('gives each proposal its tag and number, the line it changes marked as printed, and its reasons', async () => {
    const content = readDocx(await renderContributionDocx(contribution()));
    const lines = content.paragraphs.map(paragraphText);
    const tags = lines.filter((line) => /^(MOD|ADD|SUP)\t/u.test(line));
    expect(tags).toEqual(['MOD\tC26/15-A/1', 'ADD\tC26/15-A/2', 'SUP\tC26/15-A/3']);
    const mod = content.paragraphs[lines.indexOf('MOD\tC26/15-A/1') + 1];
    expect(
      mod.runs
        .filter((run) => run.strike)
        .map((run) => run.text)
        .join(''),
    ).toContain(oldWord);
    expect(
      mod.runs
        .filter((run) => run.underline)
        .map((run) => run.text)
        .join(''),
    ).toContain('والمتجددة');
    expect(lines[lines.indexOf('MOD\tC26/15-A/1') + 2]).toBe('الأسباب: لمواءمة النص مع خطة عام 2030.');
    const add = content.paragraphs[lines.indexOf('ADD\tC26/15-A/2') + 1];
    expect(paragraphText(add)).toBe('2\tبأن يقدم تقريراً سنوياً إلى المجلس؛');
    expect(add.runs.filter((run) => run.text !== '').every((run) => run.underline)).toBe(true);
    const sup = content.paragraphs[lines.indexOf('SUP\tC26/15-A/3') + 1];
    expect(paragraphText(sup)).toBe(`ب)\t${suppressed.text}`);
    expect(sup.runs.filter((run) => run.text !== '').every((run) => run.strike)).toBe(true);
    expect(lines.indexOf('SUP\tC26/15-A/3')).toBe(lines.length - 2);
  });

  it('gives the amendments as tracked changes by the submitters on the contribution date, which Accept All turns into the text proposed', async () => {
    const submitted = contribution();
    if (submitted.substance.kind !== 'amendments') throw new Error('the contribution proposes amendments');
    const operations: AmendmentOperation[] = submitted.substance.proposals.map((p) => p.operation);
    const proposed = applyAmendments(base, operations);
    if (!proposed.ok) throw new Error(proposed.refusal.message);
    const tracked = await renderContributionTrackedDocx(submitted);
    expect(acceptedText(tracked)).toEqual(textOf(readDocx(await renderDocumentDocx(proposed.value))));
    const changes = readDocx(tracked)
      .paragraphs.flatMap((p) => p.runs)
      .filter((run) => run.revision !== 'plain');
    expect(changes.length).toBeGreaterThan(0);
    for (const run of changes)
      expect({ author: run.author, date: run.date }).toEqual({ author: 'جمهورية مصر العربية', date: '2026-03-02T00:00:00Z' });
  });
});
