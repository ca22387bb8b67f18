import fc from 'fast-check';
import { findSearchMatches, searchKey, searchQuery, searchUnits } from './search-key';

/** Whether a query finds a text the way the database does: a substring of the padded key. */
function finds(text: string, query: string): boolean {
  return ` ${searchKey(text)} `.includes(searchQuery(query).key);
}

/** Whether a query finds a text as whole words. */
function findsWord(text: string, query: string): boolean {
  return ` ${searchKey(text)} `.includes(` ${searchQuery(query).key} `);
}

/** The stretches of the text a query highlights. */
function highlighted(text: string, query: string): string[] {
  return findSearchMatches(text, searchQuery(query)).map((m) => text.slice(m.start, m.end));
}

describe('the search key', () => {
  describe('Arabic', () => {
    it('folds the alef written with hamza above, below, madda or wasla to a bare alef', () => {
      expect(searchKey('أحمد إعلان آخر ٱسم')).toBe(searchKey('احمد اعلان اخر اسم'));
      expect(searchKey('إعلان')).toBe('اعلان');
      expect(findsWord('إعلان مبادئ جنيف', 'اعلان')).toBe(true);
      // A proclitic without the article stays on its word: found inside it, not as the word.
      expect(finds('بإعلان مبادئ جنيف', 'اعلان')).toBe(true);
      expect(findsWord('بإعلان مبادئ جنيف', 'اعلان')).toBe(false);
    });

    it('folds alef maksura to yeh, as "على" is often typed "علي"', () => {
      expect(searchKey('على')).toBe(searchKey('علي'));
      expect(searchKey('مستوى')).toBe('مستوي');
    });

    it('folds teh marbuta to heh', () => {
      expect(searchKey('الجمعية العامة')).toBe(searchKey('الجمعيه العامه'));
      expect(findsWord('للجمعية العامة للأمم المتحدة', 'جمعيه')).toBe(true);
    });

    it('folds the hamza carriers ؤ ئ ء to one letter, so "مسؤولية" and "مسئولية" meet', () => {
      expect(searchKey('مسؤولية')).toBe(searchKey('مسئولية'));
      expect(searchKey('مسؤولية')).toBe(searchKey('مسءولية'));
      expect(searchKey('الشؤون')).toBe(searchKey('الشئون'));
    });

    it('ignores diacritics (tashkeel) and superscript alef', () => {
      expect(searchKey('يذكّر')).toBe(searchKey('يذكر'));
      expect(searchKey('المعدَّل')).toBe(searchKey('المعدل'));
      expect(searchKey('أيضاً')).toBe('ايضا');
      expect(searchKey('هٰذا')).toBe(searchKey('هذا'));
      expect(searchKey('اعتُمد')).toBe(searchKey('اعتمد'));
    });

    it('ignores tatweel', () => {
      expect(searchKey('القـــرار')).toBe('قرار');
      expect(searchKey('تـنـفـيـذ')).toBe('تنفيذ');
    });

    it('reads presentation forms as the base letters, ligatures included', () => {
      expect(searchKey('\uFEEB')).toBe('ه');
      expect(searchKey('\uFE8D\uFEDF\uFED8\uFEAE\uFE8D\uFEAD')).toBe('قرار'); // ﺍﻟﻘﺮﺍﺭ
      expect(searchKey('\uFEFB')).toBe('لا'); // ﻻ
      expect(searchKey('\uFEF9\uFECB\uFEE0\uFE8E\uFEE5')).toBe(searchKey('لإعلان')); // ﻹﻋﻠﺎﻥ
    });

    it('finds a word with or without the article and the proclitics before it', () => {
      for (const written of ['القرار', 'بالقرار', 'والقرار', 'فالقرار', 'كالقرار', 'للقرار', 'وبالقرار', 'فبالقرار', 'وللقرار', 'قرار']) {
        expect(searchKey(written)).toBe('قرار');
        expect(findsWord(`وإذ يذكّر ${written} 73`, 'قرار')).toBe(true);
        expect(findsWord('بالقرار 73 (مينيابوليس، 1998)', written)).toBe(true);
      }
    });

    it('keeps words that only begin like the article', () => {
      expect(searchKey('إلى')).toBe('الي');
      expect(searchKey('إلا')).toBe('الا');
      expect(searchKey('بالغ')).toBe('بالغ');
      expect(searchKey('لله')).toBe('لله');
    });

    it('reads Arabic-Indic and Eastern Arabic-Indic digits as 0-9', () => {
      expect(searchKey('القرار ١٣٣٤ (المعدَّل في ٢٠٢٣)')).toBe('قرار 1334 معدل في 2023');
      expect(searchKey('۲۰۲۵')).toBe('2025');
      expect(findsWord('القرار ١٣٣٤', '1334')).toBe(true);
      expect(findsWord('القرار 1334', '١٣٣٤')).toBe(true);
      expect(finds('القرار 70/125', '٧٠/١٢٥')).toBe(true);
    });

    it('finds a word inside a longer one and a phrase across words', () => {
      expect(finds('الاستعراض الشامل', 'استعرا')).toBe(true);
      expect(findsWord('يقرر أن يكلف الأمين العام', 'الامين العام')).toBe(true);
      expect(findsWord('يقرر أن يكلف الأمين العام', 'أمين عام')).toBe(true);
      expect(finds('يقرر أن يكلف الأمين العام', 'العام الأمين')).toBe(false);
    });

    it('keys a word the same whatever tashkeel and tatweel are written in it', () => {
      const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
      const invisible = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640', '\u0670'];
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...letters), fc.array(fc.constantFrom(...invisible), { maxLength: 2 })), {
            minLength: 1,
            maxLength: 8,
          }),
          (word) => {
            const bare = word.map(([letter]) => letter).join('');
            const decorated = word.map(([letter, marks]) => letter + marks.join('')).join('');
            expect(searchKey(decorated)).toBe(searchKey(bare));
            expect(searchKey(`ال${decorated}`)).toBe(searchKey(`ال${bare}`));
          },
        ),
      );
    });
  });

  describe('Latin and Cyrillic', () => {
    it('ignores case and accents: "resolution" finds "Résolution"', () => {
      expect(searchKey('Résolution')).toBe('resolution');
      expect(findsWord('Projet de Résolution', 'resolution')).toBe(true);
      expect(findsWord('Projet de resolution', 'RÉSOLUTION')).toBe(true);
      expect(searchKey('ÉCONOMIQUE Développement año')).toBe('economique developpement ano');
      expect(searchKey('e\u0301conomique')).toBe('economique');
    });

    it('folds ligatures and letters without a decomposition', () => {
      expect(searchKey('ﬁnal Straße œuvre Æsop Łódź Øresund')).toBe('final strasse oeuvre aesop lodz oresund');
    });

    it('ignores case in Cyrillic, reads ё as е and keeps й a letter of its own', () => {
      expect(searchKey('РЕЗОЛЮЦИЯ Резолюция')).toBe('резолюция резолюция');
      expect(findsWord('Всемирная встреча на высшем уровне по вопросам информационного общества', 'ВСТРЕЧА')).toBe(true);
      expect(searchKey('Ёлка')).toBe('елка');
      expect(searchKey('Йемен')).toBe('йемен');
      expect(searchKey('мой')).not.toBe(searchKey('мои'));
    });

    it('separates words at punctuation and symbols, so symbols are found by their parts', () => {
      expect(searchKey('C26/12(Rev.1)-E')).toBe('c26 12 rev 1 e');
      expect(searchKey('WSIS+20')).toBe('wsis 20');
      expect(findsWord('Document C26/12(Rev.1)-E', 'c26/12')).toBe(true);
      expect(findsWord('Document C26/12(Rev.1)-E', 'C26-12 rev')).toBe(true);
      expect(finds('Document C26/12(Rev.1)-E', 'C26/1')).toBe(true);
      expect(findsWord('Document C26/12(Rev.1)-E', 'C26/1')).toBe(false);
      expect(searchKey("ITU's role")).toBe('itu s role');
    });

    it('reads a Cyrillic А typed inside a symbol as the Latin A', () => {
      expect(searchKey('\u0410/70/125')).toBe(searchKey('A/70/125'));
    });
  });

  describe('Chinese', () => {
    it('makes each character a unit, so a query is a phrase of characters found inside longer words', () => {
      expect(searchKey('信息社会世界峰会')).toBe('信 息 社 会 世 界 峰 会');
      expect(findsWord('信息社会世界峰会成果的落实情况', '世界峰会')).toBe(true);
      expect(finds('信息社会世界峰会成果的落实情况', '峰会世界')).toBe(false);
      expect(searchQuery('信息社会').terms).toEqual(['信 息 社 会']);
    });

    it('separates at Chinese punctuation and reads full-width digits and letters', () => {
      expect(searchKey('决议，２０２５年ＷＳＩＳ')).toBe('决 议 2025 年 wsis');
    });

    it('keeps a run of characters as one term beside the other words of a query', () => {
      expect(searchQuery('WSIS 信息社会 2025')).toEqual({
        key: 'wsis 信 息 社 会 2025',
        units: ['wsis', '信', '息', '社', '会', '2025'],
        terms: ['wsis', '信 息 社 会', '2025'],
      });
    });
  });

  describe('units and matches', () => {
    it('remembers where each word stands, its diacritics included', () => {
      const text = 'وإذ يذكّر أيضاً،';
      expect(searchUnits(text).map((u) => [u.key, text.slice(u.start, u.end)])).toEqual([
        ['واذ', 'وإذ'],
        ['يذكر', 'يذكّر'],
        ['ايضا', 'أيضاً'],
      ]);
    });

    it('keys each word as the slice it comes from', () => {
      const alphabet = [...'abcé ÉZ.,-/+1٣ابةىأالقرـَّ ', '信', '息'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
          const text = chars.join('');
          const key = searchKey(text);
          expect(key).not.toMatch(/^ | $| {2}/u);
          for (const unit of searchUnits(text)) expect(searchKey(text.slice(unit.start, unit.end))).toBe(unit.key);
        }),
      );
    });

    it('has nothing to search for in punctuation alone', () => {
      expect(searchQuery(' ؛ , — ! ').key).toBe('');
      expect(searchQuery('').terms).toEqual([]);
    });

    it('highlights the words a phrase stands in, in their original spelling', () => {
      expect(highlighted('يقرر أن يكلف الأمين العام بأن يقدّم تقريراً إلى الأمين العام', 'أمين عام')).toEqual([
        'الأمين العام',
        'الأمين العام',
      ]);
      expect(highlighted('to take all possible measures', 'possib')).toEqual(['possible']);
      expect(highlighted('信息社会世界峰会', '世界')).toEqual(['世界']);
    });

    it('highlights each term when the query does not stand as a phrase', () => {
      expect(highlighted('Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference', 'conference resolution')).toEqual([
        'Resolution',
        'Conference',
      ]);
    });
  });
});
