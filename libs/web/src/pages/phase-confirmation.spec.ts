import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel } from '../models';
import { PageContext } from './context';
import { dayCount, phaseConfirmationPage } from './phase-confirmation';

function contextOf(locale: Locale): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/consultations/c1/phase',
    viewer: { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'مراجعة القرار 1334',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'open-for-contributions',
  chairs: ['chair-cwg-wsis'],
  deadlines: { 'open-for-contributions': '2026-12-20T23:59:00Z' },
  participants: [],
};

describe('the confirmation of a change of phase', () => {
  it('counts days as each language says them: Arabic has forms for one, two, three to ten, and more', () => {
    expect([1, 2, 3, 10, 11, 13, 100, 103].map((n) => dayCount(contextOf('ar'), n))).toEqual([
      'يوم واحد',
      'يومين',
      '3 أيام',
      '10 أيام',
      '11 يوماً',
      '13 يوماً',
      '100 يوماً',
      '103 أيام',
    ]);
    expect([1, 2, 13].map((n) => dayCount(contextOf('en'), n))).toEqual(['1 day', '2 days', '13 days']);
  });

  it('names the deadline cut short and sends the command only from its own form, with the confirmation field and the same key', () => {
    const page = phaseConfirmationPage(contextOf('en'), {
      consultation,
      to: 'negotiation',
      direction: 'forward',
      cutShort: { phase: 'open-for-contributions', deadline: '2026-12-20T23:59:00Z', daysEarly: 13 },
      key: 'phase-key-1234',
    });
    expect(page).toContain(
      'The deadline for contributions is <time datetime="2026-12-20">20 December 2026</time>; moving to Negotiation now closes contributions 13 days early.',
    );
    expect(page).toContain('<input type="hidden" name="confirmed" value="yes">');
    expect(page).toContain('<input type="hidden" name="key" value="phase-key-1234">');
    expect(page).toContain(`<a href="/web/consultations/${consultation.id}">Cancel: keep the consultation in Open for contributions</a>`);
  });

  it('quotes the reason for going back as typed, escaped, and names no deadline', () => {
    const page = phaseConfirmationPage(contextOf('ar'), {
      consultation: { ...consultation, phase: 'negotiation' },
      to: 'open-for-contributions',
      direction: 'back',
      reason: '<b>late</b> inputs',
    });
    expect(page).toContain('&lt;b&gt;late&lt;/b&gt; inputs');
    expect(page).toContain('<input type="hidden" name="reason" value="&lt;b&gt;late&lt;/b&gt; inputs">');
    expect(page).toContain(translator('ar')('chairSafety.reopenNote'));
    expect(page).not.toContain('class="notice error"');
  });
});
