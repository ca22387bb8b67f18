import { problem, refusalProblem } from '#libs/runtime';
import { webRefusalPage } from './web-refusal-page';

describe('refusals of the web pages', () => {
  it('are pages in the language the URL, the cookie or Accept-Language asks for', () => {
    const tooLarge = problem(413, 'body-too-large', 'Request body too large', 'The request body exceeds 65536 bytes.');
    expect(webRefusalPage({ url: '/web/sign-in', headers: { 'accept-language': 'ar' } }, tooLarge)).toMatch(
      /<html lang="ar" dir="rtl">[\s\S]*هذا الطلب أكبر من أن يُقرأ/,
    );
    expect(webRefusalPage({ url: '/web/sign-in?lang=en', headers: { 'accept-language': 'ar' } }, tooLarge)).toMatch(
      /<html lang="en"[\s\S]*This request is too large to be read/,
    );
    expect(
      webRefusalPage({ url: '/web', headers: { cookie: 'ledger_lang=ar' } }, problem(429, 'too-many-requests', 'Too many requests')),
    ).toContain('طلبات كثيرة جدًا');
  });

  it('name the field a form repeated', () => {
    const repeated = problem(400, 'repeated-field', 'Repeated field', 'The form field to is sent more than once.', { field: 'to' });
    expect(webRefusalPage({ url: '/web/consultations/x/phase', headers: { 'accept-language': 'en' } }, repeated)).toContain(
      'The form sent the field to more than once.',
    );
  });

  it('say a refusal of the rules in the page’s language, whatever language the problem was rendered in', () => {
    const closed = refusalProblem(
      { code: 'wrong-phase', key: 'consultation.closed', params: {}, message: 'the consultation is closed' },
      'en',
    );
    const page = webRefusalPage({ url: '/web/consultations/x/phase', headers: { cookie: 'ledger_lang=ar' } }, closed)!;
    expect(page).toContain('<p lang="ar" dir="rtl">المشاورة مغلقة</p>');
    expect(page).not.toContain('the consultation is closed');
    const english = webRefusalPage({ url: '/web/consultations/x/phase?lang=en', headers: {} }, closed)!;
    expect(english).toContain('<p lang="en" dir="ltr">the consultation is closed</p>');
  });

  it('leave the API its problem details', () => {
    expect(
      webRefusalPage({ url: '/api/v1/consultations', headers: {} }, problem(413, 'body-too-large', 'Request body too large')),
    ).toBeUndefined();
    expect(webRefusalPage({ url: '/website', headers: {} }, problem(413, 'body-too-large', 'Request body too large'))).toBeUndefined();
  });
});
