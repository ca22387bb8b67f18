import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { PageContext } from './context';
import { ExplanationModel, adoptionMethodFields, adoptionsSection, explanationsSection } from './votes';

const HOSTILE = '<script>alert(1)</script>';

function contextOf(locale: Locale): PageContext {
  return { locale, t: translator(locale), csrf: 'csrf', url: '/web/documents/d1', viewer: { id: 'pga', role: 'chair', roles: ['chair'] } };
}

const explanations: ExplanationModel[] = [
  {
    explanationId: 'e1',
    stakeholderName: 'Norway',
    kind: 'vote',
    timing: 'before-adoption',
    text: `Norway will vote against ${HOSTILE}`,
    versionNumber: 2,
    meeting: '61st plenary meeting',
    recordedAt: '2025-12-17T15:00:00.000Z',
  },
];

describe('the pages of adoption by vote and of explanations', () => {
  it.each(['en', 'ar'] as const)(
    '%s: offers not stated, without a vote and a recorded vote with a row of radios per member state',
    (locale) => {
      const markup = adoptionMethodFields(contextOf(locale), [
        { id: 'egypt', name: 'Egypt' },
        { id: 'norway', name: HOSTILE },
      ]).markup;
      expect(markup).toContain('name="method" value="" checked');
      expect(markup).toContain('value="consensus"');
      expect(markup).toContain('value="recorded-vote"');
      for (const vote of ['yes', 'no', 'abstain']) expect(markup).toContain(`name="vote-egypt" value="${vote}"`);
      expect(markup).toContain('name="vote-norway" value="" checked');
      expect(markup).not.toContain(HOSTILE);
      expect(markup).toContain(locale === 'ar' ? 'بتصويت مسجل' : 'By a recorded vote');
    },
  );

  it('offers no recorded vote where no member state takes part', () => {
    const markup = adoptionMethodFields(contextOf('en'), []).markup;
    expect(markup).not.toContain('value="recorded-vote"');
    expect(markup).toContain('a recorded vote cannot be taken here');
  });

  it.each([
    ['en', 'Recorded vote: 150 in favour, 5 against, 10 abstentions', 'Adopted without a vote'],
    ['ar', 'تصويت مسجل: 150 مؤيدون، 5 معارضون، 10 ممتنعون', 'اعتُمد دون تصويت'],
  ] as const)('%s: shows the tally of each adoption by recorded vote, and the adoptions without a vote', (locale, tally, consensus) => {
    const markup = adoptionsSection(contextOf(locale), [
      { number: 1, label: 'zero draft', adoptedMeeting: null, adoptedDate: null },
      {
        number: 2,
        label: 'adopted',
        adoptedMeeting: '61st plenary meeting',
        adoptedDate: '2025-12-17',
        adoptionMethod: 'recorded-vote',
        tally: { yes: 150, no: 5, abstain: 10 },
        adoptionLine: 'adopted at the 61st plenary meeting by a recorded vote of 150 to 5, with 10 abstentions',
      },
      { number: 3, label: 'Rev.1 adopted', adoptedMeeting: '62nd plenary meeting', adoptedDate: '2025-12-18', adoptionMethod: 'consensus' },
    ]).markup;
    expect(markup).toContain(tally);
    expect(markup).toContain(consensus);
    expect(markup).toContain('by a recorded vote of 150 to 5, with 10 abstentions');
    expect(markup).not.toContain('zero draft');
  });

  it.each([
    ['en', 'Explanation of vote before the adoption, on version 2'],
    ['ar', 'تعليل تصويت قبل الاعتماد، على الصيغة 2'],
  ] as const)('%s: lists the explanations with who, what, when, and their text escaped', (locale, line) => {
    const markup = explanationsSection(contextOf(locale), explanations).markup;
    expect(markup).toContain(line);
    expect(markup).toContain('<bdi>Norway</bdi>');
    expect(markup).not.toContain(HOSTILE);
    expect(explanationsSection(contextOf(locale), []).markup).toContain(locale === 'ar' ? 'لم يُقدَّم' : 'No explanation');
  });
});
