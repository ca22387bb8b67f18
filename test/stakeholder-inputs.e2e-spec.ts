/**
 * Stakeholder inputs (issue 20, item 5) in the full mode, on real Kafka and PostgreSQL:
 * civil society and academia send written inputs on a draft in negotiation, on provisions or
 * on the text as a whole; a member state is refused (it proposes amendments); the inputs are
 * listed and filtered, found by search in Arabic, counted in participation, shown beside
 * their provisions in the compilation (JSON and HTML) and in the history; on a restricted
 * consultation only an admitted stakeholder sends one, and only readers of its drafts see it.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { countInputsByProvision } from '../apps/gateway/src/inputs';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { Answer, expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { smallResolution } from './support/security-fixtures';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { WebClient, formToken } from './support/web-client';

const STAKEHOLDERS = [
  { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
  { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
  { id: 'aub', name: 'الجامعة الأمريكية في بيروت', category: 'academia', region: 'arab-states' },
  { id: 'isoc', name: 'Internet Society', category: 'technical-community', region: 'global' },
];

describe('stakeholder inputs, in the full mode', () => {
  const step = scenarioSteps();
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let sql: Client;
  let base: string;
  let as: Record<'secretariat' | 'chair' | 'egypt' | 'apc' | 'aub' | 'isoc', HttpClient>;
  let open: { consultationId: string; documentId: string };
  let restricted: { consultationId: string; documentId: string };
  const input: Record<string, string> = {};

  const ok = async (answer: Promise<Answer>) => recorded('read', await answer, 200);

  async function negotiation(title: string, restrictedTo?: string[]): Promise<{ consultationId: string; documentId: string }> {
    const consultationId = recorded(
      title,
      await as.secretariat.post('/api/v1/consultations', {
        title,
        body: 'UN General Assembly',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        ...(restrictedTo ? { restricted: true } : {}),
      }),
    ).id;
    for (const stakeholderId of restrictedTo ?? [])
      recorded(title, await as.secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId }));
    const documentId = recorded(
      title,
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'A/80/L.1',
        versionLabel: 'zero draft',
        document: smallResolution(),
      }),
    ).id;
    for (const to of ['open-for-contributions', 'negotiation'])
      recorded(title, await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to }), 200);
    return { consultationId, documentId };
  }

  beforeAll(async () => {
    database = await createTestDatabase('inputs');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    base = `http://127.0.0.1:${env.PORT}`;
    const gateway = new HttpClient(base);
    as = {
      secretariat: gateway.as(await tokenFor('un-secretariat', 'secretariat')),
      chair: gateway.as(await tokenFor('chair-1', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
      apc: gateway.as(await tokenFor('apc', 'stakeholder')),
      aub: gateway.as(await tokenFor('aub', 'stakeholder')),
      isoc: gateway.as(await tokenFor('isoc', 'stakeholder')),
    };
    for (const stakeholder of STAKEHOLDERS) recorded('registry', await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    open = await negotiation('WSIS+20 review');
    restricted = await negotiation('WSIS+20 informal consultations', ['apc', 'egypt']);
  }, 240_000);

  afterAll(async () => {
    await sql?.end();
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  step('civil society and academia send inputs: on a provision, in Arabic, on the text as a whole', async () => {
    const sent = recorded(
      'apc',
      await as.apc.post(`/api/v1/documents/${open.documentId}/inputs`, {
        stakeholderId: 'apc',
        provisionIds: ['op-1-1'],
        title: 'Name human rights among the aims of the review',
        text: 'We ask that paragraph 1 name human rights online and the participation of civil society.',
        language: 'en',
      }),
    );
    input.apc = sent.id;
    expect(sent).toMatchObject({ streamVersion: 1, position: expect.any(Number) });
    input.aub = recorded(
      'aub',
      await as.aub.post(`/api/v1/documents/${open.documentId}/inputs`, {
        stakeholderId: 'aub',
        provisionIds: ['op-1-1', 'op-1-2'],
        title: 'سدّ الفجوة الرقمية',
        text: 'نقترح أن يذكر التقرير السنوي التقدّم المحرز في سدّ الفجوة الرقمية بين البلدان وداخلها.',
        language: 'ar',
      }),
    ).id;
    input.aubWhole = recorded(
      'aub, whole text',
      await as.aub.post(`/api/v1/documents/${open.documentId}/inputs`, {
        stakeholderId: 'aub',
        title: 'General comments on the zero draft',
        text: 'The draft should recall the role of universities in the information society.',
        language: 'en',
      }),
    ).id;
  });

  step(
    'refuses a member state, which proposes amendments instead; an actor for another, an unknown provision, a bidi control',
    async () => {
      const refused = await as.egypt.post(`/api/v1/documents/${open.documentId}/inputs`, {
        stakeholderId: 'egypt',
        title: 'Our position',
        text: 'Egypt’s views.',
        language: 'ar',
      });
      expectRefused('egypt', refused, 403, 'not-allowed');
      expect(refused.json.detail).toContain('member states, which propose amendments');
      expectRefused(
        'apc for aub',
        await as.apc.post(`/api/v1/documents/${open.documentId}/inputs`, { stakeholderId: 'aub', title: 't', text: 't', language: 'en' }),
        403,
        'not-allowed',
      );
      expectRefused(
        'unknown provision',
        await as.isoc.post(`/api/v1/documents/${open.documentId}/inputs`, {
          stakeholderId: 'isoc',
          provisionIds: ['op-9'],
          title: 't',
          text: 't',
          language: 'en',
        }),
        404,
        'not-found',
      );
      expectRefused(
        'bidi control',
        await as.isoc.post(`/api/v1/documents/${open.documentId}/inputs`, {
          stakeholderId: 'isoc',
          title: 't',
          text: 'a\u202Eb',
          language: 'en',
        }),
        400,
        'validation',
      );
    },
  );

  step('lists the inputs in the order sent, by provision and by stakeholder, and reads one', async () => {
    const all = await eventually(async () => {
      const list = await ok(as.isoc.get(`/api/v1/documents/${open.documentId}/inputs`));
      expect(list.items).toHaveLength(3);
      return list.items;
    });
    expect(all.map((item: any) => item.inputId)).toEqual([input.apc, input.aub, input.aubWhole]);
    expect(all[1]).toEqual({
      inputId: input.aub,
      stakeholderId: 'aub',
      stakeholderName: 'الجامعة الأمريكية في بيروت',
      category: 'academia',
      versionNumber: 1,
      provisionIds: ['op-1-1', 'op-1-2'],
      title: 'سدّ الفجوة الرقمية',
      text: 'نقترح أن يذكر التقرير السنوي التقدّم المحرز في سدّ الفجوة الرقمية بين البلدان وداخلها.',
      language: 'ar',
      submittedAt: expect.any(String),
      withdrawn: false,
    });
    const onOp12 = await ok(as.isoc.get(`/api/v1/documents/${open.documentId}/inputs?provisionId=op-1-2`));
    expect(onOp12.items.map((item: any) => item.inputId)).toEqual([input.aub]);
    const ofApc = await ok(as.isoc.get(`/api/v1/documents/${open.documentId}/inputs?stakeholderId=apc`));
    expect(ofApc.items.map((item: any) => item.inputId)).toEqual([input.apc]);
    const one = await ok(as.isoc.get(`/api/v1/inputs/${input.apc}`));
    expect(one).toMatchObject({ inputId: input.apc, documentId: open.documentId, consultationId: open.consultationId, withdrawal: null });
  });

  step('lets only its submitter withdraw an input; the list marks it withdrawn', async () => {
    expectRefused('apc withdraws aub’s', await as.apc.post(`/api/v1/inputs/${input.aubWhole}/withdrawal`, {}), 403, 'not-allowed');
    recorded(
      'withdraw',
      await as.aub.post(`/api/v1/inputs/${input.aubWhole}/withdrawal`, { reason: 'merged into our input on paragraph 1' }),
    );
    expectRefused('twice', await as.aub.post(`/api/v1/inputs/${input.aubWhole}/withdrawal`, {}), 409, 'conflict');
    const read = await eventually(async () => {
      const one = await ok(as.isoc.get(`/api/v1/inputs/${input.aubWhole}`));
      expect(one.withdrawn).toBe(true);
      return one;
    });
    expect(read.withdrawal).toEqual({ by: 'aub', reason: 'merged into our input on paragraph 1', at: expect.any(String) });
  });

  step('finds an Arabic input by a word written another way, without its article', async () => {
    const hits = await eventually(async () => {
      const page = await ok(as.isoc.get(`/api/v1/search?q=${encodeURIComponent('فجوه')}&kind=input`));
      expect(page.items.length).toBeGreaterThan(0);
      return page.items;
    });
    expect(hits.map((hit: any) => hit.id)).toEqual([input.aub]);
    expect(hits[0]).toMatchObject({ kind: 'input', documentId: open.documentId, language: 'ar' });
  });

  step('counts the inputs in participation, by stakeholder and by category', async () => {
    const participation = await eventually(async () => {
      const answer = await ok(as.secretariat.get(`/api/v1/consultations/${open.consultationId}/participation`));
      expect(answer.totals.inputs).toEqual({ total: 3, withdrawn: 1 });
      return answer;
    });
    const byCategory = Object.fromEntries(participation.byCategory.map((c: any) => [c.category, c.direct]));
    expect(byCategory.academia.inputs).toEqual({ total: 2, withdrawn: 1 });
    expect(byCategory.academia.stakeholders).toBe(1);
    expect(byCategory['civil-society'].inputs).toEqual({ total: 1, withdrawn: 0 });
    expect(byCategory['member-state'].inputs).toEqual({ total: 0, withdrawn: 0 });
    const apc = participation.stakeholders.find((s: any) => s.id === 'apc');
    expect(apc.direct.inputs).toEqual({ total: 1, withdrawn: 0 });
  });

  step('shows the inputs beside the provisions they concern in the compilation, withdrawn ones left out', async () => {
    const compilation = await ok(as.isoc.get(`/api/v1/documents/${open.documentId}/compilation`));
    const provisions = Object.fromEntries(compilation.sections.flatMap((s: any) => s.provisions).map((p: any) => [p.id, p.inputs]));
    expect(provisions['op-1-1']).toEqual([
      {
        inputId: input.apc,
        stakeholderId: 'apc',
        stakeholderName: 'Association for Progressive Communications',
        title: 'Name human rights among the aims of the review',
        language: 'en',
      },
      {
        inputId: input.aub,
        stakeholderId: 'aub',
        stakeholderName: 'الجامعة الأمريكية في بيروت',
        title: 'سدّ الفجوة الرقمية',
        language: 'ar',
      },
    ]);
    expect(provisions['op-1-2'].map((i: any) => i.inputId)).toEqual([input.aub]);
    expect(provisions['pre-1-1']).toEqual([]);
    expect(compilation.inputs).toEqual([]);
    const page = await as.isoc.get(`/api/v1/documents/${open.documentId}/compilation?format=html`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<tr class="inputs" data-for="op-1-1"><th scope="row" lang="en" dir="ltr">Stakeholder inputs</th>');
    expect(page.text).toContain('<bdi>الجامعة الأمريكية في بيروت</bdi>: <q lang="ar" dir="rtl">سدّ الفجوة الرقمية</q>');
  });

  step('counts the inputs still published on each provision, for the state of play', async () => {
    const read = { query: async (text: string, params: unknown[]) => (await sql.query(text, params)).rows } as unknown as DataSource;
    expect(await countInputsByProvision(read, open.documentId)).toEqual(
      new Map([
        ['op-1-1', 2],
        ['op-1-2', 1],
      ]),
    );
    expect(await countInputsByProvision(read, open.documentId, 2)).toEqual(new Map());
  });

  step('tells the inputs in the history', async () => {
    const history = await ok(as.isoc.get(`/api/v1/consultations/${open.consultationId}/history?limit=100`));
    const kinds = history.items.map((entry: any) => entry.kind);
    expect(kinds.filter((kind: string) => kind === 'input-submitted')).toHaveLength(3);
    expect(kinds).toContain('input-withdrawn');
    const aub = history.items.find((entry: any) => entry.kind === 'input-submitted' && entry.stakeholders.includes('aub'));
    expect(aub.summary).toContain('الجامعة الأمريكية في بيروت sent the input');
  });

  step(
    'the web page lists the inputs in Arabic and takes one from a non-state stakeholder in its form, not from a member state',
    async () => {
      const signedIn = async (id: string) => {
        const web = new WebClient(base);
        const signIn = await web.get('/web/sign-in?lang=ar');
        const answer = await web.post('/web/sign-in', {
          _csrf: formToken(signIn.text),
          token: await tokenFor(id, 'stakeholder'),
          next: '/web',
        });
        expect(answer.status).toBe(303);
        return web;
      };
      const egypt = await signedIn('egypt');
      const seen = await egypt.get(`/web/documents/${open.documentId}/inputs`);
      expect(seen.status).toBe(200);
      expect(seen.text).toContain('<html lang="ar" dir="rtl">');
      expect(seen.text).toContain('<h3 lang="ar" dir="rtl">سدّ الفجوة الرقمية</h3>');
      expect(seen.text).not.toContain(`<form method="post" action="/web/documents/${open.documentId}/inputs"`);

      const isoc = await signedIn('isoc');
      const page = await isoc.get(`/web/documents/${open.documentId}/inputs?provision=op-1-2`);
      expect(page.text).toContain(`<form method="post" action="/web/documents/${open.documentId}/inputs"`);
      expect(page.text).toContain('<option value="isoc">Internet Society</option>');
      const sent = await isoc.post(`/web/documents/${open.documentId}/inputs`, {
        _csrf: formToken(page.text),
        key: 'stakeholder-inputs-web-1',
        stakeholderId: 'isoc',
        provisionIds: ['op-1-2'],
        language: 'ar',
        title: 'تقرير سنوي مفتوح',
        text: 'نقترح أن يُنشر التقرير السنوي بصيغة مفتوحة.',
      });
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toMatch(
        new RegExp(`^/web/documents/${open.documentId}/inputs\\?notice=inputSubmitted&after=\\d+#input-`),
      );
      const listed = await eventually(async () => {
        const list = await ok(as.isoc.get(`/api/v1/documents/${open.documentId}/inputs?stakeholderId=isoc`));
        expect(list.items).toHaveLength(1);
        return list.items[0];
      });
      expect(listed).toMatchObject({ provisionIds: ['op-1-2'], title: 'تقرير سنوي مفتوح', language: 'ar' });
      const after = await isoc.get(sent.headers.get('location')!.split('#')[0]);
      expect(after.text).toContain('أُرسل إسهامك ونُشر.');
      expect(after.text).toContain(`id="input-${listed.inputId}"`);
    },
  );

  step(
    'on a restricted consultation, takes inputs from admitted stakeholders only and shows them to readers of its drafts only',
    async () => {
      expectRefused(
        'aub not admitted',
        await as.aub.post(`/api/v1/documents/${restricted.documentId}/inputs`, {
          stakeholderId: 'aub',
          title: 'قراءة أكاديمية',
          text: 'ملاحظات على المسودة',
          language: 'ar',
        }),
        403,
        'not-allowed',
      );
      input.restricted = recorded(
        'apc admitted',
        await as.apc.post(`/api/v1/documents/${restricted.documentId}/inputs`, {
          stakeholderId: 'apc',
          provisionIds: ['op-1-2'],
          title: 'Confidential remarks on the annual report',
          text: 'The annual report should be public.',
          language: 'en',
        }),
      ).id;
      await eventually(async () => {
        const list = await ok(as.egypt.get(`/api/v1/documents/${restricted.documentId}/inputs`));
        expect(list.items.map((item: any) => item.inputId)).toEqual([input.restricted]);
      });
      expectRefused('outsider lists', await as.aub.get(`/api/v1/documents/${restricted.documentId}/inputs`), 403, 'restricted');
      expectRefused('outsider reads', await as.aub.get(`/api/v1/inputs/${input.restricted}`), 403, 'restricted');
      expect((await as.chair.get(`/api/v1/inputs/${input.restricted}`)).status).toBe(200);
      const search = await ok(as.aub.get(`/api/v1/search?q=Confidential&kind=input`));
      expect(search.items).toEqual([]);
      const found = await ok(as.apc.get(`/api/v1/search?q=Confidential&kind=input`));
      expect(found.items.map((hit: any) => hit.id)).toEqual([input.restricted]);
    },
  );
});
