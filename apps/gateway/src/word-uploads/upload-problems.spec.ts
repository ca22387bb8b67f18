import { UploadRefusalCode, UploadRefused } from '#libs/documents';
import { PROBLEM_TYPES, WORD_UPLOAD_PROBLEMS } from '#libs/runtime';
import { CATALOGUES } from '#libs/web';
import { uploadProblem } from './upload-problems';

describe('refused uploads as problem details', () => {
  // A Record over the union: a new refusal code does not compile until it is listed here.
  const codes: Record<UploadRefusalCode, true> = {
    'upload-too-large': true,
    'not-a-zip': true,
    'not-a-word-document': true,
    'too-many-entries': true,
    'uncompressed-too-large': true,
    'compression-ratio-too-high': true,
    'damaged-archive': true,
    'xml-doctype-refused': true,
    'xml-malformed': true,
  };

  it.each(Object.keys(codes) as UploadRefusalCode[])(
    '%s: answered with the status and title the API documents, its code and part repeated',
    (code) => {
      const answered = uploadProblem(new UploadRefused(code, 'why', 'word/document.xml')).problem;
      expect(answered).toMatchObject({
        type: expect.stringMatching(new RegExp(`/${code}$`, 'u')),
        status: PROBLEM_TYPES[code].status,
        title: PROBLEM_TYPES[code].title,
        detail: 'why',
        code,
        part: 'word/document.xml',
      });
      expect(WORD_UPLOAD_PROBLEMS).toContain(code);
    },
  );

  it('keeps the English titles of the catalogue as the API documents them', () => {
    for (const code of Object.keys(codes) as UploadRefusalCode[])
      expect(CATALOGUES.en[`uploadTitle.${code}`]).toBe(PROBLEM_TYPES[code].title);
  });

  it('says why in Arabic when Accept-Language prefers it, from the catalogue the pages use', () => {
    const answered = uploadProblem(new UploadRefused('not-a-zip', 'The file is not a zip container.'), 'ar, en;q=0.5').problem;
    expect(answered).toMatchObject({
      title: CATALOGUES.ar['uploadTitle.not-a-zip'],
      detail: CATALOGUES.ar['upload.not-a-zip'],
      language: 'ar',
      code: 'not-a-zip',
    });
    expect(uploadProblem(new UploadRefused('not-a-zip', 'The file is not a zip container.'), 'fr').problem).toMatchObject({
      detail: 'The file is not a zip container.',
      language: 'en',
    });
  });
});
