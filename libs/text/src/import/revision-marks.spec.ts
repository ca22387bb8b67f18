import { readFixture } from './fixtures/seeds';
import { findRevisionTraces } from './revision-marks';

describe('findRevisionTraces', () => {
  it.each([
    ['(دبي، 2014بوينس آيرس، 2017)', '2014بوينس', 'a number runs into a word'],
    ['(جنيف، 20122015) لجمعية', '20122015)', 'two years run together'],
    ['لعام 2014 2018 فيما', '2014 2018', 'two years stand side by side'],
    ['كشريك،؛', 'كشريك،؛', 'two clause marks stand side by side'],
    ['للمجلس،مع أخذ', 'للمجلس،مع', 'a clause mark runs into a word'],
  ])('sees the trace in %j', (line, excerpt, what) => {
    expect(findRevisionTraces(line)).toEqual([{ excerpt, what }]);
  });

  it('sees none in a text whose revision marks were not lost', () => {
    const lines = readFixture('itu-council-res1334-mod2023.ar.txt').replace(/\u00A0/gu, ' ').split('\n');
    expect(lines.flatMap(findRevisionTraces)).toEqual([]);
  });

  it('leaves ranges, symbols and action lines alone', () => {
    expect(findRevisionTraces('(2005-2003) A/70/125 جيم2 2021/28، 2020/212 (2015-2025)')).toEqual([]);
  });
});
