import { alignSequences } from './sequence-alignment';
import { lengthDeviation, medianRatio, numberDifference, textCues } from './text-cues';

describe('textCues', () => {
  it('reads Eastern Arabic digits as the Western ones a translation prints', () => {
    expect(textCues('القرار ١٣٣٤ (المعدَّل في ٢٠٢٣)').numbers).toEqual(textCues('Resolution 1334 (Modified 2023)').numbers);
  });

  it('keeps the numbers of a document symbol and reads grouped thousands as one number', () => {
    expect(textCues('A/RES/78/132 and 1 000 and 1,000 and 2022, 2023').numbers).toEqual(['1000', '1000', '132', '2022', '2023', '78']);
  });

  it('counts letters and digits, not spaces, punctuation or harakat', () => {
    expect(textCues('إذ يذكّر، بالقرار 73؛').length).toBe(textCues('إذ يذكر بالقرار 73').length);
    expect(textCues('忆及，第73号决议；').length).toBe(8);
  });
});

describe('numberDifference', () => {
  it('is 0 for the same numbers in any order, 1 for none shared, between for some', () => {
    expect(numberDifference(textCues('2030 and 70/1'), textCues('70/1 ... 2030'))).toBe(0);
    expect(numberDifference(textCues('2030'), textCues('2031'))).toBe(1);
    expect(numberDifference(textCues('70/1 2030'), textCues('70/1 2031'))).toBe(0.5);
  });
});

describe('lengthDeviation and medianRatio', () => {
  it('measures a pair against the document ratio, not against equal lengths', () => {
    expect(lengthDeviation(300, 120, 0.4)).toBeCloseTo(0);
    expect(lengthDeviation(300, 240, 0.4)).toBeGreaterThan(Math.log(1.8));
  });

  it('takes the median of pairs long enough to tell', () => {
    expect(
      medianRatio([
        [100, 40],
        [200, 90],
        [300, 300],
        [5, 50],
      ]),
    ).toBeCloseTo(0.45);
    expect(medianRatio([[5, 50]])).toBeUndefined();
  });
});

describe('alignSequences', () => {
  const byValue = (a: number[], b: number[]) => alignSequences(a.length, b.length, 2, 2, (i, j) => (a[i] === b[j] ? 0 : 3));

  it('leaves a missing item alone and keeps the later ones in their pairs', () => {
    expect(byValue([1, 2, 3, 4], [1, 2, 4])).toEqual([{ ours: 0, theirs: 0 }, { ours: 1, theirs: 1 }, { ours: 2 }, { ours: 3, theirs: 2 }]);
  });

  it('leaves an added item alone, and aligns empty lists to nothing', () => {
    expect(byValue([1, 2], [1, 9, 2])).toEqual([{ ours: 0, theirs: 0 }, { theirs: 1 }, { ours: 1, theirs: 2 }]);
    expect(byValue([], [])).toEqual([]);
    expect(byValue([1], [])).toEqual([{ ours: 0 }]);
  });
});
