import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { PageContext } from './context';
import { countdown, countdownText, deadlineList, phaseDeadline } from './deadline';

function contextOf(locale: Locale): PageContext {
  return { locale, t: translator(locale), csrf: 'csrf', url: '/web' };
}

const now = new Date('2026-03-01T10:00:00.000Z');

describe('the countdown of a deadline', () => {
  it('counts the days and hours left in English', () => {
    expect(countdownText(contextOf('en'), '2026-03-04T14:30:00.000Z', now)).toBe('3 days and 4 hours left');
    expect(countdownText(contextOf('en'), '2026-03-02T11:00:00.000Z', now)).toBe('one day and one hour left');
    expect(countdownText(contextOf('en'), '2026-03-01T15:00:00.000Z', now)).toBe('5 hours left');
    expect(countdownText(contextOf('en'), '2026-03-01T10:20:00.000Z', now)).toBe('less than an hour left');
  });

  it('says how long ago a deadline passed', () => {
    expect(countdownText(contextOf('en'), '2026-02-27T10:00:00.000Z', now)).toBe('passed 2 days ago');
  });

  it('uses the Arabic forms of one, two, three to ten and eleven and more', () => {
    const ar = contextOf('ar');
    expect(countdownText(ar, '2026-03-02T10:00:00.000Z', now)).toBe('يتبقى يوم واحد');
    expect(countdownText(ar, '2026-03-03T12:00:00.000Z', now)).toBe('يتبقى يومان وساعتان');
    expect(countdownText(ar, '2026-03-06T13:00:00.000Z', now)).toBe('يتبقى 5 أيام و3 ساعات');
    expect(countdownText(ar, '2026-03-13T10:00:00.000Z', now)).toBe('يتبقى 12 يومًا');
    expect(countdownText(ar, '2026-02-28T09:00:00.000Z', now)).toBe('انقضى منذ يوم واحد وساعة واحدة');
  });

  it('renders the date, the time left and the deadline a script may count from', () => {
    const markup = countdown(contextOf('en'), '2026-03-04T14:30:00.000Z', now).markup;
    expect(markup).toContain('<time datetime="2026-03-04T14:30:00.000Z">');
    expect(markup).toContain('data-deadline="2026-03-04T14:30:00.000Z"');
    expect(markup).toContain('(3 days and 4 hours left)');
    expect(markup).not.toContain('passed');
    expect(countdown(contextOf('en'), '2026-02-27T10:00:00.000Z', now).markup).toContain('class="countdown passed"');
  });

  it('lists every phase deadline with its phase named in the reader language', () => {
    const markup = deadlineList(contextOf('ar'), { negotiation: '2026-03-13T10:00:00.000Z' }, now).markup;
    expect(markup).toContain('يتبقى 12 يومًا');
    expect(markup).not.toContain('negotiation:');
    expect(deadlineList(contextOf('en'), {}, now).markup).toBe('');
  });

  it('lists the deadlines in the order of the phases, whatever order they come in', () => {
    const markup = deadlineList(
      contextOf('en'),
      { adoption: '2026-06-01T00:00:00.000Z', 'open-for-contributions': '2026-03-02T10:00:00.000Z' },
      now,
    ).markup;
    expect(markup.indexOf('2026-03-02T10:00:00.000Z')).toBeLessThan(markup.indexOf('2026-06-01T00:00:00.000Z'));
  });

  it('shows the deadline of the current phase only', () => {
    const consultation = { phase: 'negotiation', deadlines: { 'open-for-contributions': '2026-02-01T00:00:00.000Z' } };
    expect(phaseDeadline(contextOf('en'), consultation, now).markup).toBe('');
    const withDeadline = { ...consultation, deadlines: { negotiation: '2026-03-02T10:00:00.000Z' } };
    expect(phaseDeadline(contextOf('en'), withDeadline, now).markup).toContain('one day left');
  });
});
