import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRevised,
  amendmentRuled,
  amendmentWithdrawn,
  amendmentsMerged,
  bracketsSettled,
  consultationPhaseChanged,
  consultationRegistered,
  contributionRevised,
  contributionSubmitted,
  contributionWithdrawn,
  decisionCorrected,
  documentRegistered,
  meetingRegistered,
  participantAdmitted,
  positionExplained,
  provisionStatusesRecorded,
  provisionsRead,
  reservationRecorded,
  revisionIssued,
  silenceBroken,
  silenceConcluded,
  silenceExtended,
  silenceStarted,
  stakeholderInputSubmitted,
  stakeholderInputWithdrawn,
  stakeholderRegistered,
  versionAdopted,
  adoptedVersionAligned,
  languageVersionAdded,
  translationRecorded,
  translationTasksOpened,
} from '#libs/contracts';
import { HISTORY_KINDS, TimelineMessage } from '#libs/read-models';
import { AmendmentOperation, importResolution, languageVersionOf } from '#libs/text';
import { CATALOGUES, timelineHtml, timelineKeysOf, timelineText } from '#libs/web';
import { HistoryEntry, historyStep } from './history-entries';
import { citeProvision } from './history-citation';
import { messageNames, operationMessage } from './history-messages';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event within the framework of the UNGA overall review in 2025,
3	to report annually to the Council,
`).document;

const ARABIC = importResolution(`القرار 1334 (المعدل في 2023)
دور الاتحاد في الاستعراض الشامل
إن مجلس الاتحاد،
إذ يذكّر
أ)	بالقرار 73؛
يقرر أن يكلف الأمين العام
1	باتخاذ جميع التدابير الممكنة؛
2	بتقديم تقرير سنوي إلى المجلس،
`).document;

// Ids no reader should ever see: those of the fixture, and the shapes of generated ones.
const C = 'cons-7f3a';
const D = 'doc-9b1e';
const IDS = [
  C,
  D,
  'kenya-id',
  'atu-id',
  'isoc-id',
  'ctr-k1',
  'amd-1',
  'amd-2',
  'amd-3',
  'amd-4',
  'amd-5',
  'dec-',
  'inp-1',
  'mtg-ic2',
  'sil-1',
  'chair-1',
  'sec-1',
];
const ID_PATTERN = /\b(?:op|pre)-\d|[0-9a-f]{8}-[0-9a-f]{4}-/u;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya-id', role: 'stakeholder' };
const system: Actor = { id: 'system', role: 'system' };

const [pre1] = TEXT.preamble[0].provisions.map((p) => p.id);
const [op1, op2, op3] = TEXT.operative[0].provisions.map((p) => p.id);
const wording = (id: string) => TEXT.operative[0].provisions.find((p) => p.id === id)!.text;
const mod: AmendmentOperation = {
  kind: 'modify',
  provisionId: op1,
  oldText: wording(op1),
  newText: wording(op1).replace('all possible', 'all appropriate'),
};
const add: AmendmentOperation = { kind: 'add', newId: 'op-1-new', position: { after: op2 }, text: 'to consult all stakeholders;' };

function fold(steps: readonly [Actor, NewEvent][]): HistoryEntry[] {
  const subjects = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
  const rows: HistoryEntry[] = [];
  steps.forEach(([actor, event], i) => {
    const recorded = {
      ...event,
      position: i + 1,
      eventId: `e-${i + 1}`,
      streamId: `s-${i + 1}`,
      streamVersion: 1,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor, correlationId: `cmd-${i + 1}`, occurredAt: '2026-04-10T09:00:00.000Z' },
    } as RecordedEvent;
    const step = historyStep(recorded, subjects);
    for (const update of step.remember) (subjects[update.kind] as Map<string, unknown>).set(update.id, update.subject);
    if (step.entry) rows.push(step.entry);
  });
  return rows;
}

/** A consultation in which every kind of thing the history records happens at least once. */
const EVERYTHING: [Actor, NewEvent][] = [
  [
    secretariat,
    stakeholderRegistered({
      stakeholderId: 'kenya-id',
      name: 'Republic of Kenya',
      category: 'member-state',
      region: 'africa',
      memberIds: [],
    }),
  ],
  [
    secretariat,
    stakeholderRegistered({
      stakeholderId: 'atu-id',
      name: 'African Telecommunications Union',
      category: 'member-state',
      region: 'africa',
      memberIds: ['kenya-id'],
    }),
  ],
  [
    secretariat,
    stakeholderRegistered({
      stakeholderId: 'isoc-id',
      name: 'Internet Society',
      category: 'technical-community',
      region: 'global',
      memberIds: [],
    }),
  ],
  [
    secretariat,
    consultationRegistered({
      consultationId: C,
      title: 'WSIS+20 review',
      body: 'ITU Council',
      subject: 'Resolution 1334',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
  ],
  [secretariat, consultationPhaseChanged({ consultationId: C, from: 'drafting', to: 'open-for-contributions' })],
  [secretariat, participantAdmitted({ consultationId: C, stakeholderId: 'kenya-id' })],
  [
    secretariat,
    documentRegistered({
      documentId: D,
      consultationId: C,
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: TEXT,
      source: { kind: 'import', warnings: 2 },
    }),
  ],
  [
    secretariat,
    meetingRegistered({
      consultationId: C,
      meetingId: 'mtg-ic2',
      kind: 'informal-consultation',
      number: 2,
      name: 'Second informal consultation',
      date: '2026-04-10',
      place: 'Geneva',
      session: 'Council 2026',
    }),
  ],
  [
    kenya,
    contributionSubmitted({
      contributionId: 'ctr-k1',
      consultationId: C,
      symbol: 'C26/15-E',
      date: '2026-02-20',
      originalLanguage: 'en',
      submitters: ['kenya-id'],
      onBehalfOf: 'atu-id',
      coSponsors: [],
      title: 'African common proposals',
      substance: { kind: 'amendments', documentId: D, amendmentIds: ['amd-1', 'amd-2'] },
    }),
  ],
  [
    kenya,
    amendmentProposed({
      documentId: D,
      amendmentId: 'amd-1',
      versionNumber: 1,
      operation: mod,
      proposers: ['kenya-id'],
      onBehalfOf: 'atu-id',
      contributionId: 'ctr-k1',
    }),
  ],
  [
    kenya,
    amendmentProposed({
      documentId: D,
      amendmentId: 'amd-2',
      versionNumber: 1,
      operation: add,
      proposers: ['kenya-id'],
      contributionId: 'ctr-k1',
    }),
  ],
  [
    kenya,
    contributionRevised({
      contributionId: 'ctr-k1',
      consultationId: C,
      revision: 1,
      symbol: 'C26/15(Rev.1)-E',
      date: '2026-03-01',
      originalLanguage: 'en',
      submitters: ['kenya-id'],
      coSponsors: ['isoc-id'],
      title: 'African common proposals',
      substance: { kind: 'amendments', documentId: D, amendmentIds: ['amd-1', 'amd-2'] },
    }),
  ],
  [
    kenya,
    amendmentProposed({
      documentId: D,
      amendmentId: 'amd-3',
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: op3 },
      proposers: ['kenya-id'],
    }),
  ],
  [
    kenya,
    amendmentProposed({
      documentId: D,
      amendmentId: 'amd-4',
      versionNumber: 1,
      operation: { kind: 'move', provisionId: op3, position: { before: op1 } },
      proposers: ['kenya-id'],
    }),
  ],
  [
    kenya,
    amendmentProposed({
      documentId: D,
      amendmentId: 'amd-5',
      versionNumber: 1,
      operation: { kind: 'changeHeading', sectionId: TEXT.operative[0].id, heading: 'instructs the Secretary-General' },
      proposers: ['isoc-id'],
    }),
  ],
  [{ id: 'isoc-id', role: 'stakeholder' }, amendmentCoSponsored({ documentId: D, amendmentId: 'amd-1', stakeholderId: 'isoc-id' })],
  [
    kenya,
    amendmentRevised({ documentId: D, amendmentId: 'amd-1', revision: 1, operation: mod, explanation: 'aligned with the WSIS outcome' }),
  ],
  [secretariat, consultationPhaseChanged({ consultationId: C, from: 'open-for-contributions', to: 'negotiation' })],
  [
    chair,
    amendmentRuled({
      documentId: D,
      decisionId: 'dec-1',
      amendmentId: 'amd-1',
      ruling: 'accepted-as-modified',
      applied: mod,
      compromise: mod,
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    }),
  ],
  [
    chair,
    amendmentRuled({
      documentId: D,
      decisionId: 'dec-2',
      amendmentId: 'amd-2',
      ruling: 'rejected',
      reason: 'no support',
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    }),
  ],
  [
    chair,
    amendmentsMerged({
      documentId: D,
      decisionId: 'dec-3',
      amendmentIds: ['amd-3', 'amd-4'],
      operation: { kind: 'suppress', provisionId: op3 },
      applied: { kind: 'suppress', provisionId: op3 },
      meeting: 'CWG-WSIS&SDG-44',
    }),
  ],
  [
    chair,
    bracketsSettled({ documentId: D, decisionId: 'dec-4', provisionId: op2, bracketIndex: 0, choice: 1, applied: mod, date: '2026-04-10' }),
  ],
  [{ id: 'isoc-id', role: 'stakeholder' }, amendmentWithdrawn({ documentId: D, amendmentId: 'amd-5', by: 'isoc-id', reason: 'overtaken' })],
  [
    chair,
    reservationRecorded({
      documentId: D,
      decisionId: 'dec-5',
      stakeholderId: 'kenya-id',
      provisionId: op1,
      text: 'Kenya reserves its position on "all appropriate".',
    }),
  ],
  [
    chair,
    decisionCorrected({
      documentId: D,
      decisionId: 'dec-6',
      corrects: 'dec-2',
      amendmentId: 'amd-2',
      ruling: 'accepted',
      applied: add,
      reason: 'the plenary had agreed',
      meeting: 'CWG-WSIS&SDG-45',
      date: '2026-04-11',
    }),
  ],
  [chair, provisionsRead({ consultationId: C, meetingId: 'mtg-ic2', documentId: D, versionNumber: 1, provisionIds: [pre1, op1] })],
  [
    chair,
    provisionStatusesRecorded({
      documentId: D,
      decisionId: 'dec-7',
      versionNumber: 1,
      round: 1,
      statuses: [
        { provisionId: op1, status: 'agreed-ad-ref' },
        { provisionId: op2, status: 'bracketed' },
      ],
      meetingId: 'mtg-ic2',
      meeting: 'Second informal consultation',
      date: '2026-04-10',
    }),
  ],
  [
    kenya,
    stakeholderInputSubmitted({
      inputId: 'inp-1',
      consultationId: C,
      documentId: D,
      versionNumber: 1,
      provisionIds: [op2],
      stakeholderId: 'kenya-id',
      title: 'Digital divide',
      text: 'Mention the digital divide.',
      language: 'fr',
    }),
  ],
  [
    chair,
    revisionIssued({
      documentId: D,
      decisionId: 'dec-8',
      versionNumber: 2,
      revision: 1,
      label: 'Rev.1',
      symbol: 'C26/15(Rev.1)',
      date: '2026-04-12',
      changes: [mod],
      text: TEXT,
      reflects: [{ change: 0, amendmentIds: ['amd-1'], inputIds: ['inp-1'] }],
      rebased: [{ amendmentId: 'amd-2', operation: add }],
      overtaken: ['amd-3'],
    }),
  ],
  [kenya, stakeholderInputWithdrawn({ inputId: 'inp-1', consultationId: C, documentId: D, by: 'kenya-id', reason: 'taken up in Rev.1' })],
  [
    chair,
    silenceStarted({
      documentId: D,
      silenceId: 'sil-1',
      versionNumber: 2,
      deadline: '2026-04-20T18:00:00+02:00',
      timeZone: 'Europe/Zurich',
      adoption: { label: 'Rev.1 (adopted under silence)', meeting: 'plenary' },
    }),
  ],
  [
    chair,
    silenceExtended({
      documentId: D,
      silenceId: 'sil-1',
      deadline: '2026-04-21T18:00:00+02:00',
      timeZone: 'Europe/Zurich',
      reason: 'holiday',
    }),
  ],
  [
    kenya,
    silenceBroken({
      documentId: D,
      silenceId: 'sil-1',
      stakeholderId: 'kenya-id',
      provisionIds: [op1],
      reasons: 'the wording is not agreed',
    }),
  ],
  [
    system,
    silenceConcluded({
      documentId: D,
      silenceId: 'sil-1',
      decisionId: 'dec-9',
      outcome: 'broken',
      deadline: '2026-04-21T18:00:00+02:00',
      breaks: [{ stakeholderId: 'kenya-id', provisionIds: [op1] }],
    }),
  ],
  [
    system,
    silenceConcluded({
      documentId: D,
      silenceId: 'sil-1',
      decisionId: 'dec-10',
      outcome: 'held',
      deadline: '2026-04-21T18:00:00+02:00',
      breaks: [],
    }),
  ],
  [
    chair,
    versionAdopted({
      documentId: D,
      decisionId: 'dec-11',
      versionNumber: 3,
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-04-25',
      place: 'Geneva',
      number: 'Resolution 1334 (Modified 2026)',
      leftOpen: { amendmentIds: ['amd-2'], brackets: 3 },
      text: TEXT,
      method: { kind: 'recorded-vote', votes: [{ stakeholderId: 'kenya-id', vote: 'yes' }], tally: { yes: 12, no: 0, abstain: 1 } },
    }),
  ],
  [
    kenya,
    positionExplained({
      documentId: D,
      explanationId: 'exp-1',
      stakeholderId: 'kenya-id',
      kind: 'vote',
      timing: 'after-adoption',
      text: 'Kenya voted in favour.',
      versionNumber: 3,
      meeting: 'sixth Plenary Meeting',
    }),
  ],
  [secretariat, consultationPhaseChanged({ consultationId: C, from: 'adoption', to: 'negotiation', reason: 'a text to settle' })],
  [
    secretariat,
    languageVersionAdded({
      documentId: D,
      versionNumber: 3,
      text: { ...languageVersionOf(TEXT), language: 'fr' },
      source: { format: 'plain', importWarnings: 0 },
      alignment: { matched: 5, acceptedDoubtful: [op2] },
    }),
  ],
  [
    chair,
    translationTasksOpened({
      documentId: D,
      decisionId: 'dec-12',
      tasks: [
        {
          taskId: 'task-1',
          language: 'fr',
          provisionId: op1,
          reason: 'changed',
          originalBefore: 'a',
          originalAfter: 'b',
          currentWording: 'c',
        },
        {
          taskId: 'task-2',
          language: 'ar',
          provisionId: op1,
          reason: 'changed',
          originalBefore: 'a',
          originalAfter: 'b',
          currentWording: 'c',
        },
      ],
      replaces: [],
    }),
  ],
  [
    { id: 'translator-7', role: 'secretariat' },
    translationRecorded({
      documentId: D,
      language: 'fr',
      provisions: [{ provisionId: op1, text: 'de prendre' }],
      closes: ['task-1'],
      translatorId: 'translator-7',
    }),
  ],
  [
    system,
    adoptedVersionAligned({ documentId: D, versionNumber: 3, language: 'fr', text: { ...languageVersionOf(TEXT), language: 'fr' } }),
  ],
  [kenya, contributionWithdrawn({ contributionId: 'ctr-k1', consultationId: C, by: 'kenya-id', reason: 'taken up in the revision' })],
];

const ROWS = fold(EVERYTHING);

/** What the reader sees of a row in Arabic once the isolated words (names, titles, quotations, citations) are set aside. */
function arabicOutsideIsolates(message: TimelineMessage): string {
  return timelineHtml(message, 'ar')!
    .markup.replace(/<bdi>[^<]*<\/bdi>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ');
}

describe('the timeline as messages of the reader', () => {
  it('records every kind of row, each with a message', () => {
    expect([...new Set(ROWS.map((row) => row.kind))].sort()).toEqual([...HISTORY_KINDS].sort());
  });

  it.each(['ar', 'en'] as const)('renders every row in %s, every placeholder filled, no id shown', (locale) => {
    for (const row of ROWS) {
      const text = timelineText(row.message, locale);
      expect({ kind: row.kind, text }).toEqual({ kind: row.kind, text: expect.any(String) });
      expect({ kind: row.kind, leftover: /\{\w+\}/u.test(text!) }).toEqual({ kind: row.kind, leftover: false });
      expect({ kind: row.kind, ids: IDS.filter((id) => text!.includes(id)), pattern: ID_PATTERN.exec(text!)?.[0] }).toEqual({
        kind: row.kind,
        ids: [],
        pattern: undefined,
      });
    }
  });

  it('writes the Arabic rows in Arabic, Latin letters only inside the isolated words of the document and of names', () => {
    for (const row of ROWS) {
      const outside = arabicOutsideIsolates(row.message);
      expect({ kind: row.kind, latin: outside.match(/[A-Za-z]+/gu) ?? [] }).toEqual({ kind: row.kind, latin: [] });
      expect({ kind: row.kind, arabic: /[\u0600-\u06FF]/u.test(outside) }).toEqual({ kind: row.kind, arabic: true });
    }
  });

  it('cites provisions as printed with their section, and names amendments by proposer and tag', () => {
    const proposed = ROWS.find((row) => row.kind === 'amendment-proposed')!;
    expect(timelineText(proposed.message, 'en')).toBe(
      'Republic of Kenya on behalf of African Telecommunications Union proposed MOD of resolves to instruct the Secretary-General, 1 in Resolution 1334 (C26/15-E)',
    );
    expect(timelineText(proposed.message, 'ar')).toBe(
      'اقترح Republic of Kenya باسم African Telecommunications Union تعديل resolves to instruct the Secretary-General, 1 في Resolution 1334 (في المساهمة C26/15-E)',
    );
    expect(timelineHtml(proposed.message, 'ar')!.markup).toContain('تعديل <bdi>resolves to instruct the Secretary-General, 1</bdi>');
    const ruled = ROWS.find((row) => row.kind === 'amendment-ruled')!;
    expect(timelineText(ruled.message, 'en')).toMatch(
      /^Accepted as modified at CWG-WSIS&SDG-44 on 2026-04-10: MOD of .*, proposed by Republic of Kenya/u,
    );
  });

  it('keeps the English summary for API clients beside the message', () => {
    for (const row of ROWS) expect(row.summary.length).toBeGreaterThan(0);
  });

  it('has the plural forms the Arabic counts need', () => {
    const adopted = ROWS.find((row) => row.kind === 'version-adopted')!;
    expect(timelineText(adopted.message, 'ar')).toContain('3 مجموعات معقوفين');
    expect(timelineText(adopted.message, 'ar')).toContain('تعديل واحد');
    expect(timelineText(adopted.message, 'en')).toContain('one amendment, 3 bracket groups');
  });
});

describe('the operations of amendments, by their tags', () => {
  const names = messageNames((id) => ({ 'kenya-id': 'Republic of Kenya' })[id], TEXT);
  const section = TEXT.operative[0].id;
  const operations: AmendmentOperation[] = [
    mod,
    add,
    { kind: 'replaceText', provisionId: op1, text: 'to act' },
    { kind: 'suppress', provisionId: op1 },
    { kind: 'move', provisionId: op3, position: { asChildOf: op1 } },
    { kind: 'move', provisionId: op3, position: { atEndOf: section }, oldText: wording(op3), newText: 'to report' },
    { kind: 'addFootnote', provisionId: op1, footnoteId: 'fn-1', text: 'See Resolution 73.' },
    { kind: 'changeFootnote', provisionId: op1, footnoteId: 'fn-1', text: 'See Resolution 140.' },
    { kind: 'suppressFootnote', provisionId: op1, footnoteId: 'fn-1' },
    { kind: 'changeTitle', title: 'A new title' },
    { kind: 'suppressSection', sectionId: section },
    { kind: 'offerAlternatives', provisionId: op1, baseText: wording(op1), from: 0, to: 1, alternatives: ['all', 'some'] },
    { kind: 'settleBrackets', provisionId: op1, bracketIndex: 0, choice: 'none' },
    { kind: 'changeHeading', sectionId: section, heading: 'instructs' },
    { kind: 'addSection', part: 'operative', sectionId: 'op-9', heading: 'invites Member States', position: { afterSection: section } },
    { kind: 'addSection', part: 'operative', sectionId: 'op-9', heading: 'invites Member States', position: { beforeSection: section } },
    { kind: 'addSection', part: 'operative', sectionId: 'op-9', heading: 'invites Member States', position: { atEndOfPart: 'operative' } },
    { kind: 'addSection', part: 'preamble', sectionId: 'pre-9', heading: 'noting', position: { atEndOfPart: 'preamble' } },
    { kind: 'add', newId: 'op-1-9', position: { before: 'gone' }, text: 'to act' },
  ];

  it.each(['ar', 'en'] as const)('says each in %s without an id or a leftover placeholder', (locale) => {
    for (const op of operations) {
      const text = timelineText(operationMessage(op, names), locale)!;
      expect({ op: op.kind, text }).toEqual({ op: op.kind, text: expect.any(String) });
      expect({ op: op.kind, bad: /\{\w+\}|\b(?:op|pre)-\d|fn-1/u.exec(text)?.[0] }).toEqual({ op: op.kind, bad: undefined });
      if (locale === 'ar')
        expect({ op: op.kind, latin: arabicOutsideIsolates(operationMessage(op, names)).match(/[A-Za-z]+/gu) ?? [] }).toEqual({
          op: op.kind,
          latin: [],
        });
    }
  });

  it('says so in words when a provision is no longer in the text', () => {
    expect(timelineText(operationMessage(operations.at(-1)!, names), 'en')).toBe('ADD before a provision no longer in the text: “to act”');
  });

  it('translates every operation key the catalogue has', () => {
    const used = new Set(operations.flatMap((op) => timelineKeysOf(operationMessage(op, names))));
    const opKeys = Object.keys(CATALOGUES.en).filter((key) => key.startsWith('timeline.op.'));
    expect(opKeys.filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('the catalogue of the timeline', () => {
  it('renders every key of it in both languages once its placeholders are given', () => {
    for (const key of Object.keys(CATALOGUES.en).filter((k) => k.startsWith('timeline.') && !k.startsWith('timeline.count.'))) {
      const placeholders = [...(CATALOGUES.en as Record<string, string>)[key].matchAll(/\{(\w+)\}/gu)].map((m) => m[1]);
      const message = { key, params: Object.fromEntries(placeholders.map((name) => [name, 'X'])) };
      for (const locale of ['ar', 'en'] as const) {
        const text = timelineText(message, locale)!;
        expect({ key, locale, leftover: /\{\w+\}/u.test(text) }).toEqual({ key, locale, leftover: false });
      }
    }
  });

  it('uses every row key it has', () => {
    const used = new Set(ROWS.flatMap((row) => timelineKeysOf(row.message)));
    const entryKeys = Object.keys(CATALOGUES.en).filter((key) => key.startsWith('timeline.entry.'));
    expect(entryKeys.filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('a provision cited as printed', () => {
  it('names its section and label, with the comma of the document language', () => {
    expect(citeProvision(TEXT, op2)).toBe('resolves to instruct the Secretary-General, 2');
    expect(citeProvision(TEXT, pre1)).toBe('recalling, a)');
    expect(citeProvision(ARABIC, ARABIC.operative[0].provisions[1].id)).toBe('يقرر أن يكلف الأمين العام، 2');
    expect(citeProvision(TEXT, 'op-1-404')).toBe('');
  });
});
