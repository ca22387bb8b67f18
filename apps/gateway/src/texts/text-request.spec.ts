import { MARKED_FORMATS, TEXT_FORMATS, chooseTextFormat, parseInstant, parseMarkedQuery, parseTextQuery } from './text-request';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('parseTextQuery', () => {
  it('asks for the working text when no moment is given', () => {
    expect(parseTextQuery({})).toEqual({ ok: true, value: { moment: { kind: 'working' } } });
  });

  it('reads a version, a position or a time, and passes the format on', () => {
    expect(parseTextQuery({ version: '2', format: 'html' })).toEqual({
      ok: true,
      value: { moment: { kind: 'version', versionNumber: 2 }, format: 'html' },
    });
    expect(parseTextQuery({ position: '1334' })).toEqual({ ok: true, value: { moment: { kind: 'position', position: 1334 } } });
    expect(parseTextQuery({ asOf: '2026-04-10T17:00:00Z' })).toEqual({
      ok: true,
      value: { moment: { kind: 'time', at: new Date('2026-04-10T17:00:00.000Z') } },
    });
  });

  it('reads a language version among the six UN languages, and refuses any other code', () => {
    expect(parseTextQuery({ language: 'ar', version: '2' })).toEqual({
      ok: true,
      value: { moment: { kind: 'version', versionNumber: 2 }, language: 'ar' },
    });
    expect(parseTextQuery({ language: 'de' })).toEqual({
      ok: false,
      errors: [{ field: 'language', message: 'language must be one of the UN languages: ar, zh, en, fr, ru, es' }],
    });
    expect(parseMarkedQuery({ language: 'zh', to: 'working' })).toEqual({
      ok: true,
      value: { range: { to: { kind: 'working' } }, language: 'zh' },
    });
    expect(parseMarkedQuery({ language: ['ar', 'en'] })).toMatchObject({ ok: false, errors: [{ field: 'language' }] });
  });

  it('refuses more than one moment, naming them', () => {
    const parsed = parseTextQuery({ version: '1', asOf: '2026-04-10T17:00:00Z' });
    expect(parsed).toEqual({
      ok: false,
      errors: [{ field: 'version, asOf', message: expect.stringContaining('at most one of version, asOf and position') }],
    });
  });

  it.each([
    ['version', '0'],
    ['version', '-1'],
    ['version', '1.5'],
    ['version', '2147483648'],
    ['version', 'latest'],
    ['position', '0'],
    ['position', '12abc'],
    ['position', '99999999999999999'],
    ['asOf', '2026-04-10'],
    ['asOf', 'yesterday'],
  ])('refuses %s=%s', (name, value) => {
    const parsed = parseTextQuery({ [name]: value });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual([name]);
  });

  it('refuses a parameter given twice, and one it does not know (a misspelt "version" must not answer the working text)', () => {
    expect(parseTextQuery({ version: ['1', '2'] })).toEqual({
      ok: false,
      errors: [{ field: 'version', message: 'give it once, as a plain value' }],
    });
    expect(parseTextQuery({ versoin: '2' })).toEqual({
      ok: false,
      errors: [{ field: 'versoin', message: expect.stringContaining('unknown query parameter') }],
    });
  });
});

describe('parseInstant', () => {
  it('takes the offset into account and keeps the millisecond the store records', () => {
    expect(parseInstant('2026-04-10T19:00+02:00')).toEqual({ kind: 'time', at: new Date('2026-04-10T17:00:00.000Z') });
    expect(parseInstant('2026-04-10T12:30:15.123987-04:30')).toEqual({ kind: 'time', at: new Date('2026-04-10T17:00:15.123Z') });
    expect(parseInstant('2026-04-10T17:00:15.5Z')).toEqual({ kind: 'time', at: new Date('2026-04-10T17:00:15.500Z') });
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-04-10T24:00:00Z',
    '2026-04-10T17:60:00Z',
    '2026-04-10T17:00:00',
    '2026-04-10T17:00:00+25:00',
    '0099-01-01T00:00:00Z',
  ])('refuses %s', (raw) => {
    expect(parseInstant(raw)).toEqual(expect.stringContaining('ISO 8601 date-time with a time zone'));
  });
});

describe('parseMarkedQuery', () => {
  it('reads from as a version and to as a version, working or pending', () => {
    expect(parseMarkedQuery({})).toEqual({ ok: true, value: { range: {} } });
    expect(parseMarkedQuery({ from: '1', to: '2' })).toEqual({
      ok: true,
      value: { range: { from: 1, to: { kind: 'version', versionNumber: 2 } } },
    });
    expect(parseMarkedQuery({ to: 'working', format: 'text' })).toEqual({
      ok: true,
      value: { range: { to: { kind: 'working' } }, format: 'text' },
    });
    expect(parseMarkedQuery({ from: '2', to: 'pending' })).toEqual({ ok: true, value: { range: { from: 2, to: { kind: 'pending' } } } });
  });

  it('refuses what is neither, listing every wrong parameter', () => {
    const parsed = parseMarkedQuery({ from: 'working', to: 'latest', since: '1' });
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual(['since', 'from', 'to']);
  });
});

describe('chooseTextFormat', () => {
  it('answers JSON unless asked otherwise', () => {
    expect(chooseTextFormat(undefined, undefined)).toEqual({ ok: true, value: 'json' });
    expect(chooseTextFormat(undefined, '*/*')).toEqual({ ok: true, value: 'json' });
    expect(chooseTextFormat(undefined, 'application/json')).toEqual({ ok: true, value: 'json' });
  });

  it('gives a browser its HTML page, and curl -H "Accept: text/plain" the clean text', () => {
    expect(chooseTextFormat(undefined, BROWSER)).toEqual({ ok: true, value: 'html' });
    expect(chooseTextFormat(undefined, 'text/plain')).toEqual({ ok: true, value: 'text' });
    expect(chooseTextFormat(undefined, 'text/*')).toEqual({ ok: true, value: 'text' });
  });

  it('weighs the qualities, the most specific range deciding', () => {
    expect(chooseTextFormat(undefined, 'text/html;q=0.5, application/json;q=0.9')).toEqual({ ok: true, value: 'json' });
    expect(chooseTextFormat(undefined, 'application/pdf, */*;q=0.1')).toEqual({ ok: true, value: 'pdf' });
    expect(chooseTextFormat(undefined, '*/*')).toEqual({ ok: true, value: 'json' });
    expect(chooseTextFormat(undefined, 'application/json;q=0, text/*;q=0.2, text/html;q=0')).toEqual({ ok: true, value: 'text' });
  });

  it('lets format override Accept, and refuses an unknown format (400) or an Accept that allows none (406)', () => {
    expect(chooseTextFormat('html', 'application/json')).toEqual({ ok: true, value: 'html' });
    expect(chooseTextFormat('pdf', 'application/json')).toEqual({ ok: true, value: 'pdf' });
    expect(chooseTextFormat('rtf', undefined)).toEqual({ ok: false, status: 400, detail: 'format must be json, text, html, docx or pdf' });
    expect(chooseTextFormat(undefined, 'application/xml')).toEqual({ ok: false, status: 406, detail: expect.any(String) });
  });

  it('offers Akoma Ntoso where the endpoint offers it: by format=akn or Accept: application/akn+xml, never to a browser asking for */*', () => {
    expect(chooseTextFormat('akn', undefined, TEXT_FORMATS)).toEqual({ ok: true, value: 'akn' });
    expect(chooseTextFormat(undefined, 'application/akn+xml', TEXT_FORMATS)).toEqual({ ok: true, value: 'akn' });
    expect(chooseTextFormat(undefined, 'application/akn+xml;q=0.8, application/json;q=0.5', TEXT_FORMATS)).toEqual({
      ok: true,
      value: 'akn',
    });
    expect(chooseTextFormat(undefined, '*/*', TEXT_FORMATS)).toEqual({ ok: true, value: 'json' });
    expect(chooseTextFormat('akn', undefined, MARKED_FORMATS)).toEqual({
      ok: false,
      status: 400,
      detail: 'format must be json, text, html, docx or pdf',
    });
    expect(chooseTextFormat(undefined, 'application/akn+xml', MARKED_FORMATS)).toEqual({
      ok: false,
      status: 406,
      detail:
        'this resource is available as application/json, text/plain, text/html, application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf',
    });
  });

  it('answers Word when asked by format=docx or by its media type, JSON still first for */*', () => {
    expect(chooseTextFormat('docx', undefined)).toEqual({ ok: true, value: 'docx' });
    expect(chooseTextFormat(undefined, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toEqual({
      ok: true,
      value: 'docx',
    });
    expect(chooseTextFormat(undefined, '*/*')).toEqual({ ok: true, value: 'json' });
  });

  it('reads how a marked text in Word shows its changes: tracked or printed, nothing else', () => {
    expect(parseMarkedQuery({ format: 'docx', marks: 'tracked' })).toEqual({
      ok: true,
      value: { range: {}, format: 'docx', marks: 'tracked' },
    });
    expect(parseMarkedQuery({ marks: 'printed' })).toEqual({ ok: true, value: { range: {}, marks: 'printed' } });
    expect(parseMarkedQuery({ marks: 'colour' })).toEqual({
      ok: false,
      errors: [{ field: 'marks', message: 'marks must be tracked or printed' }],
    });
  });
});
