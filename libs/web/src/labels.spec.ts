import { choiceLabel, printedLabels, provisionChoices } from './labels';
import { resolution1334, resolution1334English } from './testing/documents';

describe('labels in the interface', () => {
  it('letters choices in abjad order in Arabic, with the space the ITU prints after non-joining letters', () => {
    expect(Array.from({ length: 10 }, (_, i) => choiceLabel('ar', i))).toEqual([
      'أ )',
      'ب)',
      'ج)',
      'د )',
      'هـ )',
      'و )',
      'ز )',
      'ح)',
      'ط)',
      'ي)',
    ]);
  });

  it('letters choices a b c in English', () => {
    expect([0, 1, 2, 25].map((i) => choiceLabel('en', i))).toEqual(['a)', 'b)', 'c)', 'z)']);
  });

  it('lists the provisions of Resolution 1334 in reading order with their labels as printed and their section headings', () => {
    const choices = provisionChoices(resolution1334());
    expect(choices[0]).toMatchObject({ id: 'pre-1-1', label: 'أ )', heading: 'إذ يذكّر', part: 'preamble', depth: 0 });
    expect(choices.slice(0, 5).map((choice) => choice.label)).toEqual(['أ )', 'ب)', 'ج)', 'د )', 'هـ )']);
    const operative = choices.find((choice) => choice.id === 'op-1-1');
    expect(operative).toMatchObject({ label: '1', heading: 'يقرر أن يكلف الأمين العام', part: 'operative' });
    // The last item of each section is where "add at the end of the section" is offered.
    const ends = choices.filter((choice) => choice.lastOfSection);
    expect(new Set(ends.map((choice) => choice.sectionId)).size).toBe(ends.length);
    expect(ends.at(-1)).toBe(choices.at(-1));
  });

  it('gives the English excerpt English labels', () => {
    const labels = printedLabels(resolution1334English());
    expect([...labels.values()].slice(0, 3)).toEqual(['a)', 'b)', 'c)']);
  });
});
