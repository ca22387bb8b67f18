import { languageProfile } from '../languages';
import { readTextBody } from './text-body';

const lines = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
const en = languageProfile('en');

describe('readTextBody', () => {
  it('reads "i)" after "h)" as the ninth letter, but as a roman numeral after a colon', () => {
    const letters = 'abcdefgh'.split('').map((l) => `${l})\tclause ${l};`);
    const { sections } = readTextBody(lines('recalling', ...letters, 'i)\tninth clause;'), en, 'itu');
    expect(sections[0].provisions).toHaveLength(9);

    const sub = readTextBody(lines('recalling', 'a)\tthe following:', 'i)\tfirst;', 'ii)\tsecond,'), en, 'itu');
    expect(sub.sections[0].provisions).toHaveLength(1);
    expect(sub.sections[0].provisions[0].children.map((c) => c.text)).toEqual(['first;', 'second,']);
  });

  it('joins a line to the provision whose sentence it continues, and keeps an unlabelled new paragraph apart with a warning', () => {
    const { sections, warnings } = readTextBody(lines('resolves', '1\tto take all', 'possible measures;', 'to report back,'), en, 'itu');
    expect(sections[0].provisions.map((p) => p.text)).toEqual(['to take all possible measures;', 'to report back,']);
    expect(warnings).toEqual([{ line: 4, key: 'import.paragraph-without-label', params: {}, text: 'to report back,' }]);
  });

  it('joins a heading broken over two lines', () => {
    const { sections } = readTextBody(
      lines('instructs the Director of the', 'Telecommunication Development Bureau', '1\tto act;'),
      en,
      'itu',
    );
    expect(sections[0].heading).toBe('instructs the Director of the Telecommunication Development Bureau');
  });

  it('keeps a preamble heading that comes after the operative part in the operative part, warning about it and its lettered item', () => {
    const { sections, warnings } = readTextBody(lines('resolves', '1\tto act;', 'noting', 'a)\tsomething,'), en, 'itu');
    expect(sections.map((s) => s.part)).toEqual(['operative', 'operative']);
    expect(warnings.map((w) => [w.line, w.key, w.params])).toEqual([
      [3, 'import.preamble-heading-after-operative', {}],
      [4, 'import.label-kind-unexpected', { label: 'a)' }],
    ]);
  });
});
