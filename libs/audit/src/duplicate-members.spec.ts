import { firstDuplicateMember } from './duplicate-members';

describe('firstDuplicateMember', () => {
  it('finds no duplicate in objects whose names differ, however deep, and in arrays of objects of the same names', () => {
    expect(firstDuplicateMember('{"a":1,"b":{"a":2,"c":[{"a":3},{"a":4}]},"c":"\\"a\\":1,\\"a\\":2"}')).toBeUndefined();
    expect(firstDuplicateMember('[1,"x",{"k":[]},{"k":{}}]')).toBeUndefined();
  });

  it('names the path of the first member written twice, at any depth', () => {
    expect(firstDuplicateMember('{"a":1,"a":2}')).toBe('a');
    expect(firstDuplicateMember('{"event":{"payload":{"ruling":"accepted","x":[1,{"y":2}],"ruling":"rejected"}}}')).toBe(
      'event.payload.ruling',
    );
    expect(firstDuplicateMember('{"e":{"list":[{"k":1},{"k":1,"k":2}]}}')).toBe('e.list[1].k');
  });

  it('compares names as the strings they spell, escapes included', () => {
    expect(firstDuplicateMember('{"ruling":1,"rul\\u0069ng":2}')).toBe('ruling');
    expect(firstDuplicateMember('{"a\\"b":1,"a\\\\":2, "c" : {"d":1}, "a\\"b" :3}')).toBe('"a\\"b"');
  });
});
