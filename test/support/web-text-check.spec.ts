import { recordTyped, recordTypedForm } from './typed-content';
import { foreignTextIn } from './web-text-check';

const body = (text: string) => foreignTextIn([{ where: 'body', text }]);

describe('the text check of an Arabic page', () => {
  recordTyped({ name: 'Arab Republic of Egypt', id: 'egypt', chairs: ['chair-cwg-wsis'], source: 'الاستعراض WSIS+20 للقمة' });
  recordTypedForm(
    'multipart/form-data; boundary=XyZ',
    '--XyZ\r\nContent-Disposition: form-data; name="symbol"\r\n\r\nC26/15-A\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nSecret Words\r\n--XyZ--\r\n',
  );
  recordTypedForm('application/x-www-form-urlencoded', 'meeting=seventh+Plenary+Meeting&ruling=accepted');

  it('lets what people typed or imported show, in whatever script', () => {
    expect(body('اقترحت Arab Republic of Egypt تعديلاً (C26/15-A) في seventh Plenary Meeting على WSIS+20')).toEqual([]);
    expect(body('رئيس المشاورة: chair-cwg-wsis')).toEqual([]);
  });

  it('lets the few Latin words of Arabic prose show, and a typed text cut short', () => {
    expect(body('MOD1 وADD وSUP · Rev.2 · English · ملف Word أو PDF · 7 ديسمبر 2026، 20:20:42 UTC')).toEqual([]);
    expect(body('مراجعة: the Arab Republic of Eg…')).toEqual([`the Latin word "the" in body: مراجعة: the Arab Republic of Eg…`]);
  });

  it('fails on an interface word in English, a raw id or a raw choice', () => {
    expect(body('Provenance')).toEqual(['the Latin word "Provenance" in body: Provenance']);
    expect(body('قدّمه egypt')).toEqual(['the Latin word "egypt" in body: قدّمه egypt']);
    expect(body('الحكم: accepted')).toEqual(['the Latin word "accepted" in body: الحكم: accepted']);
    expect(body('Secret Words')).toHaveLength(2);
  });

  it('fails on anything that looks like an internal id', () => {
    expect(body('التعديل 3f5b1700-e0f7-4d19-9305-996d277937dd')).toEqual([
      'a UUID "3f5b1700-e0f7-4d19-9305-996d277937dd" in body: التعديل 3f5b1700-e0f7-4d19-9305-996d277937dd',
    ]);
    expect(body('على op-1-5')).toEqual(['a provision id "op-1-5" in body: على op-1-5']);
    expect(body('الكلمات 6..7')).toEqual(['a range of word indexes "6..7" in body: الكلمات 6..7']);
    expect(body('سُجل AmendmentProposed')).toEqual(['an event type "AmendmentProposed" in body: سُجل AmendmentProposed']);
  });

  it('lets a digest an auditor compares show as it is', () => {
    expect(body(`الجذر ${'ad76a028a955331cb627957cd641bf0638bfb1e3e8ea1ec8a7fb5a72d2c2826f'}`)).toEqual([]);
  });
});
