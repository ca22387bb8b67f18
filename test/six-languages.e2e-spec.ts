/**
 * Six languages, one text (issue 21), over the JSON API in the full mode: gateway, ledger and
 * projector as processes on a real Kafka and PostgreSQL. The ITU secretariat registers
 * Resolution 1334 in English, the negotiating language, and adds the Arabic, French and
 * Russian versions, previewing each alignment first (one French draft lacks a provision).
 * Kenya proposes amendments in English, Egypt one in Arabic against the Arabic version; the
 * chair rules in English, giving the English wording of Egypt's. Every change opens
 * translation tasks in the other versions, except where Egypt's own Arabic words stand;
 * side by side, English and Arabic match provision for provision. Adoption waits for the
 * translators, or names the language left behind: French is adopted provisionally and
 * aligned when its translator records the last wording. A search in any language answers
 * the provision in all of them; the next revision starts from the adopted text as published
 * in English and Arabic, and is adopted with the Arabic version in step.
 */
import { eventually } from './support/eventually';
import { Answer, expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import {
  EGYPT_WRITTEN_REPORT,
  EGYPT_WRITTEN_REPORT_IN_ENGLISH,
  HIGHEST_LEVEL_WORDS,
  KENYA_APPROPRIATE_MEASURES,
  KENYA_HIGHEST_LEVEL,
  REGISTERED,
  TRANSLATIONS,
  translationBody,
} from './support/six-languages-amendments';
import { ADOPTION, CONSULTATION, SITTING, STAKEHOLDERS, SixLanguagesNegotiation } from './support/six-languages-session';

/** How the adoption prints in Arabic, given by the chair; in French, recorded by its translator after. */
const ARABIC_ADOPTION = { number: 'القرار 1334 (المعدَّل في 2026)', adoptionLine: 'اعتُمد في الجلسة العامة السابعة' };
const FRENCH_DESIGNATION = 'RÉSOLUTION 1334 (MODIFIÉE EN 2026)';
const FRENCH_ADOPTION = {
  title: `${FRENCH_DESIGNATION} — ${REGISTERED.fr.title.split(' — ')[1]}`,
  adoptionLine: 'adoptée à la septième séance plénière',
};
const FRENCH_AWAITING = '[anglais seulement – en attente de traduction]';
import {
  ARABIC_SOURCE,
  ENGLISH_SOURCE,
  FRENCH_SOURCE,
  FRENCH_SOURCE_MISSING_RECALLING_C,
  FRENCH_SOURCE_WITH_EXTRA,
  ORIGINAL,
  PROVISION as P,
  RUSSIAN_SOURCE,
  SECTIONS as S,
  replaced,
  wordingIn,
} from './support/six-languages-texts';

/** A refusal as problem details (status and code), recording nothing; gives the problem to read its detail. */
function declined(step: string, answer: Answer, status: number, code: string): any {
  expectRefused(step, answer, status, code);
  return answer.json;
}

/** The document of a text answer: the interchange text (`text`) or the composed document (`document`). */
function documentOf(answer: any): { preamble: any[]; operative: any[] } {
  const doc = answer?.text?.preamble ? answer.text : answer?.document;
  if (!doc?.preamble) throw new Error(`no document in ${JSON.stringify(answer).slice(0, 300)}`);
  return doc;
}

/** The provisions whose right-hand cell is not in step with the original, sorted. */
const awaitingIn = (view: any): string[] =>
  view.rows
    .filter((r: any) => r.right.status !== 'in-step')
    .map((r: any) => r.id)
    .sort();

/** Labels compared as printed, whatever spacing a script puts before the bracket ("أ )"). */
const bare = (label: string) => label.replace(/\s+/gu, '');

describe('six languages, one text: a bilingual negotiation of Resolution 1334 through the JSON API, on Kafka and PostgreSQL', () => {
  const step = scenarioSteps();
  let n: SixLanguagesNegotiation;
  const amendment: Record<string, string> = {};

  beforeAll(async () => {
    n = await SixLanguagesNegotiation.start();
  }, 180_000);

  afterAll(async () => {
    await n?.stop();
  });

  const languageVersions = async () =>
    Object.fromEntries((await n.read(`/documents/${n.documentId}/language-versions`)).items.map((v: any) => [v.language, v]));
  const tasksIn = (language: string, status = 'open') =>
    n.read(`/documents/${n.documentId}/translation-tasks?language=${language}&status=${status}`).then((answer) => answer.items);

  step('the secretariat registers the stakeholders, the consultation and the English original of Resolution 1334', async () => {
    const { secretariat, chair } = n.as;
    for (const stakeholder of Object.values(STAKEHOLDERS))
      recorded(`register ${stakeholder.id}`, await secretariat.post('/api/v1/stakeholders', stakeholder));
    n.consultationId = recorded('the consultation', await secretariat.post('/api/v1/consultations', CONSULTATION)).id;
    for (const { id } of Object.values(STAKEHOLDERS))
      recorded(`admit ${id}`, await secretariat.post(`/api/v1/consultations/${n.consultationId}/participants`, { stakeholderId: id }));
    await n.until(`/consultations/${n.consultationId}`);
    n.documentId = recorded(
      'the English original',
      await secretariat.post(`/api/v1/consultations/${n.consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: ENGLISH_SOURCE,
        language: 'en',
        style: 'itu',
      }),
    ).id;
    recorded('open', await chair.post(`/api/v1/consultations/${n.consultationId}/phase`, { to: 'open-for-contributions' }), 200);
    const text = await n.until(`/documents/${n.documentId}/text`);
    expect(wordingIn(documentOf(text), P.allMeasures)).toBe(wordingIn(ORIGINAL, P.allMeasures));
  });

  step('previewing a French draft that lacks "c)" of "recalling" reports it missing, as printed, and records nothing', async () => {
    const before = await n.eventCount();
    const preview = recorded(
      'preview the French draft',
      await n.as.secretariat.post(
        n.document('/language-versions/preview'),
        { format: 'plain', text: FRENCH_SOURCE_MISSING_RECALLING_C },
        { 'accept-language': 'en' },
      ),
      200,
    );
    expect(preview).toMatchObject({ language: 'fr', matched: 9, provisions: 10 });
    expect(preview.findings).toHaveLength(1);
    const [missing] = preview.findings;
    expect(missing.kind).toBe('missing');
    // Cited as the original prints it, never by an id.
    expect(missing.citation).toBe('recalling, c)');
    expect(missing.message).toContain('recalling, c)');
    expect(missing.message).toContain('it will await translation');
    expect(missing.message).not.toContain(P.recallingC);
    const inArabic = recorded(
      'preview the French draft, read in Arabic',
      await n.as.secretariat.post(
        n.document('/language-versions/preview'),
        { format: 'plain', text: FRENCH_SOURCE_MISSING_RECALLING_C },
        { 'accept-language': 'ar' },
      ),
      200,
    );
    expect(inArabic.findings).toHaveLength(1);
    expect(inArabic.findings[0].message).toMatch(/[\u0600-\u06FF]/u);
    expect(inArabic.findings[0].message).not.toContain(P.recallingC);
    expect(await n.eventCount()).toBe(before);

    // A paragraph the original lacks has no place to go: recording that draft is refused, and nothing written.
    const refused = declined(
      'recording a French draft with a paragraph the original does not have',
      await n.as.secretariat.post(n.document('/language-versions'), { format: 'plain', text: FRENCH_SOURCE_WITH_EXTRA }),
      422,
      'invalid',
    );
    expect(refused.detail).toContain('publier leurs contributions');
    expect(refused.detail).not.toMatch(/\b(op|pre)-\d/u);
    expect(await n.eventCount()).toBe(before);
  });

  step('the Arabic, French and Russian versions preview in step with the original, and are recorded', async () => {
    for (const [language, text] of [
      ['ar', ARABIC_SOURCE],
      ['fr', FRENCH_SOURCE],
      ['ru', RUSSIAN_SOURCE],
    ] as const) {
      const preview = recorded(
        `preview ${language}`,
        await n.as.secretariat.post(n.document('/language-versions/preview'), { format: 'plain', text }),
        200,
      );
      expect(preview).toMatchObject({ language, matched: 10, provisions: 10, findings: [] });
      recorded(`record ${language}`, await n.as.secretariat.post(n.document('/language-versions'), { format: 'plain', text }));
    }
    declined(
      'the Arabic version a second time',
      await n.as.secretariat.post(n.document('/language-versions'), { format: 'plain', text: ARABIC_SOURCE }),
      409,
      'already-exists',
    );
    declined(
      'a delegation adding a language version',
      await n.as.egypt.post(n.document('/language-versions'), { format: 'plain', text: RUSSIAN_SOURCE }),
      403,
      'forbidden',
    );
    const versions = await n.until(`/documents/${n.documentId}/language-versions`, (answer) => expect(answer.items).toHaveLength(4));
    expect(versions.items.map((v: any) => [v.language, v.original, v.provisions, v.inStep, v.awaiting])).toEqual([
      ['en', true, 10, 10, 0],
      ...['ar', 'fr', 'ru'].map((language) => [language, false, 10, 10, 0]),
    ]);
  });

  step('Kenya proposes two amendments in English; Egypt one in Arabic, in the words of the Arabic version', async () => {
    const propose = async (name: string, by: 'kenya' | 'egypt', operation: unknown, extra: Record<string, unknown> = {}) => {
      amendment[name] = recorded(name, await n.as[by].post(n.document('/amendments'), { versionNumber: 1, operation, ...extra })).id;
    };
    await propose('kenya: appropriate measures', 'kenya', KENYA_APPROPRIATE_MEASURES);
    await propose('kenya: highest level', 'kenya', KENYA_HIGHEST_LEVEL);
    declined(
      'Arabic words proposed against the English original',
      await n.as.egypt.post(n.document('/amendments'), { versionNumber: 1, operation: EGYPT_WRITTEN_REPORT }),
      422,
      'invalid',
    );
    await propose('egypt: written report', 'egypt', EGYPT_WRITTEN_REPORT, { language: 'ar' });
    for (const id of Object.values(amendment)) await n.until(`/amendments/${id}`, (a) => expect(a.status).toBe('pending'));
  });

  step("the chair accepts Kenya's amendments, and Egypt's only once given its English wording", async () => {
    recorded('to negotiation', await n.as.chair.post(`/api/v1/consultations/${n.consultationId}/phase`, { to: 'negotiation' }), 200);
    const rule = (name: string, body: Record<string, unknown>) => n.as.chair.post(`/api/v1/amendments/${amendment[name]}/decision`, body);
    recorded('accept appropriate measures', await rule('kenya: appropriate measures', { ruling: 'accepted', ...SITTING }));
    recorded('accept highest level', await rule('kenya: highest level', { ruling: 'accepted', ...SITTING }));

    const before = await n.eventCount();
    const withoutRendering = declined(
      'accepting the Arabic amendment as proposed without its English wording',
      await rule('egypt: written report', { ruling: 'accepted', ...SITTING }),
      422,
      'invalid',
    );
    expect(withoutRendering.detail).toMatch(/Arabic/);
    expect(withoutRendering.detail).toMatch(/English/);
    expect(await n.eventCount()).toBe(before);

    recorded(
      "accept Egypt's amendment with its rendering",
      await rule('egypt: written report', { ruling: 'accepted', rendering: EGYPT_WRITTEN_REPORT_IN_ENGLISH, ...SITTING }),
    );
    const text = await n.until(`/documents/${n.documentId}/text`, (answer) =>
      expect(wordingIn(documentOf(answer), P.annualReport)).toBe(EGYPT_WRITTEN_REPORT_IN_ENGLISH.newText),
    );
    expect(wordingIn(documentOf(text), P.allMeasures)).toBe(KENYA_APPROPRIATE_MEASURES.newText);
    expect(wordingIn(documentOf(text), P.highestLevel)).toBe(HIGHEST_LEVEL_WORDS);
  });

  step('translation tasks are open in French and Russian for every change, citing the provision as each language prints it', async () => {
    for (const [language, heading, encourages] of [
      ['fr', 'décide de charger le Secrétaire général', 'encourage les États Membres à'],
      ['ru', 'решает поручить Генеральному секретарю', 'призывает Государства-Члены'],
    ] as const) {
      const tasks: any[] = await settled(
        () => tasksIn(language),
        (items) => expect(items).toHaveLength(3),
      );
      const byProvision = Object.fromEntries(tasks.map((t) => [t.provisionId, t]));
      expect(Object.keys(byProvision).sort()).toEqual([P.allMeasures, P.annualReport, P.highestLevel].sort());
      const measures = byProvision[P.allMeasures];
      expect(measures).toMatchObject({
        language,
        reason: 'changed',
        status: 'open',
        originalBefore: KENYA_APPROPRIATE_MEASURES.oldText,
        originalAfter: KENYA_APPROPRIATE_MEASURES.newText,
        currentWording: wordingIn(REGISTERED[language], P.allMeasures),
      });
      expect(measures.citation).toContain(heading);
      expect(measures.citation).toMatch(/(^|\s)1(\s|$)/u);
      expect(measures.originalCitation).toContain('resolves to instruct the Secretary-General');
      expect(measures.marked.html).toMatch(/<del[^>]*>[^<]*possible/u);
      expect(measures.marked.html).toMatch(/<ins[^>]*>[^<]*appropriate/u);
      expect(byProvision[P.annualReport]).toMatchObject({
        reason: 'changed',
        originalBefore: EGYPT_WRITTEN_REPORT_IN_ENGLISH.oldText,
        originalAfter: EGYPT_WRITTEN_REPORT_IN_ENGLISH.newText,
        currentWording: wordingIn(REGISTERED[language], P.annualReport),
      });
      const added = byProvision[P.highestLevel];
      expect(added).toMatchObject({ reason: 'added', originalAfter: HIGHEST_LEVEL_WORDS, status: 'open' });
      expect(added.currentWording).toBeUndefined();
      // The new paragraph is the second of its section in every script; "consult" becomes the third.
      expect(added.citation).toContain(encourages);
      expect(added.citation).toMatch(/(^|\s)2(\s|$)/u);
      for (const task of tasks) expect(JSON.stringify([task.citation, task.originalCitation])).not.toMatch(/op-\d|pre-\d/);
    }
  });

  step("the Arabic version took Egypt's own words: its tasks are for Kenya's changes only", async () => {
    const tasks: any[] = await tasksIn('ar');
    expect(tasks.map((t) => [t.provisionId, t.reason]).sort()).toEqual(
      [
        [P.allMeasures, 'changed'],
        [P.highestLevel, 'added'],
      ].sort(),
    );
    expect(tasks.find((t) => t.provisionId === P.allMeasures).citation).toContain('يقرر أن يكلف الأمين العام');
    const versions = await languageVersions();
    expect(versions.ar).toMatchObject({ provisions: 11, awaiting: 2, inStep: 9 });
    expect(versions.fr).toMatchObject({ provisions: 11, awaiting: 3, inStep: 8 });
    expect(versions.en).toMatchObject({ original: true, provisions: 11, awaiting: 0 });
  });

  step('side by side, English and Arabic match provision for provision, each labelled as its script prints it', async () => {
    const view = await n.read(`/documents/${n.documentId}/side-by-side?left=en&right=ar`);
    expect(view.left).toMatchObject({ language: 'en', direction: 'ltr' });
    expect(view.right).toMatchObject({ language: 'ar', direction: 'rtl' });
    expect(view.rows.map((r: any) => [r.kind, r.id])).toEqual([
      ['heading', S.recalling],
      ['provision', P.recallingA],
      ['provision', P.recallingB],
      ['provision', P.recallingC],
      ['heading', S.recallingFurther],
      ['provision', P.recallingFurtherA],
      ['provision', P.recallingFurtherB],
      ['heading', S.resolvesToInstruct],
      ['provision', P.allMeasures],
      ['provision', P.promoteOutcomes],
      ['provision', P.annualReport],
      ['heading', S.encourages],
      ['provision', P.contribute],
      ['provision', P.highestLevel],
      ['provision', P.consult],
    ]);
    const provisions = view.rows.filter((r: any) => r.kind === 'provision');
    expect(provisions.map((r: any) => [bare(r.left.label), bare(r.right.label)])).toEqual([
      ['a)', 'أ)'],
      ['b)', 'ب)'],
      ['c)', 'ج)'],
      ['a)', 'أ)'],
      ['b)', 'ب)'],
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ]);
    expect(view.rows.filter((r: any) => r.kind === 'heading').map((r: any) => r.right.text)).toEqual([
      'إذ يذكّر',
      'وإذ يذكّر أيضاً',
      'يقرر أن يكلف الأمين العام',
      'يشجع الدول الأعضاء على',
    ]);
    const row = (id: string) => view.rows.find((r: any) => r.id === id);
    expect(provisions.every((r: any) => r.left.status === 'in-step')).toBe(true);
    expect(row(P.allMeasures).right).toMatchObject({ status: 'awaiting', text: wordingIn(REGISTERED.ar, P.allMeasures) });
    expect(row(P.allMeasures).left.text).toBe(KENYA_APPROPRIATE_MEASURES.newText);
    // Added to the original, not yet translated: the Arabic column awaits it, the original's words standing in.
    expect(row(P.highestLevel).right).toMatchObject({ status: 'awaiting', text: HIGHEST_LEVEL_WORDS });
    expect(row(P.annualReport).right).toMatchObject({ status: 'in-step', text: EGYPT_WRITTEN_REPORT.newText });
    expect(row(P.annualReport).left.text).toBe(EGYPT_WRITTEN_REPORT_IN_ENGLISH.newText);
    expect(row(P.recallingB).right).toMatchObject({ status: 'in-step', text: wordingIn(REGISTERED.ar, P.recallingB) });
  });

  step('adoption is refused while the versions lag; a stakeholder may not record a translation', async () => {
    recorded('to adoption', await n.as.secretariat.post(`/api/v1/consultations/${n.consultationId}/phase`, { to: 'adoption' }), 200);
    const before = await n.eventCount();
    const refused = declined(
      'adopting with three versions out of step',
      await n.as.chair.post(n.document('/adoptions'), ADOPTION),
      422,
      'invalid',
    );
    expect(refused.detail).toMatch(/French/);
    expectRefused(
      'Egypt recording an Arabic translation',
      await n.as.egypt.post(n.document('/translations'), translationBody('ar')),
      403,
      'forbidden',
    );
    expect(await n.eventCount()).toBe(before);
  });

  step('the Arabic and Russian translators record their wordings, closing their tasks', async () => {
    recorded('the Arabic translations', await n.as.arabicDesk.post(n.document('/translations'), translationBody('ar')));
    recorded('the Russian translations', await n.as.russianDesk.post(n.document('/translations'), translationBody('ru')));
    await n.until(`/documents/${n.documentId}/language-versions`, (answer) => {
      const awaiting = Object.fromEntries(answer.items.map((v: any) => [v.language, v.awaiting]));
      expect(awaiting).toEqual({ en: 0, ar: 0, fr: 3, ru: 0 });
    });
    const done: any[] = await tasksIn('ar', 'all');
    expect(done.map((t) => [t.provisionId, t.status, t.wording]).sort()).toEqual(
      Object.entries(TRANSLATIONS.ar)
        .map(([provisionId, wording]) => [provisionId, 'done', wording])
        .sort(),
    );
    const sideBySide = await n.read(`/documents/${n.documentId}/side-by-side?left=en&right=ar`);
    expect(sideBySide.rows.filter((r: any) => r.kind === 'provision').every((r: any) => r.right.status === 'in-step')).toBe(true);
  });

  step('adoption still waits for French, unless the chair names it: then it is adopted, French provisionally', async () => {
    const before = await n.eventCount();
    const frenchLags = declined(
      'adopting with French out of step',
      await n.as.chair.post(n.document('/adoptions'), ADOPTION),
      422,
      'invalid',
    );
    expect(frenchLags.detail).toMatch(/French/);
    expect(frenchLags.detail).not.toMatch(/Arabic|Russian/);
    const arabicInStep = declined(
      'naming Arabic, which is in step, as provisional',
      await n.as.chair.post(n.document('/adoptions'), { ...ADOPTION, provisionalIn: ['ar'] }),
      422,
      'invalid',
    );
    expect(arabicInStep.detail).toMatch(/Arabic/);
    expect(await n.eventCount()).toBe(before);
    recorded(
      'adopt, French provisionally, with the Arabic designation and line',
      await n.as.chair.post(n.document('/adoptions'), { ...ADOPTION, provisionalIn: ['fr'], printedIn: { ar: ARABIC_ADOPTION } }),
    );

    const [adopted] = await n.recordedOfType('VersionAdopted');
    expect(adopted.languages.provisional).toEqual(['fr']);
    const inStep = Object.fromEntries(adopted.languages.inStep.map((v: any) => [v.language, v]));
    expect(Object.keys(inStep).sort()).toEqual(['ar', 'ru']);
    // The texts adopted in step: Egypt's own Arabic words, and the translators' wordings.
    expect(inStep.ar.provisions[P.annualReport].text).toBe(EGYPT_WRITTEN_REPORT.newText);
    expect(inStep.ar.provisions[P.allMeasures].text).toBe(TRANSLATIONS.ar[P.allMeasures]);
    expect(inStep.ru.provisions[P.highestLevel].text).toBe(TRANSLATIONS.ru[P.highestLevel]);

    const arabic = await settled(
      () => n.read(`/documents/${n.documentId}/text?language=ar&version=2`),
      (answer) => expect(answer.versionNumber).toBe(2),
    );
    const words = documentOf(arabic);
    expect(wordingIn(words, P.annualReport)).toBe(EGYPT_WRITTEN_REPORT.newText);
    expect(wordingIn(words, P.allMeasures)).toBe(TRANSLATIONS.ar[P.allMeasures]);
    expect(wordingIn(words, P.highestLevel)).toBe(TRANSLATIONS.ar[P.highestLevel]);
    expect(wordingIn(words, P.recallingA)).toBe(wordingIn(REGISTERED.ar, P.recallingA));
    expect(arabic.provisional).not.toBe(true);
    expect(arabic.awaiting).toEqual([]);
    const published = await n.as.secretariat.get(`${n.document('/text')}?language=ar&version=2&format=text`);
    expect(published.status).toBe(200);
    expect(published.text).toContain(EGYPT_WRITTEN_REPORT.newText);
    expect(published.text).toContain('يقرر أن يكلف الأمين العام');
    // The Arabic text prints its own designation and adoption line, not the English line nor the old designation.
    expect(published.text.startsWith(`${ARABIC_ADOPTION.number}\n(${ARABIC_ADOPTION.adoptionLine})\n`)).toBe(true);
    expect(published.text).not.toContain(ADOPTION.adoptionLine);
    expect(published.text).not.toContain('المعدَّل في 2023');

    const french = await n.read(`/documents/${n.documentId}/text?language=fr&version=2`);
    expect(french.provisional).toBe(true);
    // French awaits its designation and line: the original's are printed with the note provisions get.
    const frenchText = await n.as.secretariat.get(`${n.document('/text')}?language=fr&version=2&format=text`);
    const [designation, line, subject] = frenchText.text.split('\n');
    expect([designation, line]).toEqual([ADOPTION.number, `(${ADOPTION.adoptionLine} ${FRENCH_AWAITING})`]);
    expect(subject).toMatch(new RegExp(`^ITU's role .* \\[anglais seulement – en attente de traduction\\]$`));
    // Cited as the French version prints them, in the order of the text.
    expect(french.awaiting).toEqual([
      { provisionId: P.allMeasures, label: '1', heading: 'décide de charger le Secrétaire général' },
      { provisionId: P.annualReport, label: '3', heading: 'décide de charger le Secrétaire général' },
      { provisionId: P.highestLevel, label: '2', heading: 'encourage les États Membres à' },
    ]);
    const adoptedSideBySide = await settled(
      () => n.read(`/documents/${n.documentId}/side-by-side?left=en&right=fr&version=2`),
      (view) => expect(view.versionLabel).toBe(ADOPTION.label),
    );
    // The adopted version side by side: the French column awaits exactly what the chair adopted provisionally.
    expect(awaitingIn(adoptedSideBySide)).toEqual([P.allMeasures, P.annualReport, P.highestLevel].sort());
  });

  step('the French translator records the last wordings, the title and the line: the adopted version is aligned in French', async () => {
    recorded(
      'the French translations',
      await n.as.frenchDesk.post(n.document('/translations'), { ...translationBody('fr'), ...FRENCH_ADOPTION }),
    );
    const aligned = await settled(
      () => n.recordedOfType('AdoptedVersionAligned'),
      (events) => expect(events).toHaveLength(1),
    );
    expect(aligned[0]).toMatchObject({ versionNumber: 2, language: 'fr' });
    expect(aligned[0].text.provisions[P.annualReport].text).toBe(TRANSLATIONS.fr[P.annualReport]);

    const french = await settled(
      () => n.read(`/documents/${n.documentId}/text?language=fr&version=2`),
      (answer) => expect(answer.provisional).not.toBe(true),
    );
    expect(wordingIn(documentOf(french), P.allMeasures)).toBe(TRANSLATIONS.fr[P.allMeasures]);
    expect(french.awaiting).toEqual([]);
    const frenchText = await n.as.secretariat.get(`${n.document('/text')}?language=fr&version=2&format=text`);
    expect(frenchText.text.startsWith(`${FRENCH_DESIGNATION}\n(${FRENCH_ADOPTION.adoptionLine})\nRôle de l'UIT`)).toBe(true);
    expect(frenchText.text).not.toContain(FRENCH_AWAITING);
    const adoptedSideBySide = await settled(
      () => n.read(`/documents/${n.documentId}/side-by-side?left=en&right=fr&version=2`),
      (view) => expect(awaitingIn(view)).toEqual([]),
    );
    expect(adoptedSideBySide.rows.find((r: any) => r.id === P.highestLevel).right.text).toBe(TRANSLATIONS.fr[P.highestLevel]);
    const frenchTasks: any[] = await tasksIn('fr', 'all');
    expect(frenchTasks.map((t) => [t.provisionId, t.status, t.wording]).sort()).toEqual(
      Object.entries(TRANSLATIONS.fr)
        .map(([provisionId, wording]) => [provisionId, 'done', wording])
        .sort(),
    );
    const versions = await languageVersions();
    expect(Object.values(versions).map((v: any) => [v.language, v.awaiting, v.inStep])).toEqual([
      ['en', 0, 11],
      ['ar', 0, 11],
      ['fr', 0, 11],
      ['ru', 0, 11],
    ]);
  });

  step('a search in the French words finds the provision, and answers it in every language it reads in', async () => {
    const search = (q: string) =>
      n.read(`/search?q=${encodeURIComponent(q)}&kind=provision&consultation=${n.consultationId}`).then((page) => page.items);
    const hits: any[] = await settled(
      () => search('mesures appropriées'),
      (items) => expect(items.map((hit: any) => [hit.language, hit.id])).toContainEqual(['fr', P.allMeasures]),
    );
    const hit = hits.find((h) => h.language === 'fr' && h.id === P.allMeasures);
    expect(hit).toMatchObject({ documentId: n.documentId, label: '1', title: 'décide de charger le Secrétaire général' });
    expect(hit.languages.map((l: any) => [l.language, bare(l.label), l.title, l.text])).toEqual([
      ['ar', '1', 'يقرر أن يكلف الأمين العام', TRANSLATIONS.ar[P.allMeasures]],
      ['en', '1', 'resolves to instruct the Secretary-General', KENYA_APPROPRIATE_MEASURES.newText],
      ['fr', '1', 'décide de charger le Secrétaire général', TRANSLATIONS.fr[P.allMeasures]],
      ['ru', '1', 'решает поручить Генеральному секретарю', TRANSLATIONS.ru[P.allMeasures]],
    ]);
    // The Arabic letters as the Arabic version prints them: "ب)" of "إذ يذكّر" found by its words.
    const arabic: any[] = await search('بوخارست');
    const recallingB = arabic.find((h) => h.language === 'ar' && h.id === P.recallingB);
    expect(recallingB).toMatchObject({ title: 'إذ يذكّر' });
    expect(bare(recallingB.label)).toBe('ب)');
    expect(recallingB.languages.find((l: any) => l.language === 'ru')).toMatchObject({ label: 'б)', title: 'напоминая' });
  });

  step(
    'the next revision starts from the adopted text as published in English and Arabic, and is adopted with Arabic in step',
    async () => {
      const { secretariat, chair, kenya, arabicDesk } = n.as;
      const published = async (query: string) => {
        const answer = await secretariat.get(`${n.document('/text')}?${query}&version=2&format=text`);
        expect(answer.status).toBe(200);
        return answer.text;
      };
      const english = await published('language=en');
      const arabic = await published('language=ar');
      const consultationId = recorded(
        'the next consultation',
        await secretariat.post('/api/v1/consultations', { ...CONSULTATION, title: 'Revision of Resolution 1334 (Modified 2026)' }),
      ).id;
      recorded('admit Kenya', await secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: 'kenya' }));
      await n.until(`/consultations/${consultationId}`);
      const documentId = recorded(
        'the adopted text as the base of the next revision',
        await secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
          symbol: 'Resolution 1334',
          versionLabel: ADOPTION.label,
          source: english,
          language: 'en',
          style: 'itu',
        }),
      ).id;
      const next = (path: string) => `/api/v1/documents/${documentId}${path}`;
      const phase = (to: string) => secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to });
      recorded('open', await phase('open-for-contributions'), 200);
      // The preview reads the original as projected.
      const base = documentOf(await n.until(`/documents/${documentId}/text`));
      const preview = recorded(
        'preview the Arabic publication',
        await secretariat.post(next('/language-versions/preview'), { format: 'plain', text: arabic }),
        200,
      );
      expect(preview).toMatchObject({ language: 'ar', matched: 11, provisions: 11, findings: [] });
      recorded('the Arabic version', await secretariat.post(next('/language-versions'), { format: 'plain', text: arabic }));

      // Registered anew, the text numbers its provisions from its own outline: "consult" is now the third of its section.
      const consultId = 'op-2-3';
      const consult = wordingIn(base, consultId);
      const operation = {
        kind: 'modify',
        provisionId: consultId,
        oldText: consult,
        newText: replaced(consult, 'consult', 'regularly consult'),
      };
      const amendmentId = recorded('Kenya: consult regularly', await kenya.post(next('/amendments'), { versionNumber: 1, operation })).id;
      await n.until(`/amendments/${amendmentId}`);
      recorded('negotiation', await phase('negotiation'), 200);
      recorded('accept', await chair.post(`/api/v1/amendments/${amendmentId}/decision`, { ruling: 'accepted', ...SITTING }));
      const tasks = await settled(
        () => n.read(`/documents/${documentId}/translation-tasks?language=ar`).then((answer) => answer.items),
        (items: any[]) =>
          expect(items.map((t) => [t.provisionId, t.citation])).toEqual([[consultId, expect.stringContaining('يشجع الدول الأعضاء على')]]),
      );
      expect(tasks[0].originalAfter).toBe(operation.newText);
      const regularly = 'التشاور بانتظام مع أصحاب المصلحة غير الحكوميين ومراعاة آرائهم.';
      recorded(
        'the Arabic wording',
        await arabicDesk.post(next('/translations'), { language: 'ar', provisions: [{ provisionId: consultId, text: regularly }] }),
      );
      recorded('adoption', await phase('adoption'), 200);
      recorded(
        'adopt, every version in step',
        await chair.post(next('/adoptions'), {
          ...ADOPTION,
          label: 'Modified 2027',
          number: 'Resolution 1334 (Modified 2027)',
          date: '2027-06-17',
        }),
      );

      const rows = await n.sqlRows('SELECT payload FROM events WHERE type = $1 AND payload->>$2 = $3', [
        'VersionAdopted',
        'documentId',
        documentId,
      ]);
      const languages = rows[0].payload.languages;
      expect(languages.provisional).toEqual([]);
      expect(languages.inStep.map((v: any) => [v.language, v.provisions[consultId].text, v.provisions[P.annualReport].text])).toEqual([
        ['ar', regularly, EGYPT_WRITTEN_REPORT.newText],
      ]);
    },
  );
});

/** Retries a read until `check` passes on what it returns (the projector catches up), and gives that. */
function settled<T>(read: () => Promise<T>, check: (value: T) => void): Promise<T> {
  return eventually(async () => {
    const value = await read();
    check(value);
    return value;
  });
}
