import { firstDuplicateKey, firstRepeatedField } from './duplicate-keys';
import { checkRawJsonBody } from './raw-body';

const scan = (text: string) => firstDuplicateKey(Buffer.from(text));

describe('repeated keys in JSON objects', () => {
  it('accept objects whose keys are all different, and the same key in different objects', () => {
    expect(scan('{"title":"x","body":"y","restricted":false}')).toBeUndefined();
    expect(scan('{"a":{"a":{"a":1}},"b":{"a":2}}')).toBeUndefined();
    expect(scan('[{"id":"1"},{"id":"2"},{"id":"3"}]')).toBeUndefined();
    expect(scan('{"a":[{"a":1,"b":2},{"a":1,"b":2}],"b":[]}')).toBeUndefined();
    expect(scan('"a string"')).toBeUndefined();
    expect(scan('{}')).toBeUndefined();
  });

  it('refuse the last-one-wins flag, naming the key and where the repetition starts', () => {
    const body = '{"restricted":true,"title":"x","restricted":false}';
    expect(scan(body)).toEqual({ key: 'restricted', path: 'restricted', offset: body.lastIndexOf('"restricted"') });
  });

  it('compare keys after unescaping: "a" and "\\u0061" are one key', () => {
    expect(scan('{"a":1,"\\u0061":2}')).toMatchObject({ key: 'a', path: 'a' });
    expect(scan('{"title":"\\u202e...","t\\u0069tle":"fine"}')).toMatchObject({ key: 'title' });
    expect(scan('{"a\\"b":1,"a\\u0022b":2}')).toMatchObject({ key: 'a"b' });
    expect(scan('{"\\ud83d\\ude00":1,"😀":2}')).toMatchObject({ key: '😀' });
    // A backslash escape is not the same key as its letters.
    expect(scan('{"a\\\\":1,"a":2}')).toBeUndefined();
  });

  it('find repetitions in nested objects and in objects inside arrays, with their JSON path', () => {
    expect(scan('{"substance":{"kind":"report","text":"r","kind":"amendments"}}')).toMatchObject({ key: 'kind', path: 'substance.kind' });
    expect(
      scan('{"substance":{"amendments":[{"operation":{"kind":"add"}},{"operation":{"kind":"add","kind":"suppress"}}]}}'),
    ).toMatchObject({
      key: 'kind',
      path: 'substance.amendments[1].operation.kind',
    });
    expect(scan('[[1,2],[{"x":1}],{"y":[{},{"z":1,"z":2}]}]')).toMatchObject({ path: '[2].y[1].z' });
  });

  it('do not mistake strings that look like keys, in values or in other strings, for keys', () => {
    expect(scan('{"a":"a","b":"\\"a\\":1,\\"a\\":2"}')).toBeUndefined();
    expect(scan('{"a":["a","a",{"b":"a"}],"c":"{\\"a\\":1}"}')).toBeUndefined();
    expect(scan('{"text":"x,\\"text\\":y","other":"}{,"}')).toBeUndefined();
    expect(scan('["a","a","a"]')).toBeUndefined();
  });

  it('leave text that is not JSON to the parser', () => {
    expect(scan('{"a":1,"a')).toBeUndefined();
    expect(scan('{"\\u00zz":1,"\\u00zz":2}')).toBeUndefined();
  });

  it('are refused by the raw body checks before parsing', () => {
    expect(checkRawJsonBody(Buffer.from('{"title":"x","restricted":true,"restricted":false}'), 32)).toMatchObject({
      code: 'duplicate-key',
      key: 'restricted',
      path: 'restricted',
      message: expect.stringContaining('"restricted"'),
    });
    expect(checkRawJsonBody(Buffer.from('{"title":"x","restricted":true}'), 32)).toBeUndefined();
  });

  it('scan a large body in one pass', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `{"id":"${i}","text":"t"}`).join(',');
    const started = Date.now();
    expect(scan(`{"items":[${items}]}`)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('repeated form fields', () => {
  it('are refused unless the form gathers them', () => {
    const repeatable = new Set(['coSponsors']);
    expect(firstRepeatedField(['to', '_csrf', 'coSponsors', 'coSponsors'], repeatable)).toBeUndefined();
    expect(firstRepeatedField(['to', '_csrf', 'to'], repeatable)).toBe('to');
  });
});
