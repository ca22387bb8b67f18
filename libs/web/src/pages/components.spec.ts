import { bidi, bidiText } from './components';

describe('isolating a run of the other direction', () => {
  it('isolates a name in a bdi element, and a symbol in one kept on one line', () => {
    expect(bidi('Council Working Group on WSIS').markup).toBe('<bdi>Council Working Group on WSIS</bdi>');
    expect(bidi('C26/WG-WSIS/12', 'symbol').markup).toBe('<bdi class="symbol">C26/WG-WSIS/12</bdi>');
    expect(bidi('<b>x</b>', 'symbol').markup).toBe('<bdi class="symbol">&lt;b&gt;x&lt;/b&gt;</bdi>');
  });

  it('isolates text that cannot carry markup between FSI and PDI', () => {
    expect(bidiText('Arab Republic of Egypt')).toBe('\u2068Arab Republic of Egypt\u2069');
  });
});
