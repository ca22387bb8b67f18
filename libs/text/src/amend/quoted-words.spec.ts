import { tokenTexts } from '../tokenize';
import { locateQuotedWords } from './quoted-words';

const O1 = 'to take all possible measures to encourage the full participation of all United Nations organizations;';

/** The words a located span covers, as the engine's tokens join them. */
function wordsAt(text: string, words: string, occurrence?: number): string {
  const located = locateQuotedWords(text, words, occurrence);
  if (!located.ok) throw new Error(`refused: ${located.refusal.code} ${located.refusal.message}`);
  return tokenTexts(text).slice(located.value.from, located.value.to).join('');
}

describe('locateQuotedWords', () => {
  it('finds words that occur once, without the client knowing the tokenizer', () => {
    expect(wordsAt(O1, 'full participation')).toBe('full participation');
    expect(wordsAt(O1, 'United Nations organizations;')).toBe('United Nations organizations;');
    const located = locateQuotedWords(O1, 'measures');
    expect(located).toEqual({ ok: true, value: { from: 8, to: 9 } });
  });

  it('takes the occurrence asked for when the words occur more than once', () => {
    const first = locateQuotedWords(O1, 'all', 1);
    const second = locateQuotedWords(O1, 'all', 2);
    expect(first.ok && second.ok && first.value.from < second.value.from).toBe(true);
    expect(wordsAt(O1, 'all United', 1)).toBe('all United');
  });

  it('refuses words that occur more than once without an occurrence, naming the words and the count', () => {
    expect(locateQuotedWords(O1, 'all')).toEqual({
      ok: false,
      refusal: {
        code: 'words-ambiguous',
        key: 'amendment.refused.wordsAmbiguous',
        params: { words: '“all”', count: 2 },
        message: 'the words “all” occur 2 times in the provision; say which occurrence (1 to 2)',
      },
    });
  });

  it('refuses words that are not there, and an occurrence beyond the last', () => {
    expect(locateQuotedWords(O1, 'all stakeholders')).toEqual({
      ok: false,
      refusal: {
        code: 'words-not-found',
        key: 'amendment.refused.wordsNotFound',
        params: { words: '“all stakeholders”' },
        message: 'the words “all stakeholders” are not in the provision',
      },
    });
    expect(locateQuotedWords(O1, 'all', 3)).toEqual({
      ok: false,
      refusal: {
        code: 'words-not-found',
        key: 'amendment.refused.noSuchOccurrence',
        params: { words: '“all”', count: 2, occurrence: 3 },
        message: 'the words “all” occur 2 time(s) in the provision; there is no occurrence 3',
      },
    });
    expect(locateQuotedWords(O1, '   ')).toMatchObject({ ok: false, refusal: { code: 'words-not-found' } });
  });

  it('cites the provision the words were looked for in, when told which', () => {
    expect(locateQuotedWords(O1, 'all', undefined, 'op-1-1')).toMatchObject({ ok: false, refusal: { provisionId: 'op-1-1' } });
  });

  it('names whole words only: part of a word is not an occurrence', () => {
    expect(locateQuotedWords(O1, 'organization')).toMatchObject({ ok: false, refusal: { code: 'words-not-found' } });
    expect(locateQuotedWords(O1, 'ake all')).toMatchObject({ ok: false, refusal: { code: 'words-not-found' } });
    // "all" inside "all possible" and "all United": two whole-word occurrences, none inside another word.
    expect(locateQuotedWords('to install all', 'all')).toEqual({ ok: true, value: { from: 4, to: 5 } });
  });

  it('finds Arabic words and words quoted in another Unicode form', () => {
    const text = 'يقرر أن يكلف الأمين العام';
    expect(wordsAt(text, 'الأمين العام')).toBe('الأمين العام');
    expect(wordsAt(text, 'الأمين العام'.normalize('NFD'))).toBe('الأمين العام');
  });
});
