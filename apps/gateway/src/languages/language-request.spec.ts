import { parseSideBySideQuery, parseTaskQuery } from './language-request';

describe('the query parameters of language versions', () => {
  it('reads the tasks of one language, open ones by default', () => {
    expect(parseTaskQuery({ language: 'ar' })).toEqual({ ok: true, value: { language: 'ar', status: 'open' } });
    expect(parseTaskQuery({ status: 'all' })).toEqual({ ok: true, value: { status: 'all' } });
  });

  it('refuses a language that is not a UN language, an unknown status and unknown parameters, naming each', () => {
    const parsed = parseTaskQuery({ language: 'de', status: 'closed', page: '2' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.field)).toEqual(['page', 'language', 'status']);
  });

  it('reads two languages and a version side by side, the working text by default', () => {
    expect(parseSideBySideQuery({ left: 'en', right: 'ar' })).toEqual({ ok: true, value: { left: 'en', right: 'ar', version: 'working' } });
    expect(parseSideBySideQuery({ left: 'en', right: 'fr', version: '2' })).toEqual({
      ok: true,
      value: { left: 'en', right: 'fr', version: 2 },
    });
  });

  it('refuses a side by side without both languages, of one language twice, or of a version that is no number', () => {
    const missing = parseSideBySideQuery({ left: 'en' });
    expect(!missing.ok && missing.errors.map((e) => e.field)).toEqual(['right']);
    const same = parseSideBySideQuery({ left: 'ar', right: 'ar', version: '0' });
    expect(!same.ok && same.errors.map((e) => e.field)).toEqual(['right', 'version']);
    const repeated = parseSideBySideQuery({ left: 'en', right: 'ar', version: ['1', '2'] });
    expect(!repeated.ok && repeated.errors).toEqual([{ field: 'version', message: 'give it once, as a plain value' }]);
  });
});
