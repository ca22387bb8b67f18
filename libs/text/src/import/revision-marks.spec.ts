import { readFixture } from './fixtures/seeds';
import { findRevisionTraces } from './revision-marks';

describe('findRevisionTraces', () => {
  it.each([
    ['(دبي، 2014بوينس آيرس، 2017)', '2014بوينس', 'number-runs-into-word'],
    ['(جنيف، 20122015) لجمعية', '20122015)', 'years-run-together'],
    ['لعام 2014 2018 فيما', '2014 2018', 'years-side-by-side'],
    ['كشريك،؛', 'كشريك،؛', 'clause-marks-side-by-side'],
    ['للمجلس،مع أخذ', 'للمجلس،مع', 'clause-mark-runs-into-word'],
  ])('sees the trace in %j', (line, excerpt, kind) => {
    expect(findRevisionTraces(line)).toEqual([{ excerpt, kind }]);
  });

  it('sees none in a text whose revision marks were not lost', () => {
    const lines = readFixture('itu-council-res1334-mod2023.ar.txt')
      .replace(/\u00A0/gu, ' ')
      .split('\n');
    expect(lines.flatMap(findRevisionTraces)).toEqual([]);
  });

  it('leaves ranges, symbols and action lines alone', () => {
    expect(findRevisionTraces('(2005-2003) A/70/125 جيم2 2021/28، 2020/212 (2015-2025)')).toEqual([]);
  });
});
