import { headingPart } from '../import/headings';
import type { LanguageCode } from '../model';
import { readFixture } from '../import/fixtures/seeds';
import { detectLanguage, languageProfile, languageProfiles } from '.';

const codes = Object.keys(languageProfiles) as LanguageCode[];

describe('language profiles', () => {
  it.each(codes)('%s: letters are distinct and every label-relevant list is filled', (code) => {
    const profile = languageProfile(code);
    expect(new Set(profile.letters).size).toBe(profile.letters.length);
    expect(profile.letters.length).toBeGreaterThanOrEqual(26);
    expect(profile.preambleOpeners.length).toBeGreaterThan(0);
    expect(profile.operativeOpeners.length).toBeGreaterThan(0);
    for (const [field, words] of Object.entries(profile.keywords)) expect([field, words.length > 0]).toEqual([field, true]);
    for (const name of codes) expect(profile.languageNames[name].length).toBeGreaterThan(0);
    expect(profile.months).toHaveLength(12);
  });

  it.each(codes)('%s: recognises each of its own ITU headings as a heading of the right part', (code) => {
    const profile = languageProfile(code);
    for (const heading of profile.headings.preamble) expect([heading, headingPart(heading, profile)]).toEqual([heading, 'preamble']);
    for (const heading of profile.headings.operative) expect([heading, headingPart(heading, profile)]).toEqual([heading, 'operative']);
  });

  it('has the Arabic abjad order of the seeds', () => {
    expect(languageProfile('ar').letters.slice(0, 10).join(' ')).toBe('أ ب ج د هـ و ز ح ط ي');
  });
});

describe('detectLanguage', () => {
  it('detects Arabic in the seeds despite their Latin symbols', () => {
    expect(detectLanguage(readFixture('wtdc17-23-rcc-rev-res30.ar.txt'))).toBe('ar');
    expect(detectLanguage(readFixture('sg-report-wsis20-roadmap.ar.txt'))).toBe('ar');
  });

  it('detects Russian, Chinese and, among Latin scripts, English, French and Spanish', () => {
    expect(detectLanguage('напоминая о Резолюции 140 (WSIS)')).toBe('ru');
    expect(detectLanguage('忆及 WSIS 成果')).toBe('zh');
    expect(detectLanguage('recalling the outcomes of the World Summit on the Information Society')).toBe('en');
    expect(detectLanguage("rappelant les résultats du Sommet mondial sur la société de l'information")).toBe('fr');
    expect(detectLanguage('recordando los resultados de la Cumbre Mundial sobre la Sociedad de la Información')).toBe('es');
  });
});
