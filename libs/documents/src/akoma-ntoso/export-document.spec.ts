import { ResolutionDocument, applyAmendment } from '#libs/text';
import { bareContext } from './context';
import { exportAkomaNtoso } from './export-document';
import { AkomaNtosoFormatError, importAkomaNtoso } from './import-document';
import { negotiationContext } from './testing/sample-files';
import { ReadElement, childElements, readXml, textContent } from './xml-reader';

function provision(id: string, text: string, extra: Partial<ResolutionDocument['operative'][number]['provisions'][number]> = {}) {
  return { id, text, children: [], footnotes: [], ...extra };
}

/** A small Arabic ITU resolution: five lettered recitals, two numbered operative items. */
const arabic: ResolutionDocument = {
  language: 'ar',
  style: 'itu',
  title: 'القرار 1334',
  body: 'إن مجلس الاتحاد الدولي للاتصالات،',
  preamble: [
    { id: 'pre-1', heading: 'إذ يذكّر', provisions: ['أ', 'ب', 'ج', 'د', 'هـ'].map((w, i) => provision(`pre-1-${i + 1}`, `بالقرار ${w}؛`)) },
  ],
  operative: [
    {
      id: 'op-1',
      heading: 'يقرر أن يكلف الأمين العام',
      provisions: [
        provision('op-1-1', 'بأن يقدم تقريراً سنوياً إلى المجلس؛', { footnotes: [{ id: 'fn-a', text: 'انظر الوثيقة C23/71.', anchor: 2 }] }),
        provision('op-1-2', 'بأن يكون [مفتوحاً لجميع أصحاب المصلحة] [حكومياً دولياً]؛'),
      ],
    },
  ],
  metadata: { symbol: 'C23/71-A', adoption: 'اعتُمد في الجلسة العامة السادسة' },
};

function all(node: ReadElement, name: string): ReadElement[] {
  return childElements(node).flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

function byEid(root: ReadElement, eId: string): ReadElement {
  const found = findEid(root, eId);
  if (!found) throw new Error(`no element ${eId}`);
  return found;
}

function findEid(node: ReadElement, eId: string): ReadElement | undefined {
  if (node.attributes.eId === eId) return node;
  for (const child of childElements(node)) {
    const found = findEid(child, eId);
    if (found) return found;
  }
  return undefined;
}

function num(root: ReadElement, eId: string): string {
  return textContent(childElements(byEid(root, eId), 'num')[0] ?? '');
}

describe('exportAkomaNtoso', () => {
  const root = readXml(exportAkomaNtoso(arabic, negotiationContext));

  it('letters Arabic recitals in abjad order, as printed', () => {
    expect(['pre-1-1', 'pre-1-2', 'pre-1-3', 'pre-1-4', 'pre-1-5'].map((id) => num(root, `recital_${id}`))).toEqual([
      'أ )',
      'ب)',
      'ج)',
      'د )',
      'هـ )',
    ]);
    expect(textContent(all(root, 'recitals')[0].children.find((c) => typeof c !== 'string' && c.name === 'heading')!)).toBe('إذ يذكّر');
  });

  it('keeps every eId when a provision is inserted before the others and the labels change', () => {
    const inserted = applyAmendment(arabic, { kind: 'add', newId: 'pre-1-0', position: { before: 'pre-1-1' }, text: 'بالقرار الجديد؛' });
    if (!inserted.ok) throw new Error(inserted.refusal.message);
    const after = readXml(exportAkomaNtoso(inserted.value, negotiationContext));
    expect(num(after, 'recital_pre-1-0')).toBe('أ )');
    expect(num(after, 'recital_pre-1-1')).toBe('ب)');
    expect(num(after, 'recital_pre-1-5')).toBe('و )');
  });

  it('puts a footnote as an authorialNote right after the word its marker follows', () => {
    const p = childElements(childElements(byEid(root, 'para_op-1-1'), 'content')[0], 'p')[0];
    expect(typeof p.children[0]).toBe('string');
    expect(p.children[0]).toBe('بأن يقدم');
    const note = p.children[1] as ReadElement;
    expect(note.name).toBe('authorialNote');
    expect(note.attributes).toMatchObject({ eId: 'authorialNote_fn-a', marker: '1' });
    expect(textContent(note)).toBe('انظر الوثيقة C23/71.');
  });

  it('marks the second bracketed alternative as an alternative to the first', () => {
    const first = byEid(root, 'para_op-1-2__brackets_1__alt_1');
    const second = byEid(root, 'para_op-1-2__brackets_1__alt_2');
    expect(textContent(first)).toBe('[مفتوحاً لجميع أصحاب المصلحة]');
    expect(second.attributes.alternativeTo).toBe('para_op-1-2__brackets_1__alt_1');
    expect(first.attributes.alternativeTo).toBeUndefined();
  });

  it('identifies the work, the Arabic expression and the file, with an event per registration and adoption and a step per decision', () => {
    const meta = all(root, 'meta')[0];
    expect(all(meta, 'FRBRlanguage')[0].attributes.language).toBe('ar');
    expect(all(meta, 'FRBRuri').map((uri) => uri.attributes.value)).toEqual([
      '/akn/un/statement/resolution/itu-council/2026-03-02/c23-71-a',
      '/akn/un/statement/resolution/itu-council/2026-03-02/c23-71-a/ara@2026-06-12',
      '/akn/un/statement/resolution/itu-council/2026-03-02/c23-71-a/ara@2026-06-12.akn',
    ]);
    expect(all(meta, 'eventRef').map((event) => [event.attributes.date, event.attributes.type])).toEqual([
      ['2026-03-02', 'generation'],
      ['2026-06-12', 'amendment'],
    ]);
    expect(all(meta, 'step').map((step) => [step.attributes.by, step.attributes.outcome])).toEqual([
      ['#chair-1', '#concept_accepted'],
      ['#chair-1', '#concept_rejected'],
      ['#chair-1', undefined],
    ]);
    expect(all(meta, 'TLCPerson').map((person) => person.attributes.showAs)).toEqual(['Chair of CWG-WSIS&SDG']);
    expect(all(meta, 'TLCOrganization').map((organization) => organization.attributes.showAs)).toEqual([
      'Consultation ledger',
      'ITU Council',
      'Egypt',
      'RCC member states',
    ]);
  });

  it('prints the title and the symbol in the preface and the adoption line in the conclusions', () => {
    expect(textContent(all(root, 'docTitle')[0])).toBe('القرار 1334');
    expect(textContent(all(root, 'docNumber')[0])).toBe('C23/71-A');
    expect(textContent(all(root, 'conclusions')[0]).trim()).toBe('اعتُمد في الجلسة العامة السادسة');
  });
});

describe('importAkomaNtoso', () => {
  it('refuses a file that declares a document type, so no entity is ever expanded', () => {
    const xml = exportAkomaNtoso(arabic, bareContext('d', '2026-01-01')).replace(
      '<akomaNtoso',
      '<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<akomaNtoso',
    );
    expect(() => importAkomaNtoso(xml)).toThrow(AkomaNtosoFormatError);
  });

  it('refuses XML that is not an Akoma Ntoso statement, naming what is wrong', () => {
    expect(() => importAkomaNtoso('<akomaNtoso><act/></akomaNtoso>')).toThrow('akomaNtoso: statement is missing');
    expect(() => importAkomaNtoso('<akomaNtoso><statement>')).toThrow(AkomaNtosoFormatError);
  });
});
