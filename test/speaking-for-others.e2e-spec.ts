/**
 * Nobody speaks for a party that did not agree (issue 16, findings 1 and 2), over HTTP on the
 * embedded composition and the test PostgreSQL: "on behalf of" a group is refused to a
 * stakeholder that is not its member (403 `not-allowed`, nothing recorded, the refusal on
 * record for auditors), and a contribution naming other submitters waits for each to confirm
 * before it is in the compilation and its amendments are ruled on; a party may decline, and
 * the secretariat records a confirmation given by letter, citing it.
 */
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { Answer } from './support/negotiation-steps';
import { smallResolution } from './support/security-fixtures';
import { tokenFor } from './support/tokens';

const OP_1_2 = smallResolution().operative[0].provisions[1].text;

function expectProblem(answer: Answer, status: number, slug: string): void {
  if (answer.status !== status) throw new Error(`expected ${status} ${slug}, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json.type).toMatch(new RegExp(`/${slug}$`));
}

function recorded(answer: Answer, status = 201): any {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer.json;
}

/** Every amendment id the compilation lays beside a provision or section, or leaves unplaced. */
function compiledAmendments(compilation: any): string[] {
  const proposals = [
    ...compilation.unplaced,
    ...compilation.sections.flatMap((section: any) => [
      ...section.proposals,
      ...section.provisions.flatMap((provision: any) => provision.proposals),
    ]),
  ];
  return proposals.map((proposal: any) => proposal.amendmentId);
}

describe('speaking for others', () => {
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'auditor' | 'chair' | 'egypt' | 'kenya' | 'apc' | 'ericsson', HttpClient>;
  let consultationId: string;
  let documentId = '';

  const eventCount = () => service.eventCount();

  /** Sends, then checks that nothing was recorded in the event store. */
  async function refusedAndNothingRecorded(send: () => Promise<Answer>): Promise<Answer> {
    const before = await eventCount();
    const answer = await send();
    expect(await eventCount()).toBe(before);
    return answer;
  }

  /** The refusals on record for an actor, newest first, as an auditor reads them. */
  async function refusalsOf(actor: string): Promise<{ path: string; status: number; reason: string; detail: string }[]> {
    const log = await as.auditor.get(`/api/v1/audit/refusals?actor=${actor}&reason=not-allowed&limit=100`);
    expect(log.status).toBe(200);
    return log.json.items;
  }

  const contribution = (symbol: string, extra: Record<string, unknown>) => ({
    consultationId,
    symbol,
    date: '2026-02-20',
    originalLanguage: 'en',
    title: `Proposals ${symbol}`,
    ...extra,
  });
  const suppressOp12 = {
    kind: 'amendments',
    documentId,
    versionNumber: 1,
    amendments: [{ operation: { kind: 'suppress', provisionId: 'op-1-2' } }],
  };

  const contributionRead = (id: string) => as.secretariat.get(`/api/v1/contributions/${id}`);
  const compilation = async () => recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/compilation`), 200);

  beforeAll(async () => {
    service = await startEmbeddedService('speaking');
    const { gateway } = service;
    as = {
      secretariat: gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
      auditor: gateway.as(await tokenFor('auditor-1', 'auditor')),
      chair: gateway.as(await tokenFor('chair-1', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
      kenya: gateway.as(await tokenFor('kenya', 'stakeholder')),
      apc: gateway.as(await tokenFor('apc', 'stakeholder')),
      ericsson: gateway.as(await tokenFor('ericsson', 'stakeholder')),
    };
    for (const stakeholder of [
      { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
      { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
      { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
      { id: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe' },
      { id: 'african-group', name: 'African Telecommunications Union', category: 'member-state', region: 'africa', memberIds: ['kenya'] },
    ]) {
      recorded(await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    }
    consultationId = recorded(
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
    suppressOp12.documentId = documentId;
    recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }), 200);
    await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${documentId}`)).status).toBe(200));
  });

  afterAll(async () => {
    await service?.stop();
  });

  describe('on behalf of a group: only its members speak for it', () => {
    it('refuses an amendment proposed on behalf of a group the proposer is not a member of, records nothing and keeps the refusal on record', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.apc.post(`/api/v1/documents/${documentId}/amendments`, {
          versionNumber: 1,
          onBehalfOf: 'african-group',
          operation: { kind: 'suppress', provisionId: 'op-1-2' },
        }),
      );
      expectProblem(answer, 403, 'not-allowed');
      expect(answer.json.detail).toBe(
        'Association for Progressive Communications is not a member of African Telecommunications Union and does not speak on its behalf',
      );
      await eventually(async () =>
        expect(await refusalsOf('apc')).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              path: `/api/v1/documents/${documentId}/amendments`,
              status: 403,
              reason: 'not-allowed',
              detail: answer.json.detail,
            }),
          ]),
        ),
      );
    });

    it('refuses a contribution on behalf of a group the submitter is not a member of', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.ericsson.post(
          '/api/v1/contributions',
          contribution('C26/40-E', { onBehalfOf: 'african-group', substance: { kind: 'report', text: 'Views.' } }),
        ),
      );
      expectProblem(answer, 403, 'not-allowed');
      expect(answer.json.detail).toContain('Telefonaktiebolaget LM Ericsson is not a member of African Telecommunications Union');
      await eventually(async () => expect((await refusalsOf('ericsson')).map((r) => r.path)).toContain('/api/v1/contributions'));
    });

    it('records what a member says on behalf of its group', async () => {
      recorded(
        await as.kenya.post(`/api/v1/documents/${documentId}/amendments`, {
          versionNumber: 1,
          onBehalfOf: 'african-group',
          operation: { kind: 'suppress', provisionId: 'op-1-1' },
        }),
      );
      recorded(
        await as.kenya.post(
          '/api/v1/contributions',
          contribution('C26/41-E', { onBehalfOf: 'african-group', substance: { kind: 'report', text: 'African views.' } }),
        ),
      );
    });
  });

  describe('co-submitters confirm', () => {
    let awaitingId: string;
    let awaitingAmendment: string;

    it('refuses naming a party that is not a registered stakeholder', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.ericsson.post(
          '/api/v1/contributions',
          contribution('C26/42-E', { submitters: ['ericsson', 'atlantis'], substance: suppressOp12 }),
        ),
      );
      expectProblem(answer, 422, 'invalid');
    });

    it('holds a contribution naming another submitter out of the compilation until that submitter confirms', async () => {
      awaitingId = recorded(
        await as.ericsson.post(
          '/api/v1/contributions',
          contribution('C26/43-E', { submitters: ['ericsson', 'egypt'], substance: suppressOp12 }),
        ),
      ).id;
      const read = await eventually(async () => {
        const answer = await contributionRead(awaitingId);
        expect(answer.status).toBe(200);
        return answer.json;
      });
      expect(read).toMatchObject({
        status: 'awaiting-co-submitters',
        coSubmission: { revision: 0, awaiting: ['egypt'], confirmed: [], declined: [] },
      });
      expect(read.cover.submitters).toEqual(['ericsson', 'egypt']);
      awaitingAmendment = read.substance.amendmentIds[0];
      const view = await eventually(async () => {
        const answer = await compilation();
        expect(answer.awaitingCoSubmitters).toHaveLength(1);
        return answer;
      });
      expect(view.awaitingCoSubmitters[0]).toMatchObject({
        contribution: { id: awaitingId, symbol: 'C26/43-E' },
        status: 'awaiting-co-submitters',
        awaiting: [expect.objectContaining({ id: 'egypt', name: 'Arab Republic of Egypt' })],
        amendmentIds: [awaitingAmendment],
      });
      expect(compiledAmendments(view)).not.toContain(awaitingAmendment);
    });

    it('refuses a stakeholder confirming for another, records nothing and keeps the refusal on record', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.kenya.post(`/api/v1/contributions/${awaitingId}/confirmation`, { stakeholderId: 'egypt' }),
      );
      expectProblem(answer, 403, 'not-allowed');
      expect(answer.json.detail).toContain('Republic of Kenya does not speak for Arab Republic of Egypt');
      await eventually(async () =>
        expect((await refusalsOf('kenya')).map((r) => r.path)).toContain(`/api/v1/contributions/${awaitingId}/confirmation`),
      );
    });

    it('refuses a named party revising what it has not agreed to', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.egypt.post(`/api/v1/contributions/${awaitingId}/revisions`, {
          ...contribution('C26/43(Rev.1)-E', { submitters: ['egypt'], substance: suppressOp12 }),
          consultationId: undefined,
        }),
      );
      expectProblem(answer, 403, 'not-allowed');
    });

    it('keeps the amendments of a contribution awaiting its co-submitters from the chair, and offers them once all confirmed', async () => {
      recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
      const early = await refusedAndNothingRecorded(() =>
        as.chair.post(`/api/v1/amendments/${awaitingAmendment}/decision`, { ruling: 'accepted' }),
      );
      expectProblem(early, 409, 'conflict');
      expect(early.json.detail).toContain('C26/43-E awaits the confirmation of its co-submitters (Arab Republic of Egypt)');

      recorded(await as.egypt.post(`/api/v1/contributions/${awaitingId}/confirmation`, { stakeholderId: 'egypt' }));
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.egypt.post(`/api/v1/contributions/${awaitingId}/confirmation`, { stakeholderId: 'egypt' }),
        ),
        409,
        'already-exists',
      );
      const read = await eventually(async () => {
        const answer = (await contributionRead(awaitingId)).json;
        expect(answer.status).toBe('submitted');
        return answer;
      });
      expect(read.coSubmission).toMatchObject({
        awaiting: [],
        confirmed: [{ stakeholderId: 'egypt', by: 'egypt', at: expect.any(String) }],
      });
      await eventually(async () => {
        const view = await compilation();
        expect(view.awaitingCoSubmitters).toEqual([]);
        expect(compiledAmendments(view)).toContain(awaitingAmendment);
      });
      recorded(await as.chair.post(`/api/v1/amendments/${awaitingAmendment}/decision`, { ruling: 'rejected' }));
    });
  });

  describe('declining, and the secretariat recording a letter', () => {
    let consultation2: string;
    let document2: string;
    let declined: string;
    let byLetter: string;

    beforeAll(async () => {
      consultation2 = recorded(
        await as.secretariat.post('/api/v1/consultations', {
          title: 'Review of Resolution 30',
          body: 'ITU Council',
          subject: 'WSIS+20 review',
          originalLanguage: 'en',
          chairs: ['chair-1'],
        }),
      ).id;
      document2 = recorded(
        await as.secretariat.post(`/api/v1/consultations/${consultation2}/documents`, {
          symbol: 'Resolution 30',
          versionLabel: 'Rev. Buenos Aires, 2017',
          document: smallResolution(),
        }),
      ).id;
      recorded(await as.secretariat.post(`/api/v1/consultations/${consultation2}/phase`, { to: 'open-for-contributions' }), 200);
    });

    it('asks a party a revision adds, and records its decline: the contribution stays out of the compilation', async () => {
      const substance = {
        kind: 'amendments',
        documentId: document2,
        versionNumber: 1,
        amendments: [
          { operation: { kind: 'modify', provisionId: 'op-1-2', oldText: OP_1_2, newText: OP_1_2.replace('annual', 'biennial') } },
        ],
      };
      declined = recorded(
        await as.egypt.post('/api/v1/contributions', { ...contribution('C26/50-E', { substance }), consultationId: consultation2 }),
      ).id;
      recorded(
        await as.egypt.post(
          `/api/v1/contributions/${declined}/revisions`,
          contribution('C26/50(Rev.1)-E', { submitters: ['egypt', 'kenya'], substance, consultationId: undefined }),
        ),
      );
      await eventually(async () =>
        expect((await contributionRead(declined)).json).toMatchObject({
          revision: 1,
          status: 'awaiting-co-submitters',
          coSubmission: { revision: 1, awaiting: ['kenya'] },
        }),
      );
      recorded(
        await as.kenya.post(`/api/v1/contributions/${declined}/declination`, {
          stakeholderId: 'kenya',
          reason: 'Kenya was not consulted on this text.',
        }),
      );
      await eventually(async () =>
        expect((await contributionRead(declined)).json).toMatchObject({
          status: 'declined',
          coSubmission: {
            awaiting: [],
            declined: [{ stakeholderId: 'kenya', by: 'kenya', reason: 'Kenya was not consulted on this text.' }],
          },
        }),
      );
      const view = await eventually(async () => {
        const answer = recorded(await as.secretariat.get(`/api/v1/documents/${document2}/compilation`), 200);
        expect(answer.awaitingCoSubmitters[0]?.status).toBe('declined');
        return answer;
      });
      expect(view.awaitingCoSubmitters).toEqual([
        expect.objectContaining({ status: 'declined', declined: [expect.objectContaining({ id: 'kenya', name: 'Republic of Kenya' })] }),
      ]);
      expect(compiledAmendments(view)).toEqual([]);
      const page = await as.secretariat.get(`/api/v1/documents/${document2}/compilation?format=html`);
      expect(page.text).toContain('<bdi>C26/50(Rev.1)-E</bdi>: declined by <bdi>Republic of Kenya</bdi>');
    });

    it('lets the secretariat record a confirmation given by letter, only citing the letter', async () => {
      byLetter = recorded(
        await as.apc.post('/api/v1/contributions', {
          ...contribution('C26/51-E', { submitters: ['apc', 'kenya'], substance: { kind: 'report', text: 'Joint views.' } }),
          consultationId: consultation2,
        }),
      ).id;
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.secretariat.post(`/api/v1/contributions/${byLetter}/confirmation`, { stakeholderId: 'kenya' }),
        ),
        422,
        'invalid',
      );
      recorded(
        await as.secretariat.post(`/api/v1/contributions/${byLetter}/confirmation`, {
          stakeholderId: 'kenya',
          reference: 'Letter of the Permanent Mission of Kenya, 21 February 2026',
        }),
      );
      await eventually(async () =>
        expect((await contributionRead(byLetter)).json).toMatchObject({
          status: 'submitted',
          coSubmission: {
            confirmed: [
              { stakeholderId: 'kenya', by: 'itu-secretariat', reference: 'Letter of the Permanent Mission of Kenya, 21 February 2026' },
            ],
          },
        }),
      );
    });
  });
});
