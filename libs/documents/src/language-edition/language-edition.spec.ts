import { ResolutionDocument, composeLanguageText, renderCleanText } from '#libs/text';
import { readDocx, renderDocumentDocx } from '../docx';
import { awaitingTranslationNote, languageEdition, withAwaitingNotes } from './language-edition';
import { arabicComposed, arabicVersion, englishOriginal } from './testing/two-languages';

/** The English original after a ruling changed 1 and added 3: the Arabic version awaits both. */
function originalAfterRuling(): ResolutionDocument {
  const [res] = englishOriginal.operative;
  return {
    ...englishOriginal,
    operative: [
      {
        ...res,
        provisions: [
          { ...res.provisions[0], text: 'to take all necessary measures' },
          res.provisions[1],
          { id: 'res-3', text: 'to keep this resolution under review.', children: [], footnotes: [] },
        ],
      },
    ],
  };
}

function provisionText(doc: ResolutionDocument, id: string): string | undefined {
  const all = [...doc.preamble, ...doc.operative].flatMap((s) => s.provisions).flatMap((p) => [p, ...p.children]);
  return all.find((p) => p.id === id)?.text;
}

describe('a language version as published', () => {
  const original = originalAfterRuling();
  const composed = composeLanguageText(original, arabicVersion).document;
  const edition = languageEdition(composed, original, ['res-1', 'res-3']);

  it('prints a provision awaiting translation in the original words, not the stale translation', () => {
    expect(provisionText(composed, 'res-1')).toBe('أن يتخذ جميع التدابير المناسبة');
    expect(provisionText(edition.document, 'res-1')).toBe('to take all necessary measures');
    expect(provisionText(edition.document, 'res-2')).toBe('أن يقدم تقريراً إلى المجلس.');
    expect([...edition.awaiting]).toEqual(['res-1', 'res-3']);
  });

  it('leaves the original, and a version with nothing awaited, as they are', () => {
    expect(languageEdition(original, original, ['res-1']).awaiting.size).toBe(0);
    expect(languageEdition(arabicComposed(), englishOriginal, []).document).toEqual(arabicComposed());
  });

  it('writes the note in the reader language, naming the language the words are in', () => {
    expect(awaitingTranslationNote('ar', 'en')).toBe('[بالإنكليزية فقط – بانتظار الترجمة]');
    expect(awaitingTranslationNote('en', 'fr')).toBe('[French only – awaiting translation]');
    expect(awaitingTranslationNote('ru', 'en')).toBe('[только на английском языке – ожидает перевода]');
  });

  it('in plain text: Arabic labels and headings, the awaited provisions in English followed by the Arabic note', () => {
    const text = renderCleanText(withAwaitingNotes(edition));
    expect(text).toContain('إذ يذكّر\nأ )\tبالقرار 140');
    expect(text).toContain('يقرر\n1\tto take all necessary measures [بالإنكليزية فقط – بانتظار الترجمة]\n');
    expect(text).toContain("'1'\tفي حدود الموارد المتاحة؛\n");
    expect(text).toContain('3\tto keep this resolution under review. [بالإنكليزية فقط – بانتظار الترجمة]\n');
    expect(text).not.toContain('أن يتخذ جميع التدابير المناسبة');
  });
});

describe('an Arabic version of an English original in Word', () => {
  it('sets every paragraph right to left and every run in Arabic, with Arabic labels and headings', async () => {
    const word = readDocx(await renderDocumentDocx(arabicComposed()));
    const lines = word.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(lines).toEqual(
      expect.arrayContaining(['إذ يذكّر', 'أ )\tبالقرار 140 لمؤتمر المندوبين المفوضين،', '2\tأن يقدم تقريراً إلى المجلس.']),
    );
    for (const paragraph of [...word.paragraphs, ...[...word.footnotes.values()].flat()]) {
      expect(paragraph.rightToLeft).toBe(true);
      for (const run of paragraph.runs.filter((r) => r.text !== ''))
        expect(run).toMatchObject({ rightToLeft: true, language: { value: 'ar-SA', bidi: 'ar-SA' } });
    }
  });

  it('writes an awaited provision in English, left to right, in a right-to-left paragraph, with the note in Arabic italics', async () => {
    const original = originalAfterRuling();
    const edition = languageEdition(composeLanguageText(original, arabicVersion).document, original, ['res-1']);
    const word = readDocx(await renderDocumentDocx(edition.document, edition));
    const paragraph = word.paragraphs.find((p) => p.runs.some((r) => r.text === 'to take all necessary measures'))!;
    expect(paragraph.rightToLeft).toBe(true);
    const [label, tab, words, note] = paragraph.runs;
    expect([label.text, tab.text]).toEqual(['1', '\t']);
    expect(label).toMatchObject({ rightToLeft: true });
    expect(words).toMatchObject({ rightToLeft: false, language: { value: 'en-GB' } });
    expect(note).toMatchObject({ text: ' [بالإنكليزية فقط – بانتظار الترجمة]', rightToLeft: true, italics: true });
  });
});

describe('a language version whose title and adoption line await translation', () => {
  const adopted: ResolutionDocument = {
    ...englishOriginal,
    title: 'Resolution 1334 (Modified 2026)',
    metadata: { ...englishOriginal.metadata, adoption: 'adopted at the seventh Plenary Meeting' },
  };
  const composed = composeLanguageText(adopted, { ...arabicVersion, titleOf: englishOriginal.title });

  it('prints the original title and line followed by the note, as a provision awaiting translation is', () => {
    const edition = languageEdition(composed.document, adopted, [], {
      title: composed.untranslatedTitle,
      adoptionLine: composed.untranslatedAdoptionLine,
    });
    expect(edition.awaitingTitle).toBe(true);
    expect(edition.awaitingAdoptionLine).toBe(true);
    const printed = withAwaitingNotes(edition);
    expect(printed.title).toBe('Resolution 1334 (Modified 2026) [بالإنكليزية فقط – بانتظار الترجمة]');
    expect(printed.metadata.adoption).toBe('adopted at the seventh Plenary Meeting [بالإنكليزية فقط – بانتظار الترجمة]');
  });

  it('prints the version’s own title and line without a note once translated', () => {
    const own = composeLanguageText(adopted, {
      ...arabicVersion,
      title: 'القرار 1334 (المعدَّل في 2026)',
      titleOf: adopted.title,
      adoptionLine: 'اعتُمد في الجلسة العامة السابعة',
    });
    const edition = languageEdition(own.document, adopted, [], {
      title: own.untranslatedTitle,
      adoptionLine: own.untranslatedAdoptionLine,
    });
    const printed = withAwaitingNotes(edition);
    expect(printed.title).toBe('القرار 1334 (المعدَّل في 2026)');
    expect(printed.metadata.adoption).toBe('اعتُمد في الجلسة العامة السابعة');
  });
});
