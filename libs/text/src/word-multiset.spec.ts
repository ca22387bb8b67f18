import { missingWords, wordsOf } from './word-multiset';

describe('word multisets', () => {
  it('compares normalised words without punctuation and footnote marks', () => {
    expect(wordsOf('بالقرار\u00A073 (مينيابوليس، 1998)؛ Society,(1) Agenda;⁽²⁾ — CWG\u2011WSIS')).toEqual([
      'بالقرار',
      '73',
      'مينيابوليس',
      '1998',
      'Society',
      'Agenda',
      'CWG-WSIS',
    ]);
  });

  it('counts repeats: a word present once cannot stand for two', () => {
    expect(missingWords(['a', 'a', 'b'], ['a', 'b', 'c'])).toEqual(['a']);
    expect(missingWords(['a', 'b'], ['b', 'a', 'a'])).toEqual([]);
  });
});
