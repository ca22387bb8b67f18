import type { CookieOptions, Request, Response } from 'express';
import { SITTING_COOKIE, keepSitting, keptSitting, validSitting } from './sitting-cookie';

const CONSULTATION = '11111111-1111-4111-8111-111111111111';

/** Keeps a sitting as the browser would receive it, and gives back the request that browser sends next. */
function roundTrip(consultationId: string, sitting: { meeting: string; date: string }): { next: Request; options: CookieOptions } {
  let header = '';
  let options: CookieOptions = {};
  const response = {
    cookie(name: string, value: string, given: CookieOptions) {
      // Express percent-encodes a cookie's value; the browser sends it back as it was set.
      header = `ledger_lang=ar; ${name}=${encodeURIComponent(value)}`;
      options = given;
      return this;
    },
  } as unknown as Response;
  keepSitting({ secure: false, headers: {} } as Request, response, consultationId, sitting);
  return { next: { headers: { cookie: header } } as Request, options };
}

describe('the sitting kept for the chair', () => {
  it('comes back for the consultation it was chosen in, in an HttpOnly, SameSite=Strict cookie', () => {
    const { next, options } = roundTrip(CONSULTATION, { meeting: 'CWG-WSIS&SDG, الاجتماع الثاني', date: '2026-03-11' });
    expect(options).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/' });
    expect(keptSitting(next, CONSULTATION)).toEqual({ meeting: 'CWG-WSIS&SDG, الاجتماع الثاني', date: '2026-03-11' });
  });

  it("is never taken for another consultation's", () => {
    const { next } = roundTrip(CONSULTATION, { meeting: 'seventh Plenary Meeting', date: '2026-06-18' });
    expect(keptSitting(next, '22222222-2222-4222-8222-222222222222')).toBeUndefined();
  });

  it('refuses a meeting with bidi controls, of several lines made one, or too long, and a date not YYYY-MM-DD', () => {
    expect(validSitting('seventh \u202ePlenary', '2026-06-18')).toBeUndefined();
    expect(validSitting('x'.repeat(301), '2026-06-18')).toBeUndefined();
    expect(validSitting('seventh Plenary Meeting', '18/06/2026')).toBeUndefined();
    expect(validSitting('', '2026-06-18')).toBeUndefined();
    expect(validSitting('seventh\nPlenary Meeting', '2026-06-18')).toEqual({ meeting: 'seventh Plenary Meeting', date: '2026-06-18' });
  });

  it('ignores a cookie that is not one of ours', () => {
    const forged = { headers: { cookie: `${SITTING_COOKIE}=${encodeURIComponent('{"c":')}` } } as Request;
    expect(keptSitting(forged, CONSULTATION)).toBeUndefined();
    const tampered = {
      headers: { cookie: `${SITTING_COOKIE}=${encodeURIComponent(JSON.stringify({ c: CONSULTATION, m: 'a\u202eb', d: '2026-01-01' }))}` },
    } as Request;
    expect(keptSitting(tampered, CONSULTATION)).toBeUndefined();
  });
});
