import { printedInProblem } from './printed-in.dto';

describe('printedIn on an adoption', () => {
  it('takes the designation, title and adoption line by UN language', () => {
    expect(
      printedInProblem({ ar: { number: 'القرار 1334 (المعدَّل في 2026)', adoptionLine: 'اعتُمد في الجلسة العامة السابعة' } }),
    ).toBeUndefined();
  });

  it('refuses another language code, an unknown field, an empty entry and a bidi control', () => {
    expect(printedInProblem({ de: { number: 'Resolution 1334' } })).toMatch(/de is not a UN language/);
    expect(printedInProblem({ ar: { symbol: 'x' } })).toMatch(/ar\.symbol is not number, title or adoptionLine/);
    expect(printedInProblem({ ar: {} })).toMatch(/ar gives nothing/);
    expect(printedInProblem({ ar: { number: 'القرار\u202e 1334' } })).toMatch(/^ar\.number /);
    expect(printedInProblem(['ar'])).toMatch(/object by language/);
  });
});
