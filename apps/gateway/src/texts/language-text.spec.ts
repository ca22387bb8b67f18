import { languageEdition } from '#libs/documents';
import { ResolutionDocument, composeLanguageText } from '#libs/text';
import { arabicVersion, englishOriginal } from '../../../../libs/documents/src/language-edition/testing/two-languages';
import type { LanguageTextView } from '../languages/language-queries';
import { LanguageTextAt, LanguageTextJsonView, languageTextHtml, renderLanguageText, settledTranslations } from './language-text';

/** The Arabic working text after a ruling changed the English of 1 (its translation awaited). */
function arabicWorkingText(): LanguageTextAt {
  const [res] = englishOriginal.operative;
  const original: ResolutionDocument = {
    ...englishOriginal,
    operative: [{ ...res, provisions: [{ ...res.provisions[0], text: 'to take all necessary <measures>' }, res.provisions[1]] }],
  };
  const document = composeLanguageText(original, arabicVersion).document;
  const view: LanguageTextView = {
    documentId: 'b1c7e0f2-4a3d-4c8e-9f10-2d3e4f5a6b7c',
    language: 'ar',
    versionNumber: 1,
    versionLabel: 'Version 1',
    working: true,
    document,
    awaiting: ['res-1'],
  };
  return { view, edition: languageEdition(document, original, view.awaiting) };
}

describe('a language version as the text endpoints answer it', () => {
  const text = arabicWorkingText();

  it('answers JSON with the awaited provisions cited as printed in Arabic, and the original words in the text', () => {
    const json = renderLanguageText(text, 'json').body as LanguageTextJsonView;
    expect(json).toMatchObject({ language: 'ar', originalLanguage: 'en', working: true, versionNumber: 1 });
    expect(json.awaiting).toEqual([{ provisionId: 'res-1', label: '1', heading: 'يقرر' }]);
    expect(JSON.stringify(json.text)).toContain('to take all necessary <measures>');
    expect(JSON.stringify(json.text)).toContain('أن يقدم تقريراً إلى المجلس.');
  });

  it('marks an awaited provision in HTML: the original words in their language and direction, then a visible note in Arabic', () => {
    const html = languageTextHtml(text.edition);
    expect(html).toContain('<article class="resolution" lang="ar" dir="rtl">');
    expect(html).toContain(
      '<span class="text" lang="en" dir="ltr">to take all necessary &lt;measures&gt;</span> <em class="awaiting-translation" role="note">[بالإنكليزية فقط – بانتظار الترجمة]</em>',
    );
    expect(html.match(/awaiting-translation/gu)).toHaveLength(1);
    expect(html).toContain('<span class="text">في حدود الموارد المتاحة؛</span>');
  });

  it('answers plain text in Arabic with the note after the original words, a page for HTML and PDF, named by language', () => {
    const plain = renderLanguageText(text, 'text');
    expect(plain).toMatchObject({ contentType: 'text/plain; charset=utf-8', language: 'ar' });
    expect(plain.body).toContain('يقرر\n1\tto take all necessary <measures> [بالإنكليزية فقط – بانتظار الترجمة]\n');
    const pdf = renderLanguageText(text, 'pdf');
    expect(pdf).toMatchObject({ print: true, filename: 'b1c7e0f2-4a3d-4c8e-9f10-2d3e4f5a6b7c-ar-version-1.pdf', language: 'ar' });
    expect(pdf.body).toContain('<html lang="ar" dir="rtl"');
    expect(renderLanguageText(text, 'html').body).toContain('role="note"');
  });
});

describe('the earlier text of a marked comparison in a language', () => {
  const [res] = englishOriginal.operative;
  const arabic = composeLanguageText(englishOriginal, arabicVersion).document;
  const untranslated = composeLanguageText(englishOriginal, {
    ...arabicVersion,
    provisions: Object.fromEntries(Object.entries(arabicVersion.provisions).filter(([id]) => id !== 'res-1')),
  }).document;

  it('reads a provision translated since, whose original did not change, in the later words', () => {
    const settled = settledTranslations(
      { document: untranslated, awaiting: ['res-1'] },
      { document: arabic, awaiting: [] },
      { before: englishOriginal, after: englishOriginal },
    );
    expect(settled.operative[0].provisions[0].text).toBe(arabic.operative[0].provisions[0].text);
  });

  it('keeps the earlier words where the original changed, so the change is marked', () => {
    const changed: ResolutionDocument = {
      ...englishOriginal,
      operative: [{ ...res, provisions: [{ ...res.provisions[0], text: 'to take some measures' }, res.provisions[1]] }],
    };
    const settled = settledTranslations(
      { document: untranslated, awaiting: ['res-1'] },
      { document: arabic, awaiting: [] },
      { before: englishOriginal, after: changed },
    );
    expect(settled.operative[0].provisions[0].text).toBe(untranslated.operative[0].provisions[0].text);
  });
});
