/**
 * Amendment operations as a client sends them over HTTP (issue 17, items 3 and 5), on the
 * embedded composition and the test PostgreSQL: an ADD carries its footnotes into the
 * record, the compilation, the text and the marked text; bracketed alternatives are placed
 * by the words they replace, quoted as the client reads them, and quoted words that are
 * absent or ambiguous are refused with 422 naming them.
 */
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { Answer } from './support/negotiation-steps';
import { smallResolution } from './support/security-fixtures';
import { tokenFor } from './support/tokens';

const OP_1_1 = smallResolution().operative[0].provisions[0].text;
const NEW_ITEM = 'to report to the Council on the outcome of the WSIS+20 review;';

function recorded(answer: Answer, status = 201): any {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer.json;
}

function expectProblem(answer: Answer, status: number, slug: string): void {
  if (answer.status !== status) throw new Error(`expected ${status} ${slug}, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json.type).toMatch(new RegExp(`/${slug}$`));
}

describe('amendment operations over HTTP: footnotes on an ADD, bracketed alternatives by quoted words', () => {
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'chair' | 'egypt', HttpClient>;
  let documentId: string;
  let addId: string;
  let bracketsId: string;

  const eventCount = () => service.eventCount();
  const propose = (operation: Record<string, unknown>) =>
    as.egypt.post(`/api/v1/documents/${documentId}/amendments`, { versionNumber: 1, operation });

  beforeAll(async () => {
    service = await startEmbeddedService('amendment_operations');
    const { gateway } = service;
    as = {
      secretariat: gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
      chair: gateway.as(await tokenFor('chair-1', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
    };
    recorded(
      await as.secretariat.post('/api/v1/stakeholders', {
        id: 'egypt',
        name: 'Arab Republic of Egypt',
        category: 'member-state',
        region: 'arab-states',
      }),
    );
    const consultationId = recorded(
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Review of Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
      }),
    ).id;
    documentId = recorded(
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        document: smallResolution(),
      }),
    ).id;
    recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }), 200);
    recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${documentId}`)).status).toBe(200));
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('records the footnotes an ADD carries, with an id made for a footnote given without one', async () => {
    addId = recorded(
      await propose({
        kind: 'add',
        newId: 'op-1-1bis',
        position: { after: 'op-1-1' },
        text: NEW_ITEM,
        footnotes: [
          { id: 'fn-wsis20', text: 'General Assembly resolution 70/125.', anchor: 11 },
          'See also Resolution 140 (Rev. Bucharest, 2022).',
        ],
      }),
    ).id;
    const amendment = await eventually(async () => recorded(await as.secretariat.get(`/api/v1/amendments/${addId}`), 200));
    expect(amendment.operation.footnotes).toEqual([
      { id: 'fn-wsis20', text: 'General Assembly resolution 70/125.', anchor: 11 },
      { id: expect.stringMatching(/^p-[0-9a-f]{8}$/), text: 'See also Resolution 140 (Rev. Bucharest, 2022).' },
    ]);
  });

  it('refuses a footnote that is not clean text or is anchored beyond the words of the new provision (400), recording nothing', async () => {
    const before = await eventCount();
    const hidden = await propose({ kind: 'add', position: { after: 'op-1-1' }, text: NEW_ITEM, footnotes: ['A/RES/70/\u202E125'] });
    expectProblem(hidden, 400, 'validation');
    // The input policy checks every string of the body, a footnote's text among them.
    expect(hidden.json.errors).toEqual([
      expect.objectContaining({ field: 'operation.footnotes[0]', message: expect.stringContaining('U+202E') }),
    ]);
    const beyond = await propose({
      kind: 'add',
      position: { after: 'op-1-1' },
      text: NEW_ITEM,
      footnotes: [{ text: 'A/RES/70/125', anchor: 99 }],
    });
    expectProblem(beyond, 400, 'validation');
    expect(beyond.json.detail).toBe('operation.footnotes[0].anchor: must be at most 12, the words of the text (0: before the first)');
    expect(await eventCount()).toBe(before);
  });

  it('refuses quoted words that are ambiguous or absent with 422 naming them, recording nothing', async () => {
    const before = await eventCount();
    const offer = { kind: 'offerAlternatives', provisionId: 'op-1-1', baseText: OP_1_1, alternatives: ['x', 'y'] };
    const ambiguous = await propose({ ...offer, words: 'the' });
    expectProblem(ambiguous, 422, 'invalid');
    expect(ambiguous.json.detail).toBe(
      'operation.words: the words “the” occur 2 times in the wording quoted as its base; say which occurrence (1 to 2)',
    );
    expect(ambiguous.json.errors).toEqual([
      expect.objectContaining({ field: 'operation.words', key: 'amendment.refused.wordsAmbiguous', params: { words: '“the”', count: 2 } }),
    ]);
    const absent = await propose({ ...offer, words: 'all Member States' });
    expectProblem(absent, 422, 'invalid');
    expect(absent.json.detail).toBe('operation.words: the words “all Member States” are not in the wording quoted as its base');
    // In Arabic when the reader asks for it; never the provision's id.
    const inArabic = await as.egypt.post(
      `/api/v1/documents/${documentId}/amendments`,
      { versionNumber: 1, operation: { ...offer, words: 'all Member States' } },
      { 'accept-language': 'ar' },
    );
    expect(inArabic.json).toMatchObject({
      status: 422,
      title: 'رفضته قواعد المشاورة',
      detail: 'operation.words: الكلمات “all Member States” ليست في الصيغة المقتبسة أساساً له',
      language: 'ar',
    });
    expect(JSON.stringify([ambiguous.json, absent.json, inArabic.json])).not.toContain('op-1-1');
    expect(await eventCount()).toBe(before);
  });

  it('places bracketed alternatives by the words they replace, quoted as the client reads them', async () => {
    bracketsId = recorded(
      await propose({
        kind: 'offerAlternatives',
        provisionId: 'op-1-1',
        baseText: OP_1_1,
        words: 'all stakeholders',
        alternatives: ['all stakeholders', 'Member States'],
      }),
    ).id;
    const amendment = await eventually(async () => recorded(await as.secretariat.get(`/api/v1/amendments/${bracketsId}`), 200));
    // Recorded as the engine applies it: the tokens the words stand on.
    expect(amendment.operation).toEqual({
      kind: 'offerAlternatives',
      provisionId: 'op-1-1',
      baseText: OP_1_1,
      from: 10,
      to: 13,
      alternatives: ['all stakeholders', 'Member States'],
    });
  });

  it('shows the footnotes of the proposed ADD and the brackets in the compilation', async () => {
    const compilation = await eventually(async () => {
      const answer = recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/compilation`), 200);
      const proposals = answer.sections.flatMap((section: any) => [
        ...section.proposals,
        ...section.provisions.flatMap((provision: any) => provision.proposals),
      ]);
      expect(proposals.map((proposal: any) => proposal.amendmentId)).toEqual(expect.arrayContaining([addId, bracketsId]));
      return proposals;
    });
    const add = compilation.find((proposal: any) => proposal.amendmentId === addId);
    expect(add.change).toMatchObject({
      tag: 'ADD',
      text: NEW_ITEM,
      footnotes: ['General Assembly resolution 70/125.', 'See also Resolution 140 (Rev. Bucharest, 2022).'],
    });
    const brackets = compilation.find((proposal: any) => proposal.amendmentId === bracketsId);
    const inserted = brackets.change.segments
      .filter((segment: any) => segment.kind === 'insert')
      .map((segment: any) => segment.text)
      .join('');
    expect(inserted).toContain('[Member States]');
  });

  it('carries the footnotes and the brackets into the text once the chair accepts them, and marks them', async () => {
    for (const amendmentId of [addId, bracketsId]) {
      recorded(
        await as.chair.post(`/api/v1/amendments/${amendmentId}/decision`, {
          ruling: 'accepted',
          meeting: 'CWG-WSIS&SDG, first meeting of 2026',
          date: '2026-03-10',
        }),
      );
    }
    const text = await eventually(async () => {
      const answer = recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/text`), 200);
      expect(answer.appliedDecisionIds).toHaveLength(2);
      return answer.text;
    });
    const [first, added] = text.operative[0].provisions;
    expect(first.text).toBe('to encourage the participation of [all stakeholders] [Member States] in the WSIS process;');
    expect(added).toMatchObject({
      id: 'op-1-1bis',
      text: NEW_ITEM,
      footnotes: [
        { id: 'fn-wsis20', text: 'General Assembly resolution 70/125.', anchor: 11 },
        { id: expect.stringMatching(/^p-[0-9a-f]{8}$/), text: 'See also Resolution 140 (Rev. Bucharest, 2022).' },
      ],
    });

    const clean = await as.secretariat.request('GET', `/api/v1/documents/${documentId}/text?format=text`);
    expect(clean.status).toBe(200);
    expect(clean.text).toContain('to report to the Council on the outcome of the WSIS+20⁽¹⁾ review;⁽²⁾');
    expect(clean.text).toContain('⁽¹⁾\tGeneral Assembly resolution 70/125.');
    expect(clean.text).toContain('⁽²⁾\tSee also Resolution 140 (Rev. Bucharest, 2022).');

    const marked = await as.secretariat.request('GET', `/api/v1/documents/${documentId}/marked?to=working&format=text`);
    expect(marked.status).toBe(200);
    const lines = marked.text.split('\n');
    expect(lines).toContain('MOD\t1\tto encourage the participation of [+[+]all stakeholders[+] [Member States]+] in the WSIS process;');
    expect(lines).toContain(`ADD\t[+2\t${NEW_ITEM}+]`);
    expect(lines).toContain('ADD\t  [+[^fn-wsis20] General Assembly resolution 70/125.+]');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ADD\t {2}\[\+\[\^p-[0-9a-f]{8}\] See also Resolution 140 \(Rev\. Bucharest, 2022\)\.\+\]$/),
      ]),
    );
  });

  describe('a move that rewords the provision (issue 17, item 4b)', () => {
    const OP_1_2 = 'to submit an annual report to the Council.';
    const REWORDED = 'to submit a biennial report to the Council.';
    // Placed under op-1-1, so that no revision could read it as op-1-1 moving instead.
    const move = { kind: 'move', provisionId: 'op-1-2', position: { asChildOf: 'op-1-1' } };
    let moveId: string;

    it('refuses a rewording that is half given (400) or proposed against another wording (422), recording nothing', async () => {
      const before = await eventCount();
      const half = await propose({ ...move, oldText: OP_1_2 });
      expectProblem(half, 400, 'validation');
      expect(half.json.errors).toEqual([expect.objectContaining({ field: 'operation.newText' })]);
      const stale = await propose({ ...move, oldText: 'to submit a report to the Council.', newText: REWORDED });
      expectProblem(stale, 422, 'invalid');
      expect(stale.json.detail).toMatch(
        /^the amendment does not apply to resolves to instruct the Secretary-General, 2 in version 1 \(resolves to instruct the Secretary-General, 3 in the working text\): resolves to instruct the Secretary-General, 2 no longer reads as it did when the amendment was proposed; carry the amendment over to its present wording$/,
      );
      expect(stale.json.detail).not.toContain('op-1-2');
      expect(await eventCount()).toBe(before);
    });

    it('records the move and its MOD as one amendment, and shows both in the compilation', async () => {
      moveId = recorded(await propose({ ...move, oldText: OP_1_2, newText: REWORDED })).id;
      const amendment = await eventually(async () => recorded(await as.secretariat.get(`/api/v1/amendments/${moveId}`), 200));
      expect(amendment.operation).toEqual({ ...move, oldText: OP_1_2, newText: REWORDED });
      const proposal = await eventually(async () => {
        const answer = recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/compilation`), 200);
        const found = answer.sections
          .flatMap((section: any) => section.provisions.flatMap((provision: any) => provision.proposals))
          .find((p: any) => p.amendmentId === moveId);
        expect(found).toBeDefined();
        return found;
      });
      expect(proposal.change).toMatchObject({ tag: 'MOVE', place: { relation: 'inside', id: 'op-1-1', label: '1' } });
      expect(
        proposal.change.segments
          .filter((segment: any) => segment.kind !== 'equal')
          .map((segment: any) => `${segment.kind}:${segment.text}`),
      ).toEqual(['delete:an annual', 'insert:a biennial']);
    });

    it('once accepted, the provision stands at its new place with its new words, marked once with its word marks and where it came from', async () => {
      recorded(
        await as.chair.post(`/api/v1/amendments/${moveId}/decision`, {
          ruling: 'accepted',
          meeting: 'CWG-WSIS&SDG, first meeting of 2026',
          date: '2026-03-10',
        }),
      );
      const text = await eventually(async () => {
        const answer = recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/text`), 200);
        expect(answer.appliedDecisionIds).toHaveLength(3);
        return answer.text;
      });
      expect(text.operative[0].provisions.map((provision: any) => provision.id)).toEqual(['op-1-1', 'op-1-1bis']);
      expect(text.operative[0].provisions[0].children).toEqual([expect.objectContaining({ id: 'op-1-2', text: REWORDED })]);
      const marked = await as.secretariat.request('GET', `/api/v1/documents/${documentId}/marked?to=working&format=text`);
      expect(marked.status).toBe(200);
      const lines = marked.text.split('\n');
      const moved = lines.filter((line) => line.includes('report to the Council.'));
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatch(
        /^MOD\t {2}\[-2-\]\[\+[^+]+\+\]\tto submit \[-an annual-\]\[\+a biennial\+\] report to the Council\. ⟦moved from 2 in «resolves to instruct the Secretary-General»⟧$/u,
      );
      expect(lines).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\t\[-2-\]\t ⟦moved to 1 \S+ in «resolves to instruct the Secretary-General»⟧$/u)]),
      );
    });
  });
});
