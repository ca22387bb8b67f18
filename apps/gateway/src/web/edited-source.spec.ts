import { MAX_SOURCE_CHARACTERS, editedSource } from './edited-source';

describe('the whole text posted from the text area', () => {
  it('takes CRLF line ends as the importer reads lines, normalised to NFC and trimmed', () => {
    expect(editedSource('\r\n1\tيقرر\r\n2\te\u0301tudier\r\n')).toEqual({ source: '1\tيقرر\n2\t\u00e9tudier' });
  });

  it('refuses a bidirectional override through the input policy, naming the character', () => {
    const answer = editedSource('1\tجميع التدابير \u202Eالمناسبة');
    expect('problem' in answer && answer.problem).toContain('U+202E');
  });

  it('refuses an empty text and one longer than the API takes', () => {
    expect(editedSource(' \r\n\t ')).toEqual({ problem: 'empty' });
    expect(editedSource('a'.repeat(MAX_SOURCE_CHARACTERS + 1))).toEqual({ problem: 'too-long' });
    expect(editedSource('a'.repeat(MAX_SOURCE_CHARACTERS))).toEqual({ source: 'a'.repeat(MAX_SOURCE_CHARACTERS) });
  });
});
