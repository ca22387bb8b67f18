import {
  Actor,
  LanguageVersionAddedV1,
  NewEvent,
  StakeholderRegisteredV1,
  TranslationRecordedV1,
  TranslationTasksOpenedV1,
  VersionAdoptedV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import { AmendmentOperation, LanguageCode, Provision, ResolutionDocument, citeProvision } from '#libs/text';
import { SYSTEM_ACTOR } from '../actor';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState } from './document-state';
import { languagesOutOfStep, openTasksIn } from './language-state';
import { conflictsOfProposal } from './proposal-conflicts';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const translator: Actor = { id: 'tr-1', role: 'translator' };

const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

type Words = { headings: [string, string]; provisions: [string, string, string, string]; title: string; body: string };

const OP_2 = 'to submit an annual report to the Council.';

/** The words of Resolution 1334, abridged, in each language; the structure is always the English original's. */
const WORDS: Record<'en' | 'ar' | 'fr' | 'ru', Words> = {
  en: {
    title: 'Resolution 1334 (Modified 2023)',
    body: 'The ITU Council,',
    headings: ['recalling', 'resolves to instruct the Secretary-General'],
    provisions: [
      'Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;',
      'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
      'to take all necessary measures to encourage the participation of all UN organizations;',
      OP_2,
    ],
  },
  ar: {
    title: 'القرار 1334 (المعدَّل في 2023)',
    body: 'إن مجلس الاتحاد الدولي للاتصالات،',
    headings: ['إذ يذكّر', 'يقرر أن يكلف الأمين العام'],
    provisions: [
      'بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين؛',
      'بالقرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين،',
      'باتخاذ جميع التدابير اللازمة لتشجيع مشاركة جميع منظمات الأمم المتحدة؛',
      'بتقديم تقرير سنوي إلى المجلس.',
    ],
  },
  fr: {
    title: 'Résolution 1334 (modifiée en 2023)',
    body: 'Le Conseil de l’UIT,',
    headings: ['rappelant', 'charge le Secrétaire général'],
    provisions: [
      'la Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires;',
      'la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires,',
      'de prendre toutes les mesures nécessaires pour encourager la participation de toutes les organisations des Nations Unies;',
      'de présenter un rapport annuel au Conseil.',
    ],
  },
  ru: {
    title: 'Резолюция 1334 (изм. 2023 г.)',
    body: 'Совет МСЭ,',
    headings: ['напоминая', 'поручает Генеральному секретарю'],
    provisions: [
      'о Резолюции 73 (Миннеаполис, 1998 г.) Полномочной конференции;',
      'о Резолюции 140 (Пересм. Бухарест, 2022 г.) Полномочной конференции,',
      'принять все необходимые меры для поощрения участия всех организаций ООН;',
      'представлять Совету ежегодный отчет.',
    ],
  },
};

const IDS = ['rec-a', 'rec-b', 'op-1', 'op-2'] as const;

/** Resolution 1334 in one language, with the ids the importer would give it (the aligner keys the words by the original's). */
function res1334(language: keyof typeof WORDS, change: (provisions: Provision[]) => Provision[] = (p) => p): ResolutionDocument {
  const words = WORDS[language];
  const p = (i: number): Provision => ({ id: `${language}-${IDS[i]}`, text: words.provisions[i], children: [], footnotes: [] });
  const original = language === 'en';
  const id = (i: number) => (original ? IDS[i] : `${language}-${IDS[i]}`);
  const provisions = change([0, 1, 2, 3].map((i) => ({ ...p(i), id: id(i) })));
  return {
    language,
    style: 'itu',
    title: words.title,
    body: words.body,
    preamble: [{ id: 'recalling', heading: words.headings[0], provisions: provisions.slice(0, 2) }],
    operative: [{ id: 'instructs', heading: words.headings[1], provisions: provisions.slice(2) }],
    metadata: {},
  };
}

function consultationIn(phase: 'negotiation' | 'adoption'): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'] as const;
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 't',
      body: 'ITU Council',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
  ];
  for (let i = 1; i <= order.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

class Scenario {
  state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: res1334('en'),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  consultation = consultationIn('negotiation');
  now = '2026-11-24T09:00:00Z';

  phase(phase: 'negotiation' | 'adoption'): this {
    this.consultation = consultationIn(phase);
    return this;
  }

  at(now: string): this {
    this.now = now;
    return this;
  }

  decide(actor: Actor, command: DocumentCommand) {
    return decideDocument(command, this.state, { actor, consultation: this.consultation, stakeholders, now: this.now });
  }

  /** Decides and, when accepted, records; returns the events recorded. */
  record(actor: Actor, command: DocumentCommand): NewEvent[] {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return [...decision.events];
  }

  done(actor: Actor, command: DocumentCommand): this {
    this.record(actor, command);
    return this;
  }

  withVersions(...languages: ('ar' | 'fr' | 'ru')[]): this {
    for (const language of languages) this.done(secretariat, addVersion(res1334(language)));
    return this;
  }
}

const addVersion = (translation: ResolutionDocument, acceptDoubtful?: string[]): DocumentCommand => ({
  kind: 'AddLanguageVersion',
  documentId: 'd1',
  translation,
  source: { format: 'plain', importWarnings: 0 },
  ...(acceptDoubtful ? { acceptDoubtful } : {}),
});

const propose = (amendmentId: string, operation: AmendmentOperation, language?: LanguageCode): DocumentCommand => ({
  kind: 'ProposeAmendment',
  amendmentId,
  versionNumber: 1,
  operation,
  proposers: ['egypt'],
  ...(language ? { language } : {}),
});

const accepted = (decisionId: string, amendmentId: string, rendering?: AmendmentOperation): DocumentCommand => ({
  kind: 'RuleOnAmendment',
  decisionId,
  amendmentId,
  ruling: 'accepted',
  ...(rendering ? { rendering } : {}),
});

const translate = (language: LanguageCode, provisions: Record<string, string>, headings?: Record<string, string>): DocumentCommand => ({
  kind: 'RecordTranslation',
  documentId: 'd1',
  language,
  provisions: Object.entries(provisions).map(([provisionId, text]) => ({ provisionId, text })),
  ...(headings ? { headings } : {}),
});

const adopt = (provisionalIn?: LanguageCode[]): DocumentCommand => ({
  kind: 'AdoptVersion',
  decisionId: 'adopt-1',
  label: 'Modified 2026',
  meeting: 'sixth Plenary Meeting',
  date: '2026-11-28',
  ...(provisionalIn ? { provisionalIn } : {}),
});

const BIENNIAL: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-2',
  oldText: OP_2,
  newText: 'to submit a biennial report to the Council.',
};

const refusal = (code: string, message?: RegExp) => ({
  ok: false,
  refusal: { code, ...(message ? { message: expect.stringMatching(message) } : {}) },
});

const ofType = <P>(events: readonly NewEvent[], type: string): P[] => events.filter((e) => e.type === type).map((e) => e.payload as P);

describe('adding a language version', () => {
  it('records the translation keyed by the original’s ids, aligned to the latest version', () => {
    const scenario = new Scenario();
    const [event, ...rest] = scenario.record(translator, addVersion(res1334('fr')));
    expect(rest).toEqual([]);
    expect(event.type).toBe('LanguageVersionAdded');
    const added = event.payload as LanguageVersionAddedV1;
    expect(added).toMatchObject({ documentId: 'd1', versionNumber: 1, alignment: { matched: 4, acceptedDoubtful: [] } });
    expect(added.text.language).toBe('fr');
    expect(added.text.provisions['op-2'].text).toBe('de présenter un rapport annuel au Conseil.');
    expect(added.text.headings).toEqual({ recalling: 'rappelant', instructs: 'charge le Secrétaire général' });
    expect(scenario.state.languageVersions.fr?.text.provisions['rec-a'].text).toBe(WORDS.fr.provisions[0]);
    expect(scenario.state.originalLanguage).toBe('en');
  });

  it('refuses a second version in the same language, a version in the original’s language, and a stakeholder', () => {
    const scenario = new Scenario().withVersions('fr');
    expect(scenario.decide(secretariat, addVersion(res1334('fr')))).toMatchObject(refusal('already-exists', /French version/));
    expect(scenario.decide(secretariat, addVersion(res1334('en')))).toMatchObject(refusal('invalid', /English is the original/));
    expect(scenario.decide(egypt, addVersion(res1334('ar')))).toMatchObject(refusal('not-allowed'));
  });

  it('records a text lacking a provision with that provision awaiting translation', () => {
    const scenario = new Scenario();
    const ar = res1334('ar');
    const withoutB = { ...ar, preamble: [{ ...ar.preamble[0], provisions: [ar.preamble[0].provisions[0]] }] };
    const missing = scenario.decide(secretariat, addVersion(withoutB));
    expect(missing.ok && missing.events.map((e) => e.type)).toEqual(['LanguageVersionAdded', 'TranslationTasksOpened']);
    const opened = missing.ok ? missing.events[1].payload : undefined;
    expect(opened).toMatchObject({ tasks: [{ language: 'ar', provisionId: 'rec-b', reason: 'untranslated' }], replaces: [] });
  });

  it('refuses a text that does not line up, citing the provision as printed in the original, never its id', () => {
    const scenario = new Scenario();
    const extra = res1334('ar');
    const withExtra: ResolutionDocument = {
      ...extra,
      operative: [
        {
          ...extra.operative[0],
          provisions: [...extra.operative[0].provisions, { id: 'ar-x', text: 'بنشر التقرير على الموقع.', children: [], footnotes: [] }],
        },
      ],
    };
    expect(scenario.decide(secretariat, addVersion(withExtra))).toMatchObject(
      refusal('invalid', /the Arabic text has يقرر أن يكلف الأمين العام، 3 «بنشر التقرير على الموقع.…» that the original does not have/),
    );
    expect(scenario.state.languageVersions).toEqual({});
  });

  it('refuses a doubtful pair until the secretariat accepts it after checking', () => {
    const scenario = new Scenario();
    // The French recital cites Resolution 74 where the original cites Resolution 73.
    const doubtful = res1334('fr', (p) => [{ ...p[0], text: p[0].text.replace('73', '74') }, p[1], p[2], p[3]]);
    expect(scenario.decide(secretariat, addVersion(doubtful))).toMatchObject(
      refusal('invalid', /recalling, a\) and its French counterpart differ in the numbers and symbols in the text/),
    );
    const [event] = scenario.record(secretariat, addVersion(doubtful, ['rec-a']));
    expect((event.payload as LanguageVersionAddedV1).alignment).toEqual({ matched: 4, acceptedDoubtful: ['rec-a'] });
  });

  it('refuses words carrying an invisible character that reorders what a reader sees', () => {
    const scenario = new Scenario();
    const disguised = res1334('fr', (p) => [p[0], p[1], p[2], { ...p[3], text: 'de présenter un rapport \u202Eannuel au Conseil.' }]);
    expect(scenario.decide(secretariat, addVersion(disguised))).toMatchObject(refusal('invalid', /2 of resolves|U\+202E/));
  });

  it('refuses a translation laid out in another style than the original', () => {
    expect(new Scenario().decide(secretariat, addVersion({ ...res1334('fr'), style: 'unga' }))).toMatchObject(
      refusal('invalid', /laid out as a UN General Assembly text, the original as ITU/),
    );
  });
});

describe('citations', () => {
  it('cites as printed: a lettered recital with its heading, a numbered sub-item under its item, a heading', () => {
    const doc = res1334('en', (p) => [
      p[0],
      p[1],
      p[2],
      { ...p[3], children: [{ id: 'op-2-1', text: 'yearly', children: [], footnotes: [] }] },
    ]);
    expect(citeProvision(doc, 'rec-b')).toBe('recalling, b)');
    expect(citeProvision(doc, 'op-2-1')).toBe("resolves to instruct the Secretary-General, 2 '1'");
    expect(citeProvision(doc, 'instructs')).toBe('resolves to instruct the Secretary-General');
  });
});

describe('translation tasks', () => {
  it('opens a task in every other version when a ruling changes a provision’s words, with what a translator needs', () => {
    const scenario = new Scenario().withVersions('ar', 'fr').done(egypt, propose('a1', BIENNIAL));
    const events = scenario.record(chair, accepted('dec-1', 'a1'));
    expect(events.map((e) => e.type)).toEqual(['AmendmentRuled', 'TranslationTasksOpened']);
    const opened = events[1].payload as TranslationTasksOpenedV1;
    expect(opened).toEqual({
      documentId: 'd1',
      decisionId: 'dec-1',
      replaces: [],
      tasks: [
        {
          taskId: 'dec-1:ar:op-2',
          language: 'ar',
          provisionId: 'op-2',
          reason: 'changed',
          originalBefore: OP_2,
          originalAfter: 'to submit a biennial report to the Council.',
          currentWording: WORDS.ar.provisions[3],
        },
        {
          taskId: 'dec-1:fr:op-2',
          language: 'fr',
          provisionId: 'op-2',
          reason: 'changed',
          originalBefore: OP_2,
          originalAfter: 'to submit a biennial report to the Council.',
          currentWording: WORDS.fr.provisions[3],
        },
      ],
    });
    expect(languagesOutOfStep(scenario.state)).toEqual(['ar', 'fr']);
  });

  it('opens none when the document has no other version, and none for a rejection', () => {
    const alone = new Scenario().done(egypt, propose('a1', BIENNIAL));
    expect(alone.record(chair, accepted('dec-1', 'a1')).map((e) => e.type)).toEqual(['AmendmentRuled']);
    const translated = new Scenario().withVersions('fr').done(egypt, propose('a1', BIENNIAL));
    const rejected = translated.record(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a1', ruling: 'rejected' });
    expect(rejected.map((e) => e.type)).toEqual(['AmendmentRuled']);
  });

  it('opens an "added" task for a new provision, and none for a suppression or a move', () => {
    const scenario = new Scenario()
      .withVersions('fr')
      .done(
        egypt,
        propose('a1', { kind: 'add', newId: 'op-3', position: { after: 'op-2' }, text: 'to report to the Plenipotentiary Conference.' }),
      )
      .done(egypt, propose('a2', { kind: 'suppress', provisionId: 'rec-a' }))
      .done(egypt, propose('a3', { kind: 'move', provisionId: 'op-1', position: { after: 'op-2' } }));
    const added = ofType<TranslationTasksOpenedV1>(scenario.record(chair, accepted('dec-1', 'a1')), 'TranslationTasksOpened');
    expect(added).toEqual([
      {
        documentId: 'd1',
        decisionId: 'dec-1',
        replaces: [],
        tasks: [
          {
            taskId: 'dec-1:fr:op-3',
            language: 'fr',
            provisionId: 'op-3',
            reason: 'added',
            originalAfter: 'to report to the Plenipotentiary Conference.',
          },
        ],
      },
    ]);
    expect(scenario.record(chair, accepted('dec-2', 'a2')).map((e) => e.type)).toEqual(['AmendmentRuled']);
    expect(scenario.record(chair, accepted('dec-3', 'a3')).map((e) => e.type)).toEqual(['AmendmentRuled']);
  });

  it('replaces the open task of a provision changed again, and drops the tasks of a provision deleted', () => {
    const scenario = new Scenario()
      .withVersions('fr')
      .done(egypt, propose('a1', BIENNIAL))
      .done(chair, accepted('dec-1', 'a1'))
      .done(egypt, propose('a2', { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a report every two years.' }));
    const [opened] = ofType<TranslationTasksOpenedV1>(
      scenario.record(chair, {
        kind: 'RuleOnAmendment',
        decisionId: 'dec-2',
        amendmentId: 'a2',
        ruling: 'accepted-as-modified',
        compromise: { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a report every two years to the Council.' },
      }),
      'TranslationTasksOpened',
    );
    expect(opened.replaces).toEqual(['dec-1:fr:op-2']);
    expect(opened.tasks[0]).toMatchObject({
      taskId: 'dec-2:fr:op-2',
      // The French words still render the original as it was before the first change.
      originalBefore: OP_2,
      originalAfter: 'to submit a report every two years to the Council.',
      currentWording: WORDS.fr.provisions[3],
    });
    expect(openTasksIn(scenario.state, 'fr').map((t) => t.taskId)).toEqual(['dec-2:fr:op-2']);
    scenario.done(egypt, propose('a3', { kind: 'suppress', provisionId: 'op-2' }));
    expect(ofType<TranslationTasksOpenedV1>(scenario.record(chair, accepted('dec-3', 'a3')), 'TranslationTasksOpened')).toEqual([
      { documentId: 'd1', decisionId: 'dec-3', tasks: [], replaces: ['dec-2:fr:op-2'] },
    ]);
    expect(openTasksIn(scenario.state, 'fr')).toEqual([]);
    expect(languagesOutOfStep(scenario.state)).toEqual([]);
  });

  it('closes without a new task the one a correction undoes: the version’s words are right again', () => {
    const scenario = new Scenario().withVersions('fr').done(egypt, propose('a1', BIENNIAL)).done(chair, accepted('dec-1', 'a1'));
    const events = scenario.record(chair, {
      kind: 'CorrectDecision',
      decisionId: 'corr-1',
      corrects: 'dec-1',
      ruling: 'rejected',
      reason: 'the meeting had not agreed to it',
    });
    expect(ofType<TranslationTasksOpenedV1>(events, 'TranslationTasksOpened')).toEqual([
      { documentId: 'd1', decisionId: 'corr-1', tasks: [], replaces: ['dec-1:fr:op-2'] },
    ]);
    expect(languagesOutOfStep(scenario.state)).toEqual([]);
  });

  it('is opened by a merge, a settlement of brackets, a correction and a revision', () => {
    const scenario = new Scenario()
      .withVersions('ru')
      .done(egypt, propose('a1', BIENNIAL))
      .done(egypt, propose('a2', { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a report every two years.' }));
    const merged = scenario.record(chair, {
      kind: 'MergeAmendments',
      decisionId: 'merge-1',
      amendmentIds: ['a1', 'a2'],
      operation: { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a [biennial] [triennial] report to the Council.' },
    });
    expect(ofType<TranslationTasksOpenedV1>(merged, 'TranslationTasksOpened')[0].tasks.map((t) => t.taskId)).toEqual(['merge-1:ru:op-2']);

    const settled = scenario.record(chair, {
      kind: 'SettleBrackets',
      decisionId: 'settle-1',
      provisionId: 'op-2',
      bracketIndex: 0,
      choice: 0,
    });
    const [afterSettling] = ofType<TranslationTasksOpenedV1>(settled, 'TranslationTasksOpened');
    expect(afterSettling.tasks[0]).toMatchObject({
      taskId: 'settle-1:ru:op-2',
      originalAfter: 'to submit a biennial report to the Council.',
    });
    expect(afterSettling.replaces).toEqual(['merge-1:ru:op-2']);

    scenario.done(egypt, propose('a3', { kind: 'replaceText', provisionId: 'rec-a', text: 'Resolution 73 (Rev. Dubai, 2018);' }));
    scenario.done(chair, { kind: 'RuleOnAmendment', decisionId: 'rule-3', amendmentId: 'a3', ruling: 'rejected' });
    const corrected = scenario.record(chair, {
      kind: 'CorrectDecision',
      decisionId: 'corr-1',
      corrects: 'rule-3',
      ruling: 'accepted',
      reason: 'the meeting had agreed to it',
    });
    expect(ofType<TranslationTasksOpenedV1>(corrected, 'TranslationTasksOpened')[0].tasks).toEqual([
      expect.objectContaining({ taskId: 'corr-1:ru:rec-a', originalAfter: 'Resolution 73 (Rev. Dubai, 2018);' }),
    ]);

    const working = scenario.state.working!;
    const rev: ResolutionDocument = {
      ...working,
      operative: [{ ...working.operative[0], heading: 'instructs the Secretary-General' }],
      preamble: [
        {
          ...working.preamble[0],
          provisions: working.preamble[0].provisions.map((p) =>
            p.id === 'rec-b' ? { ...p, text: 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference on WSIS,' } : p,
          ),
        },
      ],
    };
    const revised = scenario.record(chair, { kind: 'IssueRevision', decisionId: 'rev-1', text: rev, date: '2026-11-20' });
    const [revisionTasks] = ofType<TranslationTasksOpenedV1>(revised, 'TranslationTasksOpened');
    expect(revisionTasks.tasks.map((t) => [t.taskId, t.reason])).toEqual([
      ['rev-1:ru:rec-b', 'changed'],
      ['rev-1:ru:instructs', 'changed'],
    ]);
    expect(revisionTasks.tasks[1]).toMatchObject({
      currentWording: 'поручает Генеральному секретарю',
      originalAfter: 'instructs the Secretary-General',
    });
  });
});

describe('recording a translation', () => {
  it('closes the open tasks of the provisions translated and brings the version into line', () => {
    const scenario = new Scenario().withVersions('fr').done(egypt, propose('a1', BIENNIAL)).done(chair, accepted('dec-1', 'a1'));
    const events = scenario.record(translator, translate('fr', { 'op-2': 'de présenter un rapport biennal au Conseil.' }));
    expect(events).toEqual([
      {
        type: 'TranslationRecorded',
        schemaVersion: 1,
        payload: {
          documentId: 'd1',
          language: 'fr',
          provisions: [{ provisionId: 'op-2', text: 'de présenter un rapport biennal au Conseil.' }],
          closes: ['dec-1:fr:op-2'],
          translatorId: 'tr-1',
        },
      },
    ]);
    expect(openTasksIn(scenario.state, 'fr')).toEqual([]);
    expect(scenario.state.languageVersions.fr?.text.provisions['op-2'].text).toBe('de présenter un rapport biennal au Conseil.');
  });

  it('allows correcting words with no open task, and records them composed (NFC)', () => {
    const scenario = new Scenario().withVersions('fr');
    const decomposed = 'la Re\u0301solution 73 (Minneapolis, 1998) de la Confe\u0301rence de pléni­potentiaires;';
    const [event] = scenario.record(translator, translate('fr', { 'rec-a': decomposed }));
    expect((event.payload as TranslationRecordedV1).closes).toEqual([]);
    expect((event.payload as TranslationRecordedV1).provisions[0].text).toBe(decomposed.normalize('NFC'));
  });

  it('refuses a stakeholder, the original language, a language without a version, an unknown provision and bidi controls', () => {
    const scenario = new Scenario().withVersions('fr');
    expect(scenario.decide(secretariat, translate('fr', { 'op-2': 'x' }))).toMatchObject(refusal('not-allowed'));
    expect(scenario.decide(translator, translate('en', { 'op-2': 'x' }))).toMatchObject(refusal('invalid', /English is the original/));
    expect(scenario.decide(translator, translate('ru', { 'op-2': 'x' }))).toMatchObject(refusal('not-found', /no Russian version/));
    expect(scenario.decide(translator, translate('fr', { 'op-9': 'x' }))).toMatchObject(refusal('not-found', /not in the working text/));
    expect(scenario.decide(translator, translate('fr', { 'op-2': 'de présenter \u2067un rapport' }))).toMatchObject(
      refusal('invalid', /French wording of resolves to instruct the Secretary-General, 2 .*U\+2067/),
    );
    expect(scenario.decide(translator, translate('fr', { 'op-2': '  ' }))).toMatchObject(refusal('invalid', /empty/));
  });

  it('translates a heading, closing the task a revision opened on it', () => {
    const scenario = new Scenario().withVersions('fr');
    const working = scenario.state.working!;
    scenario.done(chair, {
      kind: 'IssueRevision',
      decisionId: 'rev-1',
      text: { ...working, operative: [{ ...working.operative[0], heading: 'instructs the Secretary-General' }] },
      date: '2026-11-20',
    });
    expect(openTasksIn(scenario.state, 'fr').map((t) => t.taskId)).toEqual(['rev-1:fr:instructs']);
    const [event] = scenario.record(translator, translate('fr', {}, { instructs: 'charge le Secrétaire général' }));
    expect((event.payload as TranslationRecordedV1).closes).toEqual(['rev-1:fr:instructs']);
  });
});

describe('an amendment proposed in another language version', () => {
  // Egypt amends the Arabic version: "سنوي" (annual) becomes "كل سنتين" (every two years).
  const ARABIC: AmendmentOperation = {
    kind: 'modify',
    provisionId: 'op-2',
    oldText: WORDS.ar.provisions[3],
    newText: 'بتقديم تقرير كل سنتين إلى المجلس.',
  };
  const RENDERING: AmendmentOperation = { ...BIENNIAL };

  it('is proposed against that version’s text, which must exist and take the operation', () => {
    const scenario = new Scenario().withVersions('ar');
    expect(scenario.decide(egypt, propose('a1', ARABIC, 'fr'))).toMatchObject(refusal('invalid', /no French version/));
    expect(scenario.decide(egypt, propose('a1', BIENNIAL, 'ar'))).toMatchObject(refusal('invalid', /does not apply to the Arabic text/));
    scenario.done(egypt, propose('a1', ARABIC, 'ar'));
    expect(scenario.state.amendments.a1).toMatchObject({ language: 'ar', operation: ARABIC });
  });

  it('is compared for conflicts with the amendments proposed in the same language, on that version’s words', () => {
    const scenario = new Scenario()
      .withVersions('ar')
      .done(egypt, propose('a1', ARABIC, 'ar'))
      .done(egypt, propose('a2', BIENNIAL));
    const rival: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'op-2',
      oldText: WORDS.ar.provisions[3],
      newText: 'بتقديم تقرير كل ثلاث سنوات إلى المجلس.',
    };
    expect(conflictsOfProposal(scenario.state, 'a3', rival, undefined, 'ar').map((c) => c.amendmentIds)).toEqual([['a1', 'a3']]);
    const english: AmendmentOperation = { ...BIENNIAL, newText: 'to submit a triennial report to the Council.' };
    expect(conflictsOfProposal(scenario.state, 'a4', english).map((c) => c.amendmentIds)).toEqual([['a2', 'a4']]);
  });

  it('is refused acceptance as proposed without its wording in the negotiating language', () => {
    const scenario = new Scenario().withVersions('ar', 'fr').done(egypt, propose('a1', ARABIC, 'ar'));
    expect(scenario.decide(chair, accepted('dec-1', 'a1'))).toMatchObject(
      refusal('invalid', /an amendment proposed in Arabic is ruled on in English: give its English wording/),
    );
    const english = new Scenario().withVersions('fr').done(egypt, propose('a2', BIENNIAL));
    expect(english.decide(chair, accepted('dec-1', 'a2', BIENNIAL))).toMatchObject(refusal('invalid', /rendering goes only/));
  });

  it('accepted with a rendering: the original takes the rendering, Arabic keeps the proposer’s words, French and Russian get tasks', () => {
    const scenario = new Scenario().withVersions('ar', 'fr', 'ru').done(egypt, propose('a1', ARABIC, 'ar'));
    const events = scenario.record(chair, accepted('dec-1', 'a1', RENDERING));
    expect(events.map((e) => e.type)).toEqual(['AmendmentRuled', 'TranslationRecorded', 'TranslationTasksOpened']);
    expect(events[0].payload).toMatchObject({ rendering: RENDERING, applied: RENDERING });
    expect((events[2].payload as TranslationTasksOpenedV1).tasks.map((t) => t.taskId)).toEqual(['dec-1:fr:op-2', 'dec-1:ru:op-2']);
    expect(events[1].payload).toEqual({
      documentId: 'd1',
      language: 'ar',
      provisions: [{ provisionId: 'op-2', text: 'بتقديم تقرير كل سنتين إلى المجلس.', footnotes: [] }],
      closes: [],
      translatorId: 'egypt',
    });
    expect(scenario.state.working!.operative[0].provisions[1].text).toBe('to submit a biennial report to the Council.');
    expect(scenario.state.languageVersions.ar?.text.provisions['op-2'].text).toBe('بتقديم تقرير كل سنتين إلى المجلس.');
    expect(languagesOutOfStep(scenario.state)).toEqual(['fr', 'ru']);
  });

  it('accepted with a rendering where Arabic lagged: the proposer’s words are kept and the earlier change still awaits translation', () => {
    const scenario = new Scenario()
      .withVersions('ar')
      .done(
        egypt,
        propose('a0', {
          kind: 'modify',
          provisionId: 'op-2',
          oldText: OP_2,
          newText: 'to submit an annual report to the Council and the Secretary-General.',
        }),
      )
      .done(egypt, propose('a1', ARABIC, 'ar'))
      .done(chair, accepted('dec-0', 'a0'));
    expect(openTasksIn(scenario.state, 'ar').map((t) => t.taskId)).toEqual(['dec-0:ar:op-2']);
    const rendering: AmendmentOperation = {
      kind: 'modify',
      provisionId: 'op-2',
      oldText: 'to submit an annual report to the Council and the Secretary-General.',
      newText: 'to submit a biennial report to the Council and the Secretary-General.',
    };
    const events = scenario.record(chair, accepted('dec-1', 'a1', rendering));
    expect(events.map((e) => e.type)).toEqual(['AmendmentRuled', 'TranslationRecorded', 'TranslationTasksOpened']);
    expect(events[1].payload).toMatchObject({ language: 'ar', closes: [] });
    expect(events[2].payload).toEqual({
      documentId: 'd1',
      decisionId: 'dec-1',
      replaces: ['dec-0:ar:op-2'],
      tasks: [
        {
          taskId: 'dec-1:ar:op-2',
          language: 'ar',
          provisionId: 'op-2',
          reason: 'changed',
          originalBefore: OP_2,
          originalAfter: 'to submit a biennial report to the Council and the Secretary-General.',
          currentWording: 'بتقديم تقرير كل سنتين إلى المجلس.',
        },
      ],
    });
  });

  it('accepted as modified: the compromise is in the original, and every other language gets a task, the proposer’s too', () => {
    const scenario = new Scenario().withVersions('ar', 'fr').done(egypt, propose('a1', ARABIC, 'ar'));
    const events = scenario.record(chair, {
      kind: 'RuleOnAmendment',
      decisionId: 'dec-1',
      amendmentId: 'a1',
      ruling: 'accepted-as-modified',
      compromise: { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a report to the Council every two years.' },
    });
    expect(events.map((e) => e.type)).toEqual(['AmendmentRuled', 'TranslationTasksOpened']);
    expect((events[1].payload as TranslationTasksOpenedV1).tasks.map((t) => t.taskId)).toEqual(['dec-1:ar:op-2', 'dec-1:fr:op-2']);
  });
});

describe('adoption with language versions', () => {
  const outOfStep = () =>
    new Scenario().withVersions('ar', 'fr').done(egypt, propose('a1', BIENNIAL)).done(chair, accepted('dec-1', 'a1')).phase('adoption');

  it('records no languages for a document with no other version', () => {
    const events = new Scenario().phase('adoption').record(chair, adopt());
    expect(events[0].payload).not.toHaveProperty('languages');
  });

  it('is refused while a version is out of step, unless the chair adopts provisionally in exactly those languages', () => {
    const scenario = outOfStep().done(translator, translate('ar', { 'op-2': 'بتقديم تقرير كل سنتين إلى المجلس.' }));
    expect(scenario.decide(chair, adopt())).toMatchObject(
      refusal('invalid', /the French version is out of step with the original \(1 provision awaiting translation\)/),
    );
    expect(scenario.decide(chair, adopt(['fr', 'ar']))).toMatchObject(refusal('invalid', /Arabic version is in step/));
    expect(scenario.decide(chair, adopt(['fr', 'ru']))).toMatchObject(refusal('invalid', /no Russian version/));
    const [event] = scenario.record(chair, adopt(['fr']));
    const adopted = event.payload as VersionAdoptedV1;
    expect(adopted.languages?.provisional).toEqual(['fr']);
    expect(adopted.languages?.inStep.map((text) => [text.language, text.provisions['op-2'].text])).toEqual([
      ['ar', 'بتقديم تقرير كل سنتين إلى المجلس.'],
    ]);
    expect(scenario.state.provisionalAdoptions).toEqual([{ versionNumber: 2, languages: ['fr'] }]);
  });

  it('records the provisional language as aligned when its last task closes', () => {
    const scenario = outOfStep().done(translator, translate('ar', { 'op-2': 'بتقديم تقرير كل سنتين إلى المجلس.' }));
    scenario.done(chair, adopt(['fr']));
    const events = scenario.record(translator, translate('fr', { 'op-2': 'de présenter un rapport biennal au Conseil.' }));
    expect(events.map((e) => e.type)).toEqual(['TranslationRecorded', 'AdoptedVersionAligned']);
    expect(events[1].payload).toMatchObject({ documentId: 'd1', versionNumber: 2, language: 'fr' });
    expect((events[1].payload as { text: { provisions: Record<string, { text: string }> } }).text.provisions['op-2'].text).toBe(
      'de présenter un rapport biennal au Conseil.',
    );
    expect(scenario.state.provisionalAdoptions).toEqual([]);
  });

  it('records no alignment while a task of that language stays open', () => {
    const scenario = new Scenario()
      .withVersions('ar', 'fr')
      .done(egypt, propose('a1', BIENNIAL))
      .done(egypt, propose('a2', { kind: 'replaceText', provisionId: 'rec-a', text: 'Resolution 73 (Rev. Dubai, 2018);' }))
      .done(chair, accepted('dec-1', 'a1'))
      .done(chair, accepted('dec-2', 'a2'))
      .phase('adoption')
      .done(chair, adopt(['ar', 'fr']));
    const events = scenario.record(translator, translate('fr', { 'op-2': 'de présenter un rapport biennal au Conseil.' }));
    expect(events.map((e) => e.type)).toEqual(['TranslationRecorded']);
    expect(openTasksIn(scenario.state, 'fr').map((t) => t.provisionId)).toEqual(['rec-a']);
  });

  it('records the alignment when a correction closes the last task of a provisional language', () => {
    const scenario = new Scenario()
      .withVersions('fr')
      .done(egypt, propose('a1', BIENNIAL))
      .done(egypt, propose('a2', { kind: 'replaceText', provisionId: 'rec-a', text: 'Resolution 73 (Rev. Dubai, 2018);' }))
      .done(chair, accepted('dec-1', 'a1'))
      .phase('adoption')
      .done(chair, { ...adopt(['fr']), leaveOpen: { amendmentIds: ['a2'] } } as DocumentCommand)
      .done(chair, accepted('dec-2', 'a2'));
    expect(
      scenario.record(translator, translate('fr', { 'op-2': 'de présenter un rapport biennal au Conseil.' })).map((e) => e.type),
    ).toEqual(['TranslationRecorded']);
    const events = scenario.record(chair, {
      kind: 'CorrectDecision',
      decisionId: 'corr-2',
      corrects: 'dec-2',
      ruling: 'rejected',
      reason: 'the meeting had not agreed to it',
    });
    expect(events.map((e) => e.type)).toEqual(['DecisionCorrected', 'TranslationTasksOpened', 'AdoptedVersionAligned']);
    expect(events[2].payload).toMatchObject({ versionNumber: 2, language: 'fr' });
    expect(scenario.state.provisionalAdoptions).toEqual([]);
  });

  it('under a silence that holds, adopts provisionally in the languages out of step at the deadline', () => {
    const scenario = new Scenario().withVersions('ar', 'fr');
    const working = scenario.state.working!;
    const rev: ResolutionDocument = {
      ...working,
      operative: [
        {
          ...working.operative[0],
          provisions: [
            working.operative[0].provisions[0],
            { ...working.operative[0].provisions[1], text: 'to submit a biennial report to the Council.' },
          ],
        },
      ],
    };
    scenario.done(chair, { kind: 'IssueRevision', decisionId: 'rev-1', text: rev, date: '2026-11-20' });
    scenario.done(translator, translate('ar', { 'op-2': 'بتقديم تقرير كل سنتين إلى المجلس.' }));
    scenario.done(chair, {
      kind: 'StartSilence',
      documentId: 'd1',
      silenceId: 's1',
      deadline: '2026-11-26T18:00:00+01:00',
      timeZone: 'Europe/Zurich',
      adoption: { label: 'Modified 2026', meeting: 'sixth Plenary Meeting' },
    });
    const events = scenario.at('2026-11-26T17:00:01Z').record(SYSTEM_ACTOR, { kind: 'ConcludeSilence', documentId: 'd1', silenceId: 's1' });
    expect(events.map((e) => e.type)).toEqual(['SilenceConcluded', 'VersionAdopted']);
    const adopted = events[1].payload as VersionAdoptedV1;
    expect(adopted.languages?.provisional).toEqual(['fr']);
    expect(adopted.languages?.inStep.map((text) => text.language)).toEqual(['ar']);
  });
});

describe('the title and adoption line of each language version', () => {
  const AR_NUMBER = 'القرار 1334 (المعدَّل في 2026)';
  const AR_LINE = 'اعتُمد في الجلسة العامة السابعة';
  const ADOPTED = 'Resolution 1334 (Modified 2026) — The role of ITU';
  const AR_ADOPTED = 'القرار 1334 (المعدَّل في 2026) — دور الاتحاد';
  const adoptIn = (
    printedIn?: Record<string, { number?: string; title?: string; adoptionLine?: string }>,
    provisionalIn?: LanguageCode[],
  ) =>
    ({
      ...adopt(provisionalIn),
      number: 'Resolution 1334 (Modified 2026)',
      title: 'The role of ITU',
      adoptionLine: 'adopted at the seventh Plenary Meeting',
      ...(printedIn ? { printedIn } : {}),
    }) as DocumentCommand;
  const outOfStepInFrench = () =>
    new Scenario()
      .withVersions('ar', 'fr')
      .done(egypt, propose('a1', BIENNIAL))
      .done(chair, accepted('dec-1', 'a1'))
      .done(translator, translate('ar', { 'op-2': 'بتقديم تقرير كل سنتين إلى المجلس.' }))
      .phase('adoption');

  it('records a version added with its title translating the original’s title as it stands, and the line it prints', () => {
    const scenario = new Scenario().done(
      secretariat,
      addVersion({ ...res1334('ar'), metadata: { adoption: 'اعتُمد في الجلسة العامة السادسة' } }),
    );
    expect(scenario.state.languageVersions.ar?.text).toMatchObject({
      title: 'القرار 1334 (المعدَّل في 2023)',
      titleOf: 'Resolution 1334 (Modified 2023)',
      adoptionLine: 'اعتُمد في الجلسة العامة السادسة',
    });
  });

  it('adopts each version in step with the designation and line printed in its language, the title translating the adopted one', () => {
    const scenario = outOfStepInFrench();
    const [event] = scenario.record(chair, adoptIn({ ar: { number: AR_NUMBER, title: 'دور الاتحاد', adoptionLine: AR_LINE } }, ['fr']));
    const adopted = event.payload as VersionAdoptedV1;
    expect(adopted.title).toBe(ADOPTED);
    expect(adopted.languages?.inStep).toEqual([
      expect.objectContaining({ language: 'ar', title: AR_ADOPTED, titleOf: ADOPTED, adoptionLine: AR_LINE }),
    ]);
    expect(scenario.state.languageVersions.ar?.text).toMatchObject({ title: AR_ADOPTED, adoptionLine: AR_LINE });
  });

  it('without a printed designation, keeps the version’s title as translating the title before adoption, so it awaits translation', () => {
    const [event] = outOfStepInFrench().record(chair, adoptIn(undefined, ['fr']));
    const [arabic] = (event.payload as VersionAdoptedV1).languages!.inStep;
    expect(arabic).toMatchObject({ title: 'القرار 1334 (المعدَّل في 2023)', titleOf: 'Resolution 1334 (Modified 2023)' });
    expect(arabic).not.toHaveProperty('adoptionLine');
  });

  it('refuses a printed adoption for a language without a version, or one adopted provisionally', () => {
    const scenario = outOfStepInFrench();
    expect(scenario.decide(chair, adoptIn({ ru: { number: 'Резолюция 1334' } }, ['fr']))).toMatchObject(
      refusal('invalid', /no Russian version/),
    );
    expect(scenario.decide(chair, adoptIn({ fr: { number: 'Résolution 1334' } }, ['fr']))).toMatchObject(
      refusal('invalid', /French version is adopted provisionally/),
    );
    expect(scenario.decide(chair, adoptIn({ ar: { number: 'القرار\u202e 1334' } }, ['fr']))).toMatchObject({ ok: false });
  });

  it('lets a translator record the title and adoption line later, the title translating the original’s current one', () => {
    const scenario = outOfStepInFrench().done(chair, adoptIn(undefined, ['fr']));
    const events = scenario.record(translator, {
      kind: 'RecordTranslation',
      documentId: 'd1',
      language: 'fr',
      provisions: [],
      title: 'Résolution 1334 (modifiée en 2026)',
      adoptionLine: 'adoptée à la septième séance plénière',
    });
    expect(events[0].payload).toMatchObject({
      title: 'Résolution 1334 (modifiée en 2026)',
      titleOf: ADOPTED,
      adoptionLine: 'adoptée à la septième séance plénière',
    });
    expect(scenario.state.languageVersions.fr?.text).toMatchObject({
      title: 'Résolution 1334 (modifiée en 2026)',
      titleOf: ADOPTED,
      adoptionLine: 'adoptée à la septième séance plénière',
    });
    const bidi = {
      kind: 'RecordTranslation',
      documentId: 'd1',
      language: 'fr',
      provisions: [],
      title: 'Résolution\u202e 1334',
    } as DocumentCommand;
    expect(scenario.decide(translator, bidi)).toMatchObject({ ok: false });
  });
});
