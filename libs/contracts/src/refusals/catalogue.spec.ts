import { REFUSALS, REFUSAL_AREAS, RefusalKey, nestedMessage, renderRefusal } from './catalogue';
import { joinList, refusalLanguageOf } from './render';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
const keys = Object.keys(REFUSALS) as RefusalKey[];

/** A value for each placeholder, as the domain gives it: codes where the catalogue names terms, words as printed elsewhere. */
function sampleParams(key: RefusalKey): Record<string, string | number | readonly string[]> {
  const samples: Record<string, string | number | readonly string[]> = {
    phase: 'negotiation',
    fromPhase: 'drafting',
    nextPhase: 'open-for-contributions',
    toPhase: 'adoption',
    language: 'fr',
    originalLanguage: 'en',
    languages: ['fr', 'ru'],
    status: 'accepted-as-modified',
    statuses: ['agreed', 'bracketed'],
    kind: 'plenary',
    kinds: ['plenary', 'working-group'],
    field: 'wording',
    why: 'words-not-found',
    reasons: ['numbers', 'label'],
    roles: ['chair', 'secretariat'],
    action: 'modify',
    style: 'unga',
    originalStyle: 'itu',
    deadline: '2026-11-23T23:59:59Z',
    date: '2026-03-01',
    until: '2025-12-09T18:00:00-05:00',
  };
  return Object.fromEntries(placeholders(REFUSALS[key].en).map((name) => [name, samples[name] ?? `«${name} as printed»`]));
}

describe('the refusal catalogue', () => {
  it('defines each key in one area only', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(REFUSAL_AREAS)) {
      for (const key of Object.keys(messages)) {
        expect({ key, area: seen.get(key) ?? area }).toEqual({ key, area });
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(keys.length);
  });

  it.each(keys)('gives %s in English and Arabic, with the same placeholders', (key) => {
    const { en, ar } = REFUSALS[key];
    expect(en.trim()).not.toBe('');
    expect(ar.trim()).not.toBe('');
    expect(ar).toMatch(/\p{Script=Arabic}/u);
    expect(placeholders(ar)).toEqual(placeholders(en));
  });

  it.each(keys)('renders %s without leftover placeholders, codes or ids, in both languages', (key) => {
    for (const language of ['en', 'ar']) {
      const message = renderRefusal(key, sampleParams(key), language)!;
      expect(message).not.toMatch(/[{}]|…$|undefined|\[object/u);
      expect(message).not.toMatch(/\b(op|pre)-\d|open-for-contributions|accepted-as-modified|words-not-found/u);
    }
  });

  it('renders nested messages, lists and terms in the reader’s language', () => {
    const amendment = nestedMessage('amendment.described', {
      proposer: ['Egypt', 'Kenya'],
      action: 'suppress',
      provision: 'resolves to instruct the Secretary-General, 5',
    });
    const params = { amendment, status: 'rejected' };
    expect(renderRefusal('ruling.alreadyDecided', params, 'en')).toBe(
      "Egypt and Kenya's SUP of resolves to instruct the Secretary-General, 5 is already rejected",
    );
    expect(renderRefusal('ruling.alreadyDecided', params, 'ar')).toBe(
      'حذف resolves to instruct the Secretary-General, 5 المقترح من Egypt وKenya بُتّ فيه من قبل: مرفوض',
    );
    expect(renderRefusal('amendment.late', { phase: 'negotiation', deadline: '2026-11-23T23:59:59Z' }, 'ar')).toBe(
      'انقضى الموعد النهائي لمرحلة التفاوض في 2026-11-23 الساعة 23:59 بالتوقيت العالمي؛ لم تعد التعديلات تُقبل',
    );
  });

  it('falls back to English for a language it has no text in, and knows no unknown key', () => {
    expect(renderRefusal('consultation.closed', {}, 'fr')).toBe('the consultation is closed');
    expect(renderRefusal('no.such.key', {}, 'en')).toBeUndefined();
  });

  it('joins lists as each language does, with "or" for alternatives', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['أ', 'ب'], 'ar')).toBe('أ وب');
    expect(renderRefusal('access.needsRole', { roles: ['chair', 'secretariat'] }, 'en')).toBe(
      'this needs the role of a chair or the secretariat',
    );
  });

  it('reads Accept-Language for Arabic or English by quality, English otherwise', () => {
    expect(refusalLanguageOf('ar')).toBe('ar');
    expect(refusalLanguageOf('en-US,ar;q=0.9')).toBe('en');
    expect(refusalLanguageOf('fr,ar;q=0.5')).toBe('ar');
    expect(refusalLanguageOf('ar;q=0,en;q=0.2')).toBe('en');
    expect(refusalLanguageOf('de')).toBe('en');
    expect(refusalLanguageOf(undefined)).toBe('en');
  });
});
