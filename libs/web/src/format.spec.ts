import { formatDate, formatDateTime, formatDateTimeIn } from './format';

describe('dates on the pages', () => {
  it('prints a day and a moment with the same form of the day, in each language', () => {
    expect(formatDate('en', '2026-12-07')).toBe('7 December 2026');
    expect(formatDateTime('en', '2026-12-07T17:46:33.000Z')).toBe('7 December 2026, 17:46:33 UTC');
    expect(formatDate('ar', '2026-12-07')).toBe('7 ديسمبر 2026');
    expect(formatDateTime('ar', '2026-12-07T17:46:33.000Z')).toBe('7 ديسمبر 2026، 17:46:33 UTC');
    expect(formatDate('en', '2026-12-07T23:59:00.000Z')).toBe('7 December 2026');
  });

  it('prints a moment in the zone it was announced in, with its offset', () => {
    expect(formatDateTimeIn('en', '2025-12-09T23:00:00.000Z', 'America/New_York')).toBe('9 December 2025, 18:00:00 GMT-5');
    expect(formatDateTimeIn('ar', '2025-12-09T23:00:00.000Z', 'America/New_York')).toBe('9 ديسمبر 2025، 18:00:00 GMT-5');
  });

  it('gives back what is not a date unchanged', () => {
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatDateTime('ar', 'not a moment')).toBe('not a moment');
    expect(formatDateTimeIn('en', '2025-12-09T23:00:00.000Z', 'Mars/Olympus')).toBe('2025-12-09T23:00:00.000Z');
  });
});
