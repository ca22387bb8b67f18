import { AMENDMENT_REFUSAL_MESSAGES_EN, UNEXPRESSED_MESSAGES_EN, applyAmendment, deriveAmendments } from '#libs/text';
import { englishResolution, resolution30 } from '../../../text/src/amend/testing/resolutions';
import { renderRefusal } from './catalogue';
import { textEngineRefusals } from './text-engine';

describe('the text engine’s refusals in the refusal catalogue', () => {
  it('has every key of the engine, in English exactly as the engine says it', () => {
    const engine: Record<string, string> = { ...AMENDMENT_REFUSAL_MESSAGES_EN, ...UNEXPRESSED_MESSAGES_EN };
    expect(Object.keys(textEngineRefusals).sort()).toEqual(Object.keys(engine).sort());
    for (const [key, text] of Object.entries(textEngineRefusals)) expect(text.en).toBe(engine[key]);
  });

  it('renders a domain refusal whose reason is the engine’s, in Arabic, the provision cited as printed', () => {
    const arabic = resolution30();
    const applied = applyAmendment(arabic, { kind: 'modify', provisionId: 'requests-pp', oldText: 'ليست هذه الصيغة', newText: 'x' });
    if (applied.ok) throw new Error('expected a refusal');
    const why = { key: applied.refusal.key, params: applied.refusal.params };
    const rendered = renderRefusal('amendment.doesNotApply', { provision: 'يطلب من الأمين العام', number: 2, why }, 'ar');
    expect(rendered).toBe(
      'لا ينطبق التعديل على يطلب من الأمين العام في النسخة 2: لم يعد يطلب من الأمين العام يُقرأ كما كان حين اقتُرح التعديل؛ انقل التعديل إلى صيغته الحالية',
    );
    expect(renderRefusal('amendment.doesNotApply', { provision: 'x', number: 2, why }, 'en')).toContain(applied.refusal.message);
  });

  it('names the parts of a resolution in the reader’s words', () => {
    const english = englishResolution();
    const applied = applyAmendment(english, {
      kind: 'addSection',
      sectionId: 'new',
      part: 'preamble',
      heading: 'x',
      position: { atEndOfPart: 'operative' },
    });
    if (applied.ok) throw new Error('expected a refusal');
    expect(renderRefusal(applied.refusal.key, applied.refusal.params, 'ar')).toBe('لا يمكن وضع جزء من الديباجة في آخر المنطوق');
    expect(renderRefusal(applied.refusal.key, applied.refusal.params, 'en')).toBe(
      'a section of the preamble cannot be placed at the end of the operative part',
    );
  });

  it('renders what a derivation cannot say in Arabic, the language and the section named in words', () => {
    const base = englishResolution();
    const revised = { ...base, language: 'fr' as const, operative: [{ ...base.operative[0] }, ...base.operative.slice(1)] };
    const notes = deriveAmendments(base, revised).unexpressed;
    const changed = notes.find((note) => note.code === 'language-changed')!;
    expect(changed.message).toBe('the language changed from English to French');
    expect(renderRefusal(changed.key, changed.params, 'ar')).toBe('تغيّرت اللغة من الإنكليزية إلى الفرنسية');
  });
});
