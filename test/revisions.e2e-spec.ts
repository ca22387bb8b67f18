import { unzipSync, strFromU8 } from 'fflate';
import { Client } from 'pg';
import { ResolutionDocument } from '#libs/text';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { STAKEHOLDERS, negotiationActors } from './support/negotiation-parties';
import { expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, res1334, res1334Source, wordingOf } from './support/negotiation-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { wordOfText } from '../libs/documents/src/testing/word-of-text';
import { WebClient, formToken } from './support/web-client';

/** The source with one run of words replaced; the run must occur exactly once. */
function edited(source: string, words: string, replacement: string): string {
  if (source.split(words).length !== 2) throw new Error(`"${words}" does not occur exactly once`);
  return source.replace(words, replacement);
}

/**
 * Revisions by the co-facilitators, the UN way: the zero draft of Resolution 1334 is
 * followed by Rev.1 (pasted as plain text) and Rev.2 (edited in the interchange format).
 * The changes are derived from the text each replaces; pending amendments are rebased or
 * overtaken; versions, history, provenance and the marked text show each revision.
 * Gateway, ledger and projector run as separate processes on real Kafka and PostgreSQL.
 */
describe('revisions by the chair: Rev.1 and Rev.2 of Resolution 1334, in the full mode', () => {
  const step = scenarioSteps();
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let sql: Client;
  let as: Awaited<ReturnType<typeof negotiationActors>>;
  let gatewayUrl: string;
  let base: ResolutionDocument;
  let consultationId: string;
  let documentId: string;
  const amendment: Record<string, string> = {};
  const revision: Record<string, string> = {};
  const REV_1_WORDS = 'كل سنتين';
  const REV_2_WORDS = 'جميع التدابير المناسبة';
  const NEW_ITEM = 'بتقديم تقرير إلى الجمعية العامة للأمم المتحدة عن متابعة الاستعراض الشامل؛';

  beforeAll(async () => {
    database = await createTestDatabase('revisions');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    gatewayUrl = `http://127.0.0.1:${env.PORT}`;
    as = await negotiationActors(new HttpClient(gatewayUrl));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    base = res1334();
  });

  afterAll(async () => {
    await sql?.end();
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
  const eventCount = async () => Number((await sql.query('SELECT count(*) AS n FROM events')).rows[0].n);

  step('registers the stakeholders, the consultation and the zero draft, and opens it for contributions', async () => {
    for (const stakeholder of Object.values(STAKEHOLDERS))
      recorded(stakeholder.id, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    consultationId = recorded(
      'consultation',
      await as.secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: ['chair-cwg-wsis'] })),
    ).id;
    await until(`/consultations/${consultationId}`);
    documentId = recorded(
      'zero draft',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'zero draft',
        source: res1334Source(),
        language: 'ar',
        style: 'itu',
      }),
    ).id;
    recorded('open', await as.chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }), 200);
    await until(`/documents/${documentId}`);
  });

  step('Egypt proposes three amendments to the zero draft', async () => {
    const propose = async (name: string, operation: unknown) => {
      amendment[name] = recorded(
        name,
        await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, { versionNumber: 1, operation }),
      ).id;
      await until(`/amendments/${amendment[name]}`);
    };
    await propose('kept', modifyWords(base, 'op-1-12', 'تقرير سنوي', 'تقرير نصف سنوي'));
    await propose('changed', modifyWords(base, 'op-1-5', 'شامل سنوياً', 'شامل كل ثلاث سنوات'));
    await propose('named', { kind: 'suppress', provisionId: 'op-3-4' });
  });

  const rev1Source = () =>
    edited(
      edited(res1334Source(), 'بتقديم تقرير شامل سنوياً', `بتقديم تقرير شامل ${REV_1_WORDS}`),
      'بعد مرور عشرين عاماً',
      'بعد مرور عشرين عاماً على انعقادها',
    );

  step('previews Rev.1 pasted as plain text: the changes by provision as printed, and the marked text; nothing is recorded', async () => {
    const before = await eventCount();
    const answer = await as.chair.post(`/api/v1/documents/${documentId}/revisions/preview`, { text: rev1Source() });
    const preview = recorded('preview', answer, 200);
    expect(preview).toMatchObject({ versionNumber: 2, label: 'Rev.1', basedOn: 1 });
    expect(preview.changes.map((c: any) => c.provisions.map((p: any) => p.provisionId))).toEqual(
      expect.arrayContaining([['pre-6-2'], ['op-1-5']]),
    );
    expect(preview.changes).toHaveLength(2);
    expect(preview.changes.find((c: any) => c.provisions[0].provisionId === 'op-1-5').provisions[0].label).toContain('5');
    expect(preview.marked.text).toContain(REV_1_WORDS);
    // Before the chair names any: the amendments on words Rev.1 kept are carried onto it, the one on words it changed overtaken.
    expect(preview.amendments).toEqual({ rebased: [amendment.kept, amendment.named], overtaken: [amendment.changed] });
    expect(preview.changes.map((c: any) => c.label)).toEqual(expect.arrayContaining(['يقرر أن يكلف الأمين العام، 5']));
    expect(preview.unexpressed.filter((u: any) => u.code === 'not-reproduced')).toEqual([]);
    expectRefused(
      'a stakeholder previews',
      await as.egypt.post(`/api/v1/documents/${documentId}/revisions/preview`, { text: rev1Source() }),
      403,
      'forbidden',
    );
    expect(await eventCount()).toBe(before);
  });

  step('issues Rev.1: a new version, the amendment on kept words rebased, the others overtaken', async () => {
    const answer = await as.chair.post(`/api/v1/documents/${documentId}/revisions`, {
      text: rev1Source(),
      symbol: 'A/80/L.1/Rev.1',
      date: '2025-11-07',
      meeting: 'informal consultation 3',
      reflects: [{ provisionId: 'op-1-5', inputIds: ['apc-input-1'] }],
      overtake: [amendment.named],
    });
    revision.rev1 = recorded('Rev.1', answer).id;

    const versions = await until(`/documents/${documentId}/versions`, (v) => expect(v.length ?? v.items?.length).toBe(2));
    const list = versions.items ?? versions;
    expect(list[0]).toMatchObject({ number: 1, label: 'zero draft', revision: null });
    expect(list[1]).toMatchObject({
      number: 2,
      label: 'Rev.1',
      revision: { number: 1, label: 'Rev.1', symbol: 'A/80/L.1/Rev.1', date: '2025-11-07' },
      decisionId: revision.rev1,
      adoptedMeeting: null,
    });
    const v2 = await until(`/documents/${documentId}/versions/2`);
    const op15 = v2.text.operative[0].provisions.find((p: any) => p.id === 'op-1-5');
    expect(op15.text).toContain(REV_1_WORDS);
    expect(await until(`/documents/${documentId}`)).toMatchObject({ currentVersion: 2, currentVersionLabel: 'Rev.1' });

    expect(await until(`/amendments/${amendment.kept}`)).toMatchObject({ status: 'pending', versionNumber: 2 });
    expect(await until(`/amendments/${amendment.changed}`)).toMatchObject({ status: 'overtaken' });
    expect(await until(`/amendments/${amendment.named}`)).toMatchObject({ status: 'overtaken' });

    const revisions = await until(`/documents/${documentId}/revisions`, (r) => expect(r.items).toHaveLength(1));
    expect(revisions.items[0]).toMatchObject({
      revision: 1,
      label: 'Rev.1',
      symbol: 'A/80/L.1/Rev.1',
      versionNumber: 2,
      changes: 2,
      meeting: 'informal consultation 3',
      rebased: [amendment.kept],
      reflects: [{ provisionIds: ['op-1-5'], amendmentIds: [], inputIds: ['apc-input-1'] }],
    });
    expect([...revisions.items[0].overtaken].sort()).toEqual([amendment.changed, amendment.named].sort());
  });

  step('refuses a revision that changes nothing (422) and one by a stakeholder (403)', async () => {
    expectRefused(
      'same text',
      await as.chair.post(`/api/v1/documents/${documentId}/revisions`, { text: rev1Source(), date: '2025-11-08' }),
      422,
      'invalid',
    );
    expectRefused(
      'a stakeholder',
      await as.egypt.post(`/api/v1/documents/${documentId}/revisions`, { text: res1334Source(), date: '2025-11-08' }),
      403,
      'forbidden',
    );
  });

  step('issues Rev.2 edited in the interchange format, with a new item, in negotiation', async () => {
    recorded('negotiation', await as.chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    await until(`/consultations/${consultationId}`, (c) => expect(c.phase).toBe('negotiation'));
    const v2 = (await until(`/documents/${documentId}/versions/2`)).text;
    const operative = v2.operative[0].provisions;
    const first = operative.find((p: any) => p.id === 'op-1-1');
    first.text = first.text.replace('جميع التدابير الممكنة', REV_2_WORDS);
    operative.push({ ...operative[operative.length - 1], id: 'rev2-new', text: NEW_ITEM, children: [], footnotes: [] });
    revision.rev2 = recorded(
      'Rev.2',
      await as.chair.post(`/api/v1/documents/${documentId}/revisions`, {
        text: v2,
        format: 'interchange',
        symbol: 'A/80/L.1/Rev.2',
        date: '2025-12-03',
      }),
    ).id;

    const revisions = await until(`/documents/${documentId}/revisions`, (r) => expect(r.items).toHaveLength(2));
    expect(revisions.items[1]).toMatchObject({
      revision: 2,
      label: 'Rev.2',
      versionNumber: 3,
      changes: 2,
      rebased: [amendment.kept],
      overtaken: [],
    });
    expect(await until(`/amendments/${amendment.kept}`)).toMatchObject({ status: 'pending', versionNumber: 3 });
    const v3 = await until(`/documents/${documentId}/versions/3`);
    expect(v3).toMatchObject({ label: 'Rev.2', revision: { number: 2, symbol: 'A/80/L.1/Rev.2' } });
    expect(v3.text.operative[0].provisions.find((p: any) => p.id === 'op-1-1').text).toContain(REV_2_WORDS);
  });

  step('the history tells each revision, with its changes and what it reflects', async () => {
    const history = await until(`/consultations/${consultationId}/history?limit=100`, (h) =>
      expect(h.items.filter((e: any) => e.kind === 'revision-issued')).toHaveLength(2),
    );
    const [rev1, rev2] = history.items.filter((e: any) => e.kind === 'revision-issued').sort((a: any, b: any) => a.position - b.position);
    expect(rev1.summary).toContain('Rev.1 of Resolution 1334 (A/80/L.1/Rev.1) issued at informal consultation 3');
    expect(rev1.summary).toContain(
      '2 changes to 2 provisions, reflecting 1 stakeholder input; 1 pending amendment rebased onto it and 2 amendments overtaken',
    );
    expect(rev1.provisions).toEqual(expect.arrayContaining(['op-1-5', 'pre-6-2']));
    expect(rev2.summary).toContain('Rev.2 of Resolution 1334');
  });

  step('provenance attributes each change to its revision, and shows the versions that printed the provision', async () => {
    const op15 = await until(`/documents/${documentId}/provisions/op-1-5/provenance`, (p) =>
      expect(p.versions.map((v: any) => v.versionLabel)).toEqual(['zero draft', 'Rev.1', 'Rev.2']),
    );
    expect(op15.origin).toMatchObject({ kind: 'base-text' });
    const byRevision = op15.changes.filter((c: any) => c.revision);
    expect(byRevision).toHaveLength(1);
    expect(byRevision[0]).toMatchObject({
      amendment: null,
      role: 'modify',
      changedText: true,
      revision: { versionLabel: 'Rev.1', revision: 1, symbol: 'A/80/L.1/Rev.1', inputIds: ['apc-input-1'], decidedBy: 'chair-cwg-wsis' },
    });
    expect(op15.changes.find((c: any) => c.amendment?.id === amendment.changed)).toMatchObject({ amendment: { status: 'overtaken' } });
    expect(op15.versions[1]).toMatchObject({ revision: 1, decisionId: revision.rev1 });
    expect(op15.current.text).toContain(REV_1_WORDS);

    const v3 = await until(`/documents/${documentId}/versions/3`);
    const added = v3.text.operative[0].provisions.find((p: any) => p.text === NEW_ITEM);
    const provenance = await until(`/documents/${documentId}/provisions/${added.id}/provenance`);
    expect(provenance.origin).toMatchObject({ kind: 'revision', versionLabel: 'Rev.2', revision: { decisionId: revision.rev2 } });
  });

  step('the marked text between versions shows what each revision changed', async () => {
    const marked = async (from: number, to: number) => {
      const answer = await as.secretariat.get(`/api/v1/documents/${documentId}/marked?from=${from}&to=${to}&format=text`);
      expect(answer.status).toBe(200);
      return answer.text.split('\n');
    };
    const rev1 = await marked(1, 2);
    const op15 = rev1.find((line) => line.includes('[-سنوياً-]'));
    expect(op15).toMatch(/^MOD\t5\t/);
    expect(op15).toContain('[+كل');
    expect(rev1.filter((line) => line.startsWith('MOD'))).toHaveLength(2);
    expect(rev1.some((line) => line.includes(REV_2_WORDS))).toBe(false);

    const rev2 = await marked(2, 3);
    expect(rev2.find((line) => line.includes('[-الممكنة-]'))).toMatch(/^MOD\t1\t/);
    expect(rev2.find((line) => line.includes(NEW_ITEM))).toMatch(/^ADD\t\[\+13\t/);
    expect(wordingOf(base, 'op-1-1')).toContain('الممكنة');

    // In Word, the tracked changes of Rev.1 are signed by the revision.
    const docx = await fetch(new URL(`/api/v1/documents/${documentId}/marked?from=1&to=2&format=docx`, gatewayUrl), {
      headers: { authorization: `Bearer ${await tokenFor('itu-secretariat', 'secretariat')}` },
    });
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']);
    expect(xml).toContain('w:author="Rev.1 (A/80/L.1/Rev.1)"');
  });

  step('the chair sees the revisions on the web, previews Rev.3 pasted in the form, and issues it (Arabic)', async () => {
    const web = new WebClient(gatewayUrl);
    const signIn = await web.get('/web/sign-in?lang=ar');
    const signedIn = await web.post('/web/sign-in', {
      _csrf: formToken(signIn.text),
      token: await tokenFor('chair-cwg-wsis', 'chair'),
      next: `/web/documents/${documentId}/revisions`,
    });
    expect(signedIn.status).toBe(303);
    const page = await web.get(`/web/documents/${documentId}/revisions`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ar" dir="rtl">');
    expect(page.text).toContain('A/80/L.1/Rev.1');
    expect(page.text).toContain('A/80/L.1/Rev.2');
    expect(page.text).toContain('إصدار تنقيح');

    const working = await as.secretariat.get(`/api/v1/documents/${documentId}/text?format=text`);
    expect(working.status).toBe(200);
    const rev3 = edited(working.text, 'في سبيل تنفيذ القرارين', 'في سبيل التنفيذ الكامل للقرارين');
    const form = {
      _csrf: formToken(page.text),
      key: 'web-revision-3-of-1334',
      source: rev3,
      label: '',
      symbol: 'A/80/L.1/Rev.3',
      date: '2025-12-10',
      meeting: '',
    };
    const preview = await web.post(`/web/documents/${documentId}/revisions`, { ...form, intent: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('عدد التغييرات على النص الجاري: 1');
    expect(preview.text).toContain('التنفيذ الكامل');
    expect(preview.text).toContain(`<dt>التعديلات المنقولة إليه</dt><dd><code>${amendment.kept}</code></dd>`);
    const issued = await web.post(`/web/documents/${documentId}/revisions`, { ...form, intent: 'issue' });
    expect(issued.status).toBe(303);
    expect(issued.headers.get('location')).toMatch(new RegExp(`^/web/documents/${documentId}/revisions\\?notice=revised&after=\\d+$`));
    const revisions = await until(`/documents/${documentId}/revisions`, (r) => expect(r.items).toHaveLength(3));
    expect(revisions.items[2]).toMatchObject({
      label: 'Rev.3',
      symbol: 'A/80/L.1/Rev.3',
      versionNumber: 4,
      changes: 1,
      rebased: [amendment.kept],
    });
  });

  step('the chair reads Rev.4 written in Word through the importer and issues it as plain text', async () => {
    const v4 = (await until(`/documents/${documentId}/versions/4`)).text;
    const first = v4.operative[0].provisions.find((p: any) => p.id === 'op-1-1');
    first.text = first.text.replace(REV_2_WORDS, 'جميع التدابير اللازمة');
    const word = await fetch(new URL('/api/v1/word-imports', gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('chair-cwg-wsis', 'chair')}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      body: new Uint8Array(await wordOfText(v4, 'typed')),
    });
    expect(word.status).toBe(200);
    const { source } = (await word.json()) as { source: string };
    recorded('Rev.4', await as.chair.post(`/api/v1/documents/${documentId}/revisions`, { text: source, date: '2025-12-15' }));
    const revisions = await until(`/documents/${documentId}/revisions`, (r) => expect(r.items).toHaveLength(4));
    expect(revisions.items[3]).toMatchObject({ label: 'Rev.4', versionNumber: 5, changes: 1 });
  });
});
