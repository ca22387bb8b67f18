import { isBigintText, isInstantInRange, readInstant } from './instants';

describe('instants a client sends', () => {
  it('reads date-times with their offset, to the millisecond', () => {
    expect(readInstant('2026-04-10T09:00:00Z')?.toISOString()).toBe('2026-04-10T09:00:00.000Z');
    expect(readInstant('2026-04-10T11:00+02:00')?.toISOString()).toBe('2026-04-10T09:00:00.000Z');
    expect(readInstant('2026-04-10T09:00:00.123456789Z')?.toISOString()).toBe('2026-04-10T09:00:00.123Z');
  });

  it('reads a date alone only where the caller says which edge of the day it names', () => {
    expect(readInstant('2026-04-10')).toBeUndefined();
    expect(readInstant('2026-04-10', { dateAlone: 'start' })?.toISOString()).toBe('2026-04-10T00:00:00.000Z');
    expect(readInstant('2026-04-10', { dateAlone: 'end' })?.toISOString()).toBe('2026-04-11T00:00:00.000Z');
  });

  it.each([
    ['year 0', '0000-01-01', { dateAlone: 'start' as const }],
    ['year 0 at its last second', '0000-12-31T23:59:59Z', {}],
    ['a year of the first century', '0099-06-01T00:00:00Z', {}],
    ['a date before 1970', '1969-12-31T23:59:59Z', {}],
    ['a date past 9999', '9999-12-31T23:59:59-01:00', {}],
    ['the earliest Date', '-271821-04-20T00:00:00.000Z', {}],
    ['a six-digit year', '+275760-09-13T00:00:00.000Z', {}],
    ['30 February', '2026-02-30', { dateAlone: 'start' as const }],
    ['hour 24', '2026-04-10T24:00:00Z', {}],
    ['second 60', '2026-04-10T23:59:60Z', {}],
    ['an offset of 24 hours', '2026-04-10T09:00:00+24:00', {}],
    ['no offset', '2026-04-10T09:00:00', {}],
    ['a number', '1775811600000', {}],
    ['words', 'yesterday', {}],
  ])('refuses %s', (_, raw, options) => {
    expect(readInstant(raw, options)).toBeUndefined();
  });

  it('holds Dates to 1970 to 9999', () => {
    expect(isInstantInRange(new Date('2026-04-10T09:00:00Z'))).toBe(true);
    expect(isInstantInRange(new Date(-8.64e15))).toBe(false);
    expect(isInstantInRange(new Date(NaN))).toBe(false);
  });

  it('holds ids to what a bigint holds', () => {
    expect(isBigintText('42')).toBe(true);
    expect(isBigintText('9223372036854775807')).toBe(true);
    expect(isBigintText('9223372036854775808')).toBe(false);
    expect(isBigintText('9999999999999999999')).toBe(false);
    expect(isBigintText('0')).toBe(false);
    expect(isBigintText('-1')).toBe(false);
  });
});
