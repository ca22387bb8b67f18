import { splitLabel } from './line-label';

describe('splitLabel', () => {
  it('takes the text before the tab as the label when it reads as one', () => {
    expect(splitLabel(' أ )\tبالقرار 73')).toEqual({ raw: 'أ )', rest: 'بالقرار 73', tabLed: false });
    expect(splitLabel("'1'\tلخطوط العمل")).toEqual({ raw: "'1'", rest: 'لخطوط العمل', tabLed: false });
    expect(splitLabel('45\tبتشجيع')).toEqual({ raw: '45', rest: 'بتشجيع', tabLed: false });
  });

  it('finds labels followed by a space in hand-written clean text', () => {
    expect(splitLabel('1. Takes note;')).toEqual({ raw: '1.', rest: 'Takes note;', tabLed: false });
    expect(splitLabel('(a) To continue;')).toEqual({ raw: '(a)', rest: 'To continue;', tabLed: false });
    expect(splitLabel('b) the outcomes;')).toEqual({ raw: 'b)', rest: 'the outcomes;', tabLed: false });
  });

  it('marks a line that opens with a tab and no label as a list item whose marker was lost', () => {
    expect(splitLabel('\tمنتدى القمة')).toEqual({ raw: '', rest: 'منتدى القمة', tabLed: true });
  });

  it('leaves lines without a label whole, even when they open with a number or a short word', () => {
    expect(splitLabel('أولاً\tمقدمة').raw).toBe('');
    expect(splitLabel('2022 قرر المؤتمر').raw).toBe('');
    expect(splitLabel('(2005-2003) والحدث').raw).toBe('');
    expect(splitLabel('WSIS) والحدث').raw).toBe('');
  });
});
