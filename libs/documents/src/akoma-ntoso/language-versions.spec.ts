import { languageVersionFiles } from './testing/language-version-files';
import { ReadElement, childElements, readXml, textContent } from './xml-reader';

function all(node: ReadElement, name: string): ReadElement[] {
  return childElements(node).flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

function one(node: ReadElement, name: string): ReadElement {
  const [found] = all(node, name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const attributesOf = (node: ReadElement) => childElements(node).map((child) => [child.name, child.attributes]);

describe('a document in two languages as Akoma Ntoso', () => {
  const files = languageVersionFiles();
  const en = readXml(files.en);
  const ar = readXml(files.ar);
  const WORK = '/akn/un/statement/resolution/itu-council/2026-03-02/resolution-1500';

  it('identifies one work in both files, named by the original title', () => {
    expect(attributesOf(one(ar, 'FRBRWork'))).toEqual(attributesOf(one(en, 'FRBRWork')));
    expect(one(one(ar, 'FRBRWork'), 'FRBRuri').attributes.value).toBe(WORK);
    expect(one(one(ar, 'FRBRWork'), 'FRBRname').attributes.value).toBe('Resolution 1500 (Rev. 2026)');
  });

  it('gives each language its own expression and manifestation, carrying its language', () => {
    expect(one(one(en, 'FRBRExpression'), 'FRBRuri').attributes.value).toBe(`${WORK}/eng@2026-06-12`);
    expect(one(one(ar, 'FRBRExpression'), 'FRBRuri').attributes.value).toBe(`${WORK}/ara@2026-06-12`);
    expect(one(one(ar, 'FRBRManifestation'), 'FRBRuri').attributes.value).toBe(`${WORK}/ara@2026-06-12.akn`);
    expect(one(en, 'FRBRlanguage').attributes.language).toBe('en');
    expect(one(ar, 'FRBRlanguage').attributes.language).toBe('ar');
  });

  it('says the Arabic expression is a translation of the English, whose ids it shares', () => {
    expect(one(ar, 'FRBRmasterExpression').attributes.href).toBe(`${WORK}/eng@2026-06-12`);
    expect(one(ar, 'FRBRtranslation').attributes).toMatchObject({ href: `${WORK}/eng@2026-06-12`, fromLanguage: 'en' });
    expect(one(ar, 'original').attributes.href).toBe(`${WORK}/eng@2026-06-12`);
    expect(all(en, 'FRBRmasterExpression')).toEqual([]);
    expect(all(en, 'FRBRtranslation')).toEqual([]);
    expect(one(en, 'original').attributes.href).toBe(`${WORK}/eng@2026-06-12`);
  });

  it('keeps the eIds of the original and lists the provisions still in the original words', () => {
    const eIds = (root: ReadElement) => all(root, 'mainBody').flatMap((body) => all(body, 'paragraph').map((p) => p.attributes.eId));
    expect(eIds(en)).toEqual(['para_res-1', 'para_res-2']);
    expect(eIds(ar)).toEqual(eIds(en));
    expect(textContent(one(ar, 'preface'))).toContain('القرار 1500');
    expect(all(ar, 'ledger:provision').map((p) => p.attributes.id)).toEqual(['res-2']);
    expect(one(ar, 'ledger:awaitingTranslation').attributes.language).toBe('en');
    expect(files.ar).toContain('to report to the Council.');
  });
});
