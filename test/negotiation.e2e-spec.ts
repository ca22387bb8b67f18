import { Client } from 'pg';
import { AmendmentOperation, ResolutionDocument, toInterchange } from '#libs/text';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { STAKEHOLDERS, amendmentsTo, contributionCover, negotiationActors } from './support/negotiation-parties';
import { Answer, expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { DecidedChanges, modifyWords, offerAlternatives, res1334, res1334Source, wordingOf } from './support/negotiation-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';

/**
 * The workflow end to end, as the ITU Council's working group on WSIS and the SDGs would
 * run it to revise Resolution 1334 after the WSIS+20 review: contributions from a Member
 * State, a regional group, civil society and the private sector; the chair's rulings;
 * adoption at a plenary meeting. Gateway, ledger and projector run as separate processes
 * on a real Kafka broker and a real PostgreSQL. Reads are eventually consistent, so every
 * read after a command waits for the projector.
 */
describe('a negotiation of Council Resolution 1334, from contributions to the adopted text, in the full mode', () => {
  const step = scenarioSteps();
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let sql: Client;
  let as: Awaited<ReturnType<typeof negotiationActors>>;
  let base: ResolutionDocument;

  let consultationId: string;
  let otherConsultationId: string;
  let documentId: string;
  /** Contributions by symbol, and amendments by a name saying who proposed what. */
  const contribution: Record<string, string> = {};
  const amendment: Record<string, string> = {};
  /** What each amendment proposes, as sent. */
  const proposed: Record<string, AmendmentOperation> = {};
  const decision: Record<string, string> = {};
  const decided = new DecidedChanges();

  // Deadlines are judged against the clock: the call for contributions closes a month from now.
  const CALL_CLOSES = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  const FIRST_MEETING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };
  const ADOPTION = {
    label: 'Modified 2026',
    meeting: 'seventh Plenary Meeting',
    date: '2026-06-18',
    place: 'Geneva',
    number: 'القرار 1334 (المعدَّل في 2026)',
    adoptionLine: 'اعتُمد في الجلسة العامة السابعة',
  };

  beforeAll(async () => {
    database = await createTestDatabase('negotiation');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    as = await negotiationActors(new HttpClient(`http://127.0.0.1:${env.PORT}`));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    base = res1334();
  });

  afterAll(async () => {
    await sql?.end();
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  const recordedEvents = async () => Number((await sql.query('SELECT count(*) AS n FROM events')).rows[0].n);

  /** Reads a resource until the projector shows what `check` expects of it. */
  function until(path: string, check: (json: any) => void = () => undefined): Promise<any> {
    return eventually(async () => {
      const answer = await as.secretariat.get(`/api/v1${path}`);
      expect(answer.status).toBe(200);
      check(answer.json);
      return answer.json;
    });
  }

  /** The amendments a contribution carries, in the order it lists them, once projected. */
  async function amendmentsOfContribution(contributionId: string, revision = 0): Promise<string[]> {
    const read = await until(`/contributions/${contributionId}`, (c) => expect(c.revision).toBe(revision));
    return read.substance.amendmentIds;
  }

  const statusOf = async (amendmentId: string) => (await as.secretariat.get(`/api/v1/amendments/${amendmentId}`)).json?.status;
  const untilStatus = (name: string, status: string) => until(`/amendments/${amendment[name]}`, (a) => expect(a.status).toBe(status));
  const phase = (actor: HttpClient, to: string, reason?: string) =>
    actor.post(`/api/v1/consultations/${consultationId}/phase`, { to, ...(reason ? { reason } : {}) });

  async function submitContribution(
    actor: HttpClient,
    symbol: string,
    title: string,
    cover: Record<string, unknown>,
    operations: Record<string, AmendmentOperation>,
  ) {
    const answer = await actor.post('/api/v1/contributions', {
      consultationId,
      ...contributionCover(symbol, title, cover),
      substance: amendmentsTo(documentId, 1, ...Object.values(operations).map((operation) => ({ operation }))),
    });
    const created = recorded(`contribution ${symbol}`, answer);
    contribution[symbol] = created.id;
    const ids = await amendmentsOfContribution(created.id);
    Object.keys(operations).forEach((name, i) => {
      amendment[name] = ids[i];
      proposed[name] = operations[name];
    });
    return created;
  }

  async function rule(name: string, ruling: string, extra: Record<string, unknown> = {}): Promise<string> {
    const answer = await as.chair.post(`/api/v1/amendments/${amendment[name]}/decision`, { ruling, ...FIRST_MEETING, ...extra });
    const id = recorded(`ruling ${ruling} on ${name}`, answer).id;
    decision[name] = id;
    return id;
  }

  step('the secretariat registers the stakeholders, a group and its member, and two consultations with their chairs', async () => {
    for (const stakeholder of Object.values(STAKEHOLDERS)) {
      recorded(`register ${stakeholder.id}`, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    }
    const created = await as.secretariat.post(
      '/api/v1/consultations',
      wsis20Consultation({ chairs: ['chair-cwg-wsis', 'vice-chair-cwg-wsis'], deadlines: { 'open-for-contributions': CALL_CLOSES } }),
    );
    consultationId = recorded('register the consultation', created).id;
    otherConsultationId = recorded(
      'register another consultation',
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Revision of Resolution 30 (Rev. Kigali, 2022)',
        body: 'WTDC-25',
        subject: 'Role of ITU-D in implementing the WSIS outcomes',
        originalLanguage: 'en',
        chairs: ['chair-wtdc-res30'],
      }),
    ).id;

    const group = await until('/stakeholders/african-group');
    expect(group).toMatchObject({ category: 'member-state', region: 'africa', memberIds: ['kenya'] });
    await until(`/consultations/${consultationId}`, (c) => expect(c.phase).toBe('drafting'));
    await until(`/consultations/${otherConsultationId}`);
  });

  step("registers Resolution 1334 (Modified 2023) as the base text, imported from the Council's Arabic text", async () => {
    const answer = await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      source: res1334Source(),
      language: 'ar',
      style: 'itu',
    });
    const created = recorded('register the base text', answer);
    documentId = created.id;
    expect(answer.headers.get('etag')).toBe('"1"');
    expect(created.warnings).toEqual([]);

    const version = await until(`/documents/${documentId}/versions/1`);
    const imported = toInterchange(base);
    expect(version).toMatchObject({ number: 1, label: 'Modified 2023', adoptedMeeting: null });
    expect(version.text.preamble).toEqual(imported.preamble);
    expect(version.text.operative).toEqual(imported.operative);
    const documents = await until(`/consultations/${consultationId}/documents`);
    expect(JSON.stringify(documents)).toContain(documentId);
  });

  step('refuses a contribution before the call for contributions opens (409 wrong-phase) and a jump over a phase (422)', async () => {
    const before = await recordedEvents();
    const early = await as.egypt.post('/api/v1/contributions', {
      consultationId,
      ...contributionCover('C26/11-A', 'Early proposal'),
      substance: amendmentsTo(documentId, 1, { operation: { kind: 'suppress', provisionId: 'op-1-6' } }),
    });
    expectRefused('a contribution while drafting', early, 409, 'wrong-phase');
    expectRefused('from drafting straight to negotiation', await phase(as.secretariat, 'negotiation'), 422, 'invalid');
    expect(await recordedEvents()).toBe(before);

    for (const { id } of Object.values(STAKEHOLDERS)) {
      recorded(`admit ${id}`, await as.secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
    }
    recorded('open for contributions', await phase(as.secretariat, 'open-for-contributions'), 200);
    await until(`/consultations/${consultationId}`, (c) => expect(c.phase).toBe('open-for-contributions'));
  });

  step('Egypt contributes an item before the first of the preamble, a MOD, a SUP and a new heading', async () => {
    const created = await submitContribution(
      as.egypt,
      'C26/12-A',
      'Proposed modifications to Resolution 1334',
      {},
      {
        'egypt: add before the first preamble item': {
          kind: 'add',
          newId: 'pre-1-egypt',
          position: { before: 'pre-1-1' },
          text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى للجمعية العامة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
        },
        'egypt: MOD op-1-1': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
        'egypt: SUP op-1-6': { kind: 'suppress', provisionId: 'op-1-6' },
        'egypt: heading of pre-5': { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يعرب عن تقديره' },
      },
    );
    expect(created.conflicts).toEqual([]);
    const listed = await until(`/documents/${documentId}/amendments?status=pending`, (list) => expect(list).toHaveLength(4));
    expect(listed.map((a: any) => [a.id, a.contributionId, a.proposers])).toEqual(
      Object.keys(proposed).map((name) => [amendment[name], contribution['C26/12-A'], ['egypt']]),
    );
  });

  step(
    "the African Group, through its member Kenya, contributes; its MOD on the same words as Egypt's is reported as a conflict at once",
    async () => {
      const created = await submitContribution(
        as.kenya,
        'C26/15-A',
        'African common proposals on Resolution 1334',
        { submitters: ['african-group'] },
        {
          'african group: MOD op-1-1': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'كل التدابير اللازمة'),
          'african group: add at the end of op-3': {
            kind: 'add',
            newId: 'op-3-african',
            position: { atEndOf: 'op-3' },
            text: 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛',
          },
          'african group: move op-4-5': { kind: 'move', provisionId: 'op-4-5', position: { after: 'op-4-1' } },
        },
      );
      expect(created.conflicts).toEqual([
        expect.objectContaining({
          amendmentIds: [amendment['egypt: MOD op-1-1'], amendment['african group: MOD op-1-1']],
          reason: 'overlapping-words',
        }),
      ]);
      const proposal = await until(`/amendments/${amendment['african group: MOD op-1-1']}`);
      expect(proposal).toMatchObject({ proposers: ['african-group'], contributionId: contribution['C26/15-A'], status: 'pending' });
    },
  );

  step('APC offers bracketed alternatives and a footnote; Ericsson adds an item after another and proposes a MOD', async () => {
    await submitContribution(
      as.apc,
      'C26/20-E',
      'Multistakeholder participation in the WSIS process beyond 2025',
      { originalLanguage: 'en' },
      {
        'apc: alternatives in op-3-4': offerAlternatives(base, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']),
        'apc: footnote on op-4-4': {
          kind: 'addFootnote',
          provisionId: 'op-4-4',
          footnoteId: 'fn-apc',
          text: 'بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.',
        },
      },
    );
    await submitContribution(
      as.ericsson,
      'C26/22-E',
      'Sector Members in the WSIS+20 follow-up',
      { originalLanguage: 'en' },
      {
        'ericsson: add after op-1-12': {
          kind: 'add',
          newId: 'op-1-ericsson',
          position: { after: 'op-1-12' },
          text: 'بتشجيع مشاركة القطاع الخاص وأعضاء القطاعات في عملية الاستعراض WSIS+20؛',
        },
        'ericsson: MOD op-2-1': modifyWords(base, 'op-2-1', 'ومديرو المكاتب', 'ومديرو المكاتب وأعضاء القطاعات'),
      },
    );
    recorded(
      'Kenya co-sponsors the footnote',
      await as.kenya.post(`/api/v1/amendments/${amendment['apc: footnote on op-4-4']}/co-sponsors`, {}),
    );
    await until(`/amendments/${amendment['apc: footnote on op-4-4']}`, (a) => expect(a.coSponsors).toEqual(['kenya']));
  });

  step("a withdrawn contribution takes its pending amendments with it; no one withdraws another's amendment (403)", async () => {
    await submitContribution(
      as.ericsson,
      'C26/24-E',
      'The WSIS trust fund',
      { originalLanguage: 'en' },
      { 'ericsson: SUP op-4-6': { kind: 'suppress', provisionId: 'op-4-6' } },
    );
    recorded('Ericsson withdraws C26/24', await as.ericsson.post(`/api/v1/contributions/${contribution['C26/24-E']}/withdrawal`, {}));
    await until(`/contributions/${contribution['C26/24-E']}`, (c) => expect(c.status).toBe('withdrawn'));
    await untilStatus('ericsson: SUP op-4-6', 'withdrawn');

    const before = await recordedEvents();
    expectRefused(
      'APC withdrawing an amendment of Egypt',
      await as.apc.post(`/api/v1/amendments/${amendment['egypt: SUP op-1-6']}/withdrawal`, { reason: 'not ours to keep' }),
      403,
      'not-allowed',
    );
    expect(await recordedEvents()).toBe(before);
    expect(await statusOf(amendment['egypt: SUP op-1-6'])).toBe('pending');
  });

  step('a stakeholder proposes for itself or a group it belongs to, never for another (403 not-allowed)', async () => {
    const before = await recordedEvents();
    const forEgypt = await as.apc.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: 'op-4-3' },
      proposers: ['egypt'],
    });
    expectRefused('APC proposing for Egypt', forEgypt, 403, 'not-allowed');
    expect(await recordedEvents()).toBe(before);

    const operation: AmendmentOperation = {
      kind: 'add',
      newId: 'op-2-african',
      position: { after: 'op-2-3' },
      text: 'بمتابعة نواتج الاجتماع الرفيع المستوى للجمعية العامة لعام 2025 وتقديم تقرير عنها إلى المجلس؛',
    };
    const forGroup = await as.kenya.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation,
      proposers: ['african-group'],
      explanation: 'Follow-up of the outcome.',
    });
    amendment['african group: add after op-2-3'] = recorded('Kenya proposing for the African Group', forGroup).id;
    proposed['african group: add after op-2-3'] = operation;
    await until(`/amendments/${amendment['african group: add after op-2-3']}`, (a) => expect(a.proposers).toEqual(['african-group']));
  });

  step('the chair closes the call for contributions; a late contribution is refused (409 wrong-phase)', async () => {
    recorded('to negotiation', await phase(as.chair, 'negotiation'), 200);
    const before = await recordedEvents();
    const late = await as.ericsson.post('/api/v1/contributions', {
      consultationId,
      ...contributionCover('C26/30-E', 'Late proposal', { originalLanguage: 'en' }),
      substance: amendmentsTo(documentId, 1, { operation: { kind: 'suppress', provisionId: 'op-4-3' } }),
    });
    expectRefused('a contribution in negotiation', late, 409, 'wrong-phase');
    expect(await recordedEvents()).toBe(before);
  });

  step('reopening the call takes a chair and a reason; the African Group then issues Rev.1, and Rev.0 stays readable', async () => {
    const before = await recordedEvents();
    expectRefused(
      'the secretariat going back a phase',
      await phase(as.secretariat, 'open-for-contributions', 'late revision'),
      403,
      'not-allowed',
    );
    expectRefused('a chair going back without a reason', await phase(as.chair, 'open-for-contributions'), 422, 'invalid');
    expect(await recordedEvents()).toBe(before);
    recorded('reopen', await phase(as.chair, 'open-for-contributions', 'to receive Rev.1 of the African common proposals (C26/15)'), 200);

    const rev0 = await amendmentsOfContribution(contribution['C26/15-A']);
    const revisedAdd: AmendmentOperation = {
      kind: 'add',
      newId: 'op-3-african',
      position: { atEndOf: 'op-3' },
      text: 'دعم مشاركة البلدان النامية، ولا سيما أقل البلدان نمواً، في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛',
    };
    const revision = await as.kenya.post(`/api/v1/contributions/${contribution['C26/15-A']}/revisions`, {
      ...contributionCover('C26/15(Rev.1)-A', 'African common proposals on Resolution 1334', {
        submitters: ['african-group'],
        date: '2026-02-27',
      }),
      substance: amendmentsTo(
        documentId,
        1,
        { operation: proposed['african group: MOD op-1-1'] },
        { operation: revisedAdd, explanation: 'Rev.1: the least developed countries named.' },
        { operation: proposed['african group: move op-4-5'] },
      ),
    });
    const revised = recorded('Rev.1 of C26/15', revision);
    const rev1 = await amendmentsOfContribution(contribution['C26/15-A'], 1);
    expect(revised.conflicts).toEqual([expect.objectContaining({ amendmentIds: [amendment['egypt: MOD op-1-1'], rev1[0]] })]);
    ['african group: MOD op-1-1', 'african group: add at the end of op-3', 'african group: move op-4-5'].forEach(
      (name, i) => (amendment[name] = rev1[i]),
    );
    proposed['african group: add at the end of op-3'] = revisedAdd;

    const revisions = await until(`/contributions/${contribution['C26/15-A']}/revisions`, (list) => expect(list).toHaveLength(2));
    expect(revisions.map((r: any) => [r.revision, r.cover.symbol, r.substance.amendmentIds])).toEqual([
      [0, 'C26/15-A', rev0],
      [1, 'C26/15(Rev.1)-A', rev1],
    ]);
    for (const id of rev0) await until(`/amendments/${id}`, (a) => expect(a.status).toBe('withdrawn'));
    for (const id of rev1) await until(`/amendments/${id}`, (a) => expect(a.status).toBe('pending'));

    recorded('back to negotiation', await phase(as.chair, 'negotiation'), 200);
    await until(`/consultations/${consultationId}`, (c) => expect(c.phase).toBe('negotiation'));
  });

  step(
    'a request sent twice with one Idempotency-Key, one after the other or at once, is recorded once; the key with another body is refused (422)',
    async () => {
      const operation = modifyWords(base, 'op-4-2', 'إلى أعلى درجة', 'إلى أقصى حد');
      const body = { versionNumber: 1, operation, explanation: 'Stronger wording.' };
      const key = { 'Idempotency-Key': 'egypt-mod-op-4-2-0001' };
      const before = await recordedEvents();
      const first = await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, body, key);
      recorded('the first sending', first);
      expect(await recordedEvents()).toBe(before + 1);

      const again = await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, body, key);
      recorded('the second sending', again);
      expect(again.json).toEqual(first.json);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(await recordedEvents()).toBe(before + 1);

      expectRefused(
        'the key with another body',
        await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, { ...body, explanation: 'Another.' }, key),
        422,
        'idempotency-key-reused',
      );
      expect(await recordedEvents()).toBe(before + 1);
      amendment['egypt: MOD op-4-2'] = first.json.id;
      proposed['egypt: MOD op-4-2'] = operation;
      await untilStatus('egypt: MOD op-4-2', 'pending');

      // Sent twice at once (a client retrying before the first answer came back): still one event.
      const coSponsor = () =>
        as.ericsson.post(
          `/api/v1/amendments/${amendment['apc: alternatives in op-3-4']}/co-sponsors`,
          {},
          { 'Idempotency-Key': 'ericsson-cosponsor-c26-20-1' },
        );
      const atOnce = await Promise.all([coSponsor(), coSponsor()]);
      atOnce.forEach((answer, i) => recorded(`co-sponsoring, sending ${i + 1}`, answer));
      expect(atOnce[1].json).toEqual(atOnce[0].json);
      expect(atOnce.map((a) => a.headers.get('idempotent-replayed')).sort()).toEqual(['true', null].sort());
      expect(await recordedEvents()).toBe(before + 2);
      await until(`/amendments/${amendment['apc: alternatives in op-3-4']}`, (a) => expect(a.coSponsors).toEqual(['ericsson']));
    },
  );

  step(
    'rulings belong to a chair of this consultation: a stakeholder (403 by role) and the chair of another consultation (403 not-allowed) are refused',
    async () => {
      const before = await recordedEvents();
      const target = `/api/v1/amendments/${amendment['egypt: add before the first preamble item']}/decision`;
      expectRefused('Egypt ruling', await as.egypt.post(target, { ruling: 'accepted' }), 403, 'forbidden');
      expectRefused(
        'the chair of the WTDC consultation ruling',
        await as.otherChair.post(target, { ruling: 'accepted' }),
        403,
        'not-allowed',
      );
      expect(await recordedEvents()).toBe(before);
    },
  );

  step('the chair rules on each amendment: accepted, merged with a compromise, rejected, accepted as modified, deferred', async () => {
    decided.record(
      await rule('egypt: add before the first preamble item', 'accepted'),
      proposed['egypt: add before the first preamble item'],
    );

    const merged = modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير اللازمة والمناسبة');
    const merge = await as.chair.post(`/api/v1/documents/${documentId}/merges`, {
      amendmentIds: [amendment['egypt: MOD op-1-1'], amendment['african group: MOD op-1-1']],
      operation: merged,
      ...FIRST_MEETING,
    });
    decision['merge of op-1-1'] = recorded('merge of the two MODs of op-1-1', merge).id;
    decided.record(decision['merge of op-1-1'], merged);

    await rule('egypt: SUP op-1-6', 'rejected', { reason: 'The updates until 2025 are still to be delivered.' });

    const heading: AmendmentOperation = { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يقدر تقديراً عالياً' };
    decided.record(await rule('egypt: heading of pre-5', 'accepted-as-modified', { compromise: heading }), heading);

    await rule('african group: add at the end of op-3', 'deferred', { reason: 'Consultations continue.' });
    decided.record(await rule('african group: move op-4-5', 'accepted'), proposed['african group: move op-4-5']);
    decided.record(await rule('apc: alternatives in op-3-4', 'accepted'), proposed['apc: alternatives in op-3-4']);
    decided.record(await rule('apc: footnote on op-4-4', 'accepted'), proposed['apc: footnote on op-4-4']);

    const ericssonCompromise: AmendmentOperation = {
      kind: 'add',
      newId: 'op-1-ericsson',
      position: { after: 'op-1-12' },
      text: 'بتشجيع مشاركة جميع أصحاب المصلحة، بما في ذلك أعضاء القطاعات، في متابعة نواتج الاستعراض WSIS+20؛',
    };
    decided.record(
      await rule('ericsson: add after op-1-12', 'accepted-as-modified', { compromise: ericssonCompromise }),
      ericssonCompromise,
    );

    const expected: Record<string, string> = {
      'egypt: add before the first preamble item': 'accepted',
      'egypt: MOD op-1-1': 'merged',
      'african group: MOD op-1-1': 'merged',
      'egypt: SUP op-1-6': 'rejected',
      'egypt: heading of pre-5': 'accepted-as-modified',
      'african group: add at the end of op-3': 'deferred',
      'african group: move op-4-5': 'accepted',
      'apc: alternatives in op-3-4': 'accepted',
      'apc: footnote on op-4-4': 'accepted',
      'ericsson: add after op-1-12': 'accepted-as-modified',
    };
    await until(`/documents/${documentId}/amendments`, (list) => {
      const statusById = Object.fromEntries(list.map((a: any) => [a.id, a.status]));
      expect(Object.fromEntries(Object.keys(expected).map((name) => [name, statusById[amendment[name]]]))).toEqual(expected);
    });
  });

  step('ruling twice on one amendment is refused (409 conflict), and so is a decision under a stale If-Match (412)', async () => {
    const before = await recordedEvents();
    expectRefused(
      'a second ruling',
      await as.chair.post(`/api/v1/amendments/${amendment['egypt: add before the first preamble item']}/decision`, { ruling: 'rejected' }),
      409,
      'conflict',
    );
    expectRefused(
      'a ruling under If-Match "1"',
      await as.chair.post(
        `/api/v1/amendments/${amendment['ericsson: MOD op-2-1']}/decision`,
        { ruling: 'rejected' },
        { 'If-Match': '"1"' },
      ),
      412,
      'precondition-failed',
    );
    expect(await recordedEvents()).toBe(before);
    await rule('ericsson: MOD op-2-1', 'rejected', {
      reason: 'The Council Working Group hears Sector Members through the Secretary-General.',
    });
  });

  /** Two co-chairs rule at once on one amendment; returns the recorded decision and the refused answer. */
  async function concurrentRulings(
    name: string,
    headers: Record<string, string>,
  ): Promise<{ won: Answer; wonRuling: string; lost: Answer }> {
    const before = await recordedEvents();
    const target = `/api/v1/amendments/${amendment[name]}/decision`;
    const answers = await Promise.all([
      as.chair.post(target, { ruling: 'accepted', ...FIRST_MEETING }, headers),
      as.viceChair.post(target, { ruling: 'rejected', ...FIRST_MEETING }, headers),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const winner = statuses.indexOf(201);
    const wonRuling = winner === 0 ? 'accepted' : 'rejected';
    expect(await recordedEvents()).toBe(before + 1);
    decision[name] = answers[winner].json.id;
    decided.record(answers[winner].json.id, wonRuling === 'accepted' ? proposed[name] : undefined);
    await untilStatus(name, wonRuling);
    return { won: answers[winner], wonRuling, lost: answers[1 - winner] };
  }

  let documentEtag: string;

  step('two co-chairs ruling on one amendment at once: exactly one decision is recorded, the other is refused (409)', async () => {
    const { won, lost } = await concurrentRulings('egypt: MOD op-4-2', {});
    expectRefused('the slower ruling', lost, 409, 'conflict');
    documentEtag = won.headers.get('etag')!;
    expect(documentEtag).toMatch(/^"\d+"$/);
  });

  step('two rulings under the same If-Match: one is recorded, the other refused (412, or 409)', async () => {
    const { lost } = await concurrentRulings('african group: add after op-2-3', { 'If-Match': documentEtag });
    expect([412, 409]).toContain(lost.status);
    expectRefused('the slower ruling', lost, lost.status, lost.status === 412 ? 'precondition-failed' : 'conflict');
  });

  step('a correction is a new decision that cites the one it corrects; a reservation is put on the record', async () => {
    const corrected = decision['egypt: SUP op-1-6'];
    const answer = await as.chair.post(`/api/v1/documents/${documentId}/corrections`, {
      corrects: corrected,
      ruling: 'accepted',
      reason: 'The item was spent: the updates until 2025 were delivered, as the secretariat confirmed.',
    });
    decision['correction of the SUP'] = recorded('the correction', answer).id;
    decided.correct(corrected, decision['correction of the SUP'], proposed['egypt: SUP op-1-6']);

    const reservation = await as.chair.post(`/api/v1/documents/${documentId}/reservations`, {
      stakeholderId: 'egypt',
      provisionId: 'op-1-ericsson',
      text: 'Egypt reserves its position on the role of Sector Members in the follow-up.',
      ...FIRST_MEETING,
    });
    decision['reservation of Egypt'] = recorded('the reservation', reservation).id;

    const decisions = await until(`/documents/${documentId}/decisions`, (list) =>
      expect(list.map((d: any) => d.id)).toEqual(
        expect.arrayContaining([decision['correction of the SUP'], decision['reservation of Egypt']]),
      ),
    );
    const byId = Object.fromEntries(decisions.map((d: any) => [d.id, d]));
    expect(byId[corrected]).toMatchObject({ kind: 'ruling', correctedBy: decision['correction of the SUP'] });
    expect(byId[decision['correction of the SUP']]).toMatchObject({
      kind: 'correction',
      amendmentIds: [amendment['egypt: SUP op-1-6']],
      payload: expect.objectContaining({ corrects: corrected }),
    });
    expect(byId[decision['reservation of Egypt']]).toMatchObject({
      kind: 'reservation',
      payload: expect.objectContaining({ stakeholderId: 'egypt', provisionId: 'op-1-ericsson' }),
    });
    await untilStatus('egypt: SUP op-1-6', 'accepted');
  });

  step('adoption is refused while an amendment is undecided, then while brackets remain (422)', async () => {
    recorded('to adoption', await phase(as.chair, 'adoption'), 200);
    const before = await recordedEvents();
    const undecided = await as.chair.post(`/api/v1/documents/${documentId}/adoptions`, ADOPTION);
    expectRefused('adoption with a deferred amendment', undecided, 422, 'invalid');
    expect(undecided.json.detail).toMatch(/^undecided amendments remain: .+'s ADD of .+; rule on them or record them as left open$/);
    expect(undecided.json.detail).not.toContain(amendment['african group: add at the end of op-3']);
    expect(await recordedEvents()).toBe(before);

    decided.record(
      await rule('african group: add at the end of op-3', 'accepted', { meeting: 'seventh Plenary Meeting', date: ADOPTION.date }),
      proposed['african group: add at the end of op-3'],
    );

    const bracketed = await as.chair.post(`/api/v1/documents/${documentId}/adoptions`, ADOPTION);
    expectRefused('adoption with brackets', bracketed, 422, 'invalid');
    expect(bracketed.json.detail).toMatch(/bracket/);

    const settlement = await as.chair.post(`/api/v1/documents/${documentId}/bracket-settlements`, {
      provisionId: 'op-3-4',
      bracketIndex: 0,
      choice: 1,
      meeting: 'seventh Plenary Meeting',
      date: ADOPTION.date,
    });
    decision['settlement of op-3-4'] = recorded('the settlement', settlement).id;
    decided.record(decision['settlement of op-3-4'], { kind: 'settleBrackets', provisionId: 'op-3-4', bracketIndex: 0, choice: 1 });
  });

  step('the chair adopts "Modified 2026" at the seventh Plenary Meeting', async () => {
    const answer = await as.chair.post(`/api/v1/documents/${documentId}/adoptions`, ADOPTION);
    decision.adoption = recorded('the adoption', answer).id;
    const document = await until(`/documents/${documentId}`, (d) => expect(d.currentVersion).toBe(2));
    expect(document).toMatchObject({ currentVersionLabel: 'Modified 2026', applied: [] });
    const versions = await until(`/documents/${documentId}/versions`);
    expect(versions.map((v: any) => [v.number, v.label, v.adoptedMeeting, v.adoptedDate, v.decisionId])).toEqual([
      [1, 'Modified 2023', null, null, null],
      [2, 'Modified 2026', 'seventh Plenary Meeting', '2026-06-18', decision.adoption],
    ]);
    const subject = base.title.slice(base.title.indexOf(' — ') + 3);
    expect(versions[1]).toMatchObject({
      adoptedPlace: 'Geneva',
      adoptedNumber: 'القرار 1334 (المعدَّل في 2026)',
      adoptedSymbol: null,
      adoptedTitle: `القرار 1334 (المعدَّل في 2026) — ${subject}`,
      adoptionLine: 'اعتُمد في الجلسة العامة السابعة',
    });
    expect(versions[0]).toMatchObject({ adoptedNumber: null, adoptedTitle: null, adoptionLine: null, adoptedPlace: null });
  });

  step('after adoption, an amendment against the superseded version is refused (422)', async () => {
    recorded('reopen negotiation', await phase(as.chair, 'negotiation', 'to take up proposals on the text as adopted in 2026'), 200);
    const before = await recordedEvents();
    const stale = await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: 'op-4-3' },
    });
    expectRefused('an amendment to version 1', stale, 422, 'invalid');
    expect(await recordedEvents()).toBe(before);
  });

  step('the adopted text is what the text engine computes from the base and the decisions, relettered', async () => {
    const adopted = (await until(`/documents/${documentId}/versions/2`)).text;
    const expected = toInterchange(decided.applyTo(base));
    // The resolution prints its new number over the subject it kept, and the 2026 adoption line in place of the 2023 one.
    expect(base.title).toMatch(/^القرار 1334 \(المعدَّل في 2023\) — /u);
    expect(adopted.title).toBe(base.title.replace('(المعدَّل في 2023)', '(المعدَّل في 2026)'));
    expect(adopted.metadata).toEqual({ originalLanguage: 'en', adoption: 'اعتُمد في الجلسة العامة السابعة' });
    const printed = await eventually(async () => {
      const answer = await as.chair.get(`/api/v1/documents/${documentId}/text?version=2&format=text`);
      expect(answer.status).toBe(200);
      return answer;
    });
    expect(printed.text.split('\n').slice(0, 5)).toEqual([
      'الأصل: بالإنكليزية',
      '',
      'القرار 1334 (المعدَّل في 2026)',
      '(اعتُمد في الجلسة العامة السابعة)',
      adopted.title.split(' — ')[1],
    ]);
    expect(adopted.body).toBe(expected.body);
    expect(adopted.preamble).toEqual(expected.preamble);
    expect(adopted.operative).toEqual(expected.operative);

    // The item added before the first of "recalling" takes أ, and the old أ becomes ب.
    const letter = (label: string) => label.replace(/[\s()]/g, '');
    const recalling = adopted.preamble.find((s: any) => s.id === 'pre-1');
    expect(recalling.provisions.slice(0, 2).map((p: any) => [p.id, letter(p.label)])).toEqual([
      ['pre-1-egypt', 'أ'],
      ['pre-1-1', 'ب'],
    ]);
    expect(recalling.provisions[1].text).toBe(wordingOf(base, 'pre-1-1'));
    const operative = Object.fromEntries(adopted.operative.flatMap((s: any) => s.provisions).map((p: any) => [p.id, p]));
    expect(operative['op-1-6']).toBeUndefined();
    expect(operative['op-1-7'].label).toBe('6');
    expect(operative['op-4-5'].label).toBe('2');
    expect(operative['op-3-4'].text).toBe('التشاور مع أصحاب المصلحة من جميع الفئات ومراعاة آرائهم،');
    expect(operative['op-4-4'].footnotes).toEqual([
      { id: expect.any(String), text: 'بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.' },
    ]);

    // The working text starts again from the adopted version.
    const document = await until(`/documents/${documentId}`);
    expect(document.working.preamble).toEqual(expected.preamble);
    expect(document.working.operative).toEqual(expected.operative);

    // The record of decisions, in the order taken, as an auditor replays it.
    const decisions = await until(`/documents/${documentId}/decisions`);
    expect(decisions.map((d: any) => d.id)).toEqual([
      decision['egypt: add before the first preamble item'],
      decision['merge of op-1-1'],
      decision['egypt: SUP op-1-6'],
      decision['egypt: heading of pre-5'],
      expect.any(String), // the deferral of the African Group's addition, ruled on again before adoption
      decision['african group: move op-4-5'],
      decision['apc: alternatives in op-3-4'],
      decision['apc: footnote on op-4-4'],
      decision['ericsson: add after op-1-12'],
      decision['ericsson: MOD op-2-1'],
      decision['egypt: MOD op-4-2'],
      decision['african group: add after op-2-3'],
      decision['correction of the SUP'],
      decision['reservation of Egypt'],
      decision['african group: add at the end of op-3'],
      decision['settlement of op-3-4'],
      decision.adoption,
    ]);
    expect(decisions[4]).toMatchObject({
      kind: 'ruling',
      amendmentIds: [amendment['african group: add at the end of op-3']],
      payload: expect.objectContaining({ ruling: 'deferred' }),
    });
    expect(decisions.at(-1)).toMatchObject({
      id: decision.adoption,
      meeting: ADOPTION.meeting,
      date: ADOPTION.date,
      decidedBy: 'chair-cwg-wsis',
    });

    // The consultation's history: who contributed what, revised or withdrawn.
    const history = await until(`/consultations/${consultationId}/contributions?limit=100`);
    expect(history.items.map((c: any) => [c.symbol, c.revision, c.status, c.cover.submitters])).toEqual([
      ['C26/12-A', 0, 'submitted', ['egypt']],
      ['C26/15(Rev.1)-A', 1, 'revised', ['african-group']],
      ['C26/20-E', 0, 'submitted', ['apc']],
      ['C26/22-E', 0, 'submitted', ['ericsson']],
      ['C26/24-E', 0, 'withdrawn', ['ericsson']],
    ]);

    // Version 1 is frozen as registered.
    const original = (await until(`/documents/${documentId}/versions/1`)).text;
    expect(letter(original.preamble[0].provisions[0].label)).toBe('أ');
    expect(original.operative).toEqual(toInterchange(base).operative);
  });
});
