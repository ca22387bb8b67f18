import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { WebClient, formToken } from './support/web-client';

/** Member states of the General Assembly that vote, an observer group, and a non-state stakeholder. */
const STAKEHOLDERS = [
  { id: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states' },
  { id: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa' },
  { id: 'brazil', name: 'Brazil', category: 'member-state', region: 'americas' },
  { id: 'norway', name: 'Norway', category: 'member-state', region: 'europe' },
  { id: 'g77', name: 'Group of 77 and China', category: 'member-state', region: 'global', memberIds: ['egypt', 'kenya', 'brazil'] },
  { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
];

const ADOPTION = { label: 'adopted', meeting: '61st plenary meeting', date: '2025-12-17', number: '80/1', symbol: 'A/RES/80/1' };
const THE_LINE = 'adopted at the 61st plenary meeting by a recorded vote of 2 to 1, with 1 abstention';

/**
 * A General Assembly draft adopted by a recorded vote, with explanations of vote before and
 * after it, as the Assembly records them: gateway, ledger and projector as separate
 * processes on a real Kafka broker and a real PostgreSQL.
 */
describe('adoption by recorded vote with explanations of vote, in the full mode', () => {
  const step = scenarioSteps();
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let as: Record<'secretariat' | 'chair' | 'norway' | 'egypt' | 'kenya' | 'apc', HttpClient>;
  let consultationId: string;
  let documentId: string;
  /** A second draft, adopted through the chair's form on the compilation page. */
  let decisionDraftId: string;
  let web: WebClient;

  beforeAll(async () => {
    database = await createTestDatabase('recorded-vote');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    web = new WebClient(`http://127.0.0.1:${env.PORT}`);
    as = {
      secretariat: gateway.as(await tokenFor('un-secretariat', 'secretariat')),
      chair: gateway.as(await tokenFor('pga-80', 'chair')),
      norway: gateway.as(await tokenFor('norway', 'stakeholder')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
      kenya: gateway.as(await tokenFor('kenya', 'stakeholder')),
      apc: gateway.as(await tokenFor('apc', 'stakeholder')),
    };
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  function until(path: string, check: (json: any) => void = () => undefined): Promise<any> {
    return eventually(async () => {
      const answer = await as.secretariat.get(`/api/v1${path}`);
      expect(answer.status).toBe(200);
      check(answer.json);
      return answer.json;
    });
  }
  const explain = (actor: HttpClient, body: Record<string, unknown>) => actor.post(`/api/v1/documents/${documentId}/explanations`, body);
  const adopt = (method: unknown) => as.chair.post(`/api/v1/documents/${documentId}/adoptions`, { ...ADOPTION, method });

  step('the secretariat registers the delegations, the consultation and the draft resolution', async () => {
    for (const stakeholder of STAKEHOLDERS)
      recorded(`register ${stakeholder.id}`, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    consultationId = recorded(
      'register the consultation',
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Overall review of the implementation of the outcomes of the WSIS',
        body: 'General Assembly',
        subject: 'WSIS+20',
        originalLanguage: 'en',
        chairs: ['pga-80'],
      }),
    ).id;
    const source = readFileSync(
      join(__dirname, '..', 'libs', 'text', 'src', 'import', 'fixtures', 'unga-res78-132-excerpt.en.txt'),
      'utf8',
    );
    documentId = recorded(
      'register the draft',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'A/80/L.1',
        versionLabel: 'zero draft',
        source,
        language: 'en',
        style: 'unga',
      }),
    ).id;
    decisionDraftId = recorded(
      'register a second draft',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'A/80/L.2',
        versionLabel: 'zero draft',
        source,
        language: 'en',
        style: 'unga',
      }),
    ).id;
    for (const to of ['open-for-contributions', 'negotiation', 'adoption'])
      recorded(`to ${to}`, await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to }), 200);
    await until(`/documents/${documentId}`);
  });

  step('Norway explains its vote before the vote; a non-state stakeholder explains its position but not a vote', async () => {
    const before = recorded(
      'Norway explains its vote before the vote',
      await explain(as.norway, {
        explanationId: 'eov-norway-before',
        stakeholderId: 'norway',
        kind: 'vote',
        timing: 'before-adoption',
        text: 'Norway will vote against the draft because of paragraph 3.',
        meeting: ADOPTION.meeting,
        date: ADOPTION.date,
      }),
    );
    expect(before.id).toBe('eov-norway-before');
    expectRefused(
      'a civil society organisation explaining a vote',
      await explain(as.apc, { stakeholderId: 'apc', kind: 'vote', timing: 'before-adoption', text: 'We would vote yes.' }),
      422,
      'invalid',
    );
    recorded(
      'APC explains its position',
      await explain(as.apc, { stakeholderId: 'apc', kind: 'position', timing: 'before-adoption', text: 'APC welcomes paragraph 3.' }),
    );
    expectRefused(
      'Egypt explaining for Norway',
      await explain(as.egypt, { stakeholderId: 'norway', kind: 'position', timing: 'before-adoption', text: 'Norway agrees.' }),
      403,
      'not-allowed',
    );
    const invalid = await explain(as.norway, { stakeholderId: 'norway', kind: 'statement', timing: 'before-adoption', text: 'x' });
    expect(invalid.status).toBe(400);
  });

  step('refuses a vote by a non-state stakeholder, by a group, twice by one state, an empty vote and votes without a vote', async () => {
    const votes = (...pairs: [string, string][]) => ({
      kind: 'recorded-vote',
      votes: pairs.map(([stakeholderId, vote]) => ({ stakeholderId, vote })),
    });
    expectRefused('a civil society vote', await adopt(votes(['egypt', 'yes'], ['apc', 'yes'])), 422, 'invalid');
    expectRefused('a group vote', await adopt(votes(['g77', 'yes'])), 422, 'invalid');
    expectRefused('a double vote', await adopt(votes(['egypt', 'yes'], ['egypt', 'no'])), 422, 'invalid');
    expectRefused('an unregistered voter', await adopt(votes(['atlantis', 'yes'])), 422, 'invalid');
    const empty = await adopt({ kind: 'recorded-vote', votes: [] });
    expect([empty.status, empty.text]).toEqual([400, expect.stringContaining('a recorded vote lists the vote of each member state')]);
    const contradiction = await adopt({ kind: 'consensus', votes: [{ stakeholderId: 'egypt', vote: 'yes' }] });
    expect([contradiction.status, contradiction.text]).toEqual([400, expect.stringContaining('go with a recorded vote only')]);
    const maybe = await adopt(votes(['egypt', 'maybe']));
    expect(maybe.status).toBe(400);
  });

  step('the chair records the adoption by a recorded vote; the versions view shows the method, the tally and each vote', async () => {
    recorded(
      'adoption by recorded vote',
      await adopt({
        kind: 'recorded-vote',
        votes: [
          { stakeholderId: 'egypt', vote: 'yes' },
          { stakeholderId: 'kenya', vote: 'yes' },
          { stakeholderId: 'brazil', vote: 'abstain' },
          { stakeholderId: 'norway', vote: 'no' },
        ],
      }),
    );
    const versions = await until(`/documents/${documentId}/versions`, (v) => expect(v).toHaveLength(2));
    expect(versions[0]).toMatchObject({ number: 1, adoptionMethod: null, tally: null, votes: null });
    expect(versions[1]).toMatchObject({
      number: 2,
      adoptedMeeting: ADOPTION.meeting,
      adoptionMethod: 'recorded-vote',
      tally: { yes: 2, no: 1, abstain: 1 },
      votes: [
        { stakeholderId: 'egypt', vote: 'yes' },
        { stakeholderId: 'kenya', vote: 'yes' },
        { stakeholderId: 'brazil', vote: 'abstain' },
        { stakeholderId: 'norway', vote: 'no' },
      ],
      adoptionLine: THE_LINE,
    });
  });

  step('the adopted text prints the adoption line of the recorded vote', async () => {
    const printed = await eventually(async () => {
      const answer = await as.secretariat.get(`/api/v1/documents/${documentId}/text?version=2&format=text`);
      expect(answer.status).toBe(200);
      return answer.text;
    });
    expect(printed).toContain('80/1. Information and communications technologies for sustainable development');
    expect(printed.indexOf(THE_LINE)).toBeGreaterThan(printed.indexOf('Decides to include'));
  });

  step('after the vote the secretariat records Egypt’s explanation of vote on the adopted version; the list is in order', async () => {
    recorded(
      'Egypt explains its vote after the vote',
      await explain(as.secretariat, {
        explanationId: 'eov-egypt-after',
        stakeholderId: 'egypt',
        kind: 'vote',
        timing: 'after-adoption',
        text: 'Egypt voted in favour and welcomes the consensus on financing.',
        meeting: ADOPTION.meeting,
      }),
    );
    expectRefused(
      'the same explanation twice',
      await explain(as.secretariat, {
        explanationId: 'eov-egypt-after',
        stakeholderId: 'egypt',
        kind: 'vote',
        timing: 'after-adoption',
        text: 'again',
      }),
      409,
      'already-exists',
    );
    const explanations = await until(`/documents/${documentId}/explanations`, (e) => expect(e.items).toHaveLength(3));
    expect(explanations.items.map((e: any) => [e.stakeholderName, e.kind, e.timing, e.versionNumber, e.recordedBy])).toEqual([
      ['Norway', 'vote', 'before-adoption', 2, 'norway'],
      ['Association for Progressive Communications', 'position', 'before-adoption', 2, 'apc'],
      ['Egypt', 'vote', 'after-adoption', 2, 'un-secretariat'],
    ]);
    expect(explanations.items[0]).toMatchObject({
      explanationId: 'eov-norway-before',
      meeting: ADOPTION.meeting,
      category: 'member-state',
    });
  });

  step('the history tells the vote and the explanations', async () => {
    const history = await until(`/consultations/${consultationId}/history?kind=version-adopted,position-explained&limit=100`, (h) =>
      expect(h.items).toHaveLength(4),
    );
    expect(history.items.map((entry: any) => [entry.kind, entry.summary])).toEqual([
      [
        'position-explained',
        'Norway: explanation of vote before the adoption of version 2 of A/80/L.1 at 61st plenary meeting on 2025-12-17: "Norway will vote against the draft because of paragraph 3."',
      ],
      [
        'position-explained',
        'Association for Progressive Communications: explanation of position before the adoption of version 2 of A/80/L.1: "APC welcomes paragraph 3."',
      ],
      [
        'version-adopted',
        expect.stringContaining('adopted at 61st plenary meeting on 2025-12-17 as 80/1 by a recorded vote of 2 to 1, with 1 abstention'),
      ],
      [
        'position-explained',
        'Egypt: explanation of vote after the adoption of version 2 of A/80/L.1 at 61st plenary meeting: "Egypt voted in favour and welcomes the consensus on financing."',
      ],
    ]);
    expect(history.items[0].stakeholders).toEqual(['norway']);
  });

  step(
    'the chair adopts the second draft through the adoption form, voting member state by member state; the pages show the tally and the explanations',
    async () => {
      const signIn = await web.get('/web/sign-in?lang=en');
      const signedIn = await web.post('/web/sign-in', {
        _csrf: formToken(signIn.text),
        token: await tokenFor('pga-80', 'chair'),
        next: '/web',
      });
      expect(signedIn.status).toBe(303);
      const compilation = await eventually(async () => {
        const page = await web.get(`/web/documents/${decisionDraftId}/compilation`);
        expect(page.status).toBe(200);
        return page.text;
      });
      // Only the member states vote: the group and the civil society organisation get no row.
      for (const id of ['egypt', 'kenya', 'brazil', 'norway']) expect(compilation).toContain(`name="vote-${id}" value="yes"`);
      expect(compilation).not.toContain('name="vote-g77"');
      expect(compilation).not.toContain('name="vote-apc"');
      const form = { _csrf: formToken(compilation), label: 'adopted', meeting: '62nd plenary meeting', date: '2025-12-18', number: '80/2' };
      const empty = await web.post(`/web/documents/${decisionDraftId}/adoptions`, {
        ...form,
        key: 'adopt-l2-empty',
        method: 'recorded-vote',
      });
      expect(empty.status).toBe(400);
      expect(empty.text).toContain('A recorded vote needs the vote of at least one member state.');
      const adopted = await web.post(`/web/documents/${decisionDraftId}/adoptions`, {
        ...form,
        key: 'adopt-l2',
        confirmed: 'yes',
        method: 'recorded-vote',
        'vote-egypt': 'yes',
        'vote-kenya': 'no',
        'vote-brazil': 'yes',
        'vote-norway': 'yes',
      });
      expect(adopted.status).toBe(303);
      const versions = await until(`/documents/${decisionDraftId}/versions`, (v) => expect(v).toHaveLength(2));
      expect(versions[1]).toMatchObject({
        adoptionMethod: 'recorded-vote',
        tally: { yes: 3, no: 1, abstain: 0 },
        adoptionLine: 'adopted at the 62nd plenary meeting by a recorded vote of 3 to 1, with no abstentions',
      });

      const page = await web.get(`/web/documents/${documentId}?lang=ar`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('تصويت مسجل: 2 مؤيدون، 1 معارضون، 1 ممتنعون');
      expect(page.text).toContain('تعليل المواقف والتصويت');
      expect(page.text).toContain('Norway will vote against the draft because of paragraph 3.');
      expect(page.text).toContain('تعليل تصويت قبل الاعتماد');
    },
  );
});
