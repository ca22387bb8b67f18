/**
 * A WSIS+20-shaped negotiation over HTTP only (issue 20, "Done when"), in the full mode:
 * gateway, ledger and projector as processes on a real Kafka and PostgreSQL. The General
 * Assembly's way: the co-facilitators circulate an elements paper and a zero draft; civil
 * society, the private sector, academia and the technical community send written inputs while
 * member states propose amendments; the co-facilitators issue Rev.1 and Rev.2 as whole texts
 * that take them up, and record where each paragraph stands after every informal
 * consultation; Rev.3 goes under a silence that two member states break on three paragraphs;
 * Rev.4 under a silence that holds, and the system adopts it; a delegation then explains its
 * position. After every step the state of play, the history, the provenance of every
 * paragraph and the replay of the signed record tell the same story (support/wsis20-checks.ts).
 */
import { SILENCE_CONCLUDED, VERSION_ADOPTED } from '#libs/contracts';
import { fromInterchange } from '#libs/text';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import {
  ADOPTION,
  INPUTS_ON_THE_ZERO_DRAFT,
  MEETINGS,
  NEW_YORK,
  STAKEHOLDERS,
  WSIS20_CONSULTATION,
  instantIn,
  refused,
} from './support/wsis20-parties';
import { wholeHistory } from './support/wsis20-checks';
import { NEGOTIATION_EVENT_TYPES, adoptionsIn, revisionsIn } from './support/wsis20-record';
import { Wsis20Negotiation } from './support/wsis20-session';
import {
  ELEMENTS_PAPER,
  KENYA_DIVIDES,
  PREAMBLE_IDS,
  PROVISION_OF as ID,
  REV_1,
  REV_2,
  REV_3,
  REV_4,
  UNITED_STATES_REPORT,
  UngaDraft,
  ZERO_DRAFT,
  paragraph,
  plainUngaText,
} from './support/wsis20-texts';

describe('a WSIS+20-shaped negotiation, from the elements paper to adoption under silence, on Kafka and PostgreSQL', () => {
  const step = scenarioSteps();
  let n: Wsis20Negotiation;
  let as: Record<string, HttpClient>;
  const input: Record<string, string> = {};
  const amendment: Record<string, string> = {};
  const draft = (path = '') => n.draft(path);

  beforeAll(async () => {
    n = await Wsis20Negotiation.start();
    as = n.as;
  }, 180_000);

  afterAll(async () => {
    await n?.stop();
  });

  step('the secretariat registers member states, a group and non-state stakeholders, the consultation and its meetings', async () => {
    for (const stakeholder of Object.values(STAKEHOLDERS))
      recorded(`register ${stakeholder.id}`, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    const consultationId = recorded('the consultation', await as.secretariat.post('/api/v1/consultations', WSIS20_CONSULTATION)).id;
    for (const { id } of Object.values(STAKEHOLDERS))
      recorded(`admit ${id}`, await as.secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
    for (const [i, meeting] of MEETINGS.entries()) {
      const by = i === MEETINGS.length - 1 ? as.coFacilitator2 : as.secretariat;
      recorded(`meeting ${meeting.meetingId}`, await by.post(`/api/v1/consultations/${consultationId}/meetings`, meeting));
    }
    refused('a delegation registering a meeting', await as.kenya.post(`/api/v1/consultations/${consultationId}/meetings`, MEETINGS[0]));
    n.ids = { consultationId, documentIds: [], draftId: '' };
    const meetings = await eventually(async () => {
      const listed = await n.read(`/consultations/${consultationId}/meetings`);
      expect(listed.items).toHaveLength(MEETINGS.length);
      return listed.items;
    });
    expect(meetings.map(({ readings: _, ...m }: any) => m)).toEqual(MEETINGS.map((m) => expect.objectContaining(m)));
  });

  step('the co-facilitators circulate the elements paper, then the zero draft with the future of the IGF in brackets', async () => {
    const register = async (symbol: string, versionLabel: string, text: UngaDraft) =>
      recorded(
        `register the ${versionLabel}`,
        await as.secretariat.post(`/api/v1/consultations/${n.ids.consultationId}/documents`, {
          symbol,
          versionLabel,
          source: plainUngaText(text),
          language: 'en',
          style: 'unga',
        }),
      ).id;
    const elementsId = await register('WSIS+20 elements paper', 'elements paper', ELEMENTS_PAPER);
    const draftId = await register('WSIS+20 outcome document', 'zero draft', ZERO_DRAFT);
    n.ids = { ...n.ids, documentIds: [elementsId, draftId], draftId };
    recorded(
      'open',
      await as.secretariat.post(`/api/v1/consultations/${n.ids.consultationId}/phase`, { to: 'open-for-contributions' }),
      200,
    );
    await eventually(async () => expect(await n.operativeTexts()).toEqual(ZERO_DRAFT.operative.map((p) => p.text)));
    await n.sameStory();
    const stateOfPlay = await n.read(`/documents/${n.ids.draftId}/state-of-play`);
    expect(stateOfPlay).toMatchObject({ versionNumber: 1, versionLabel: 'zero draft' });
    expect(stateOfPlay.counts).toEqual({ pending: 16, 'agreed-ad-ref': 0, agreed: 0, bracketed: 0, deleted: 0 });
    expect(stateOfPlay.provisions.find((p: any) => p.provisionId === ID.igf).label).toMatch(/^9\.?$/);
  });

  step('non-state stakeholders send inputs on the zero draft; member states propose amendments instead', async () => {
    for (const { name, by, on, title, text } of INPUTS_ON_THE_ZERO_DRAFT) {
      const body = { stakeholderId: by, provisionIds: on.map((key) => ID[key]), title, text, language: 'en' };
      input[name] = recorded(`${name}'s input`, await as[by].post(draft('/inputs'), body)).id;
    }
    refused(
      'a member state sending an input',
      await as.kenya.post(draft('/inputs'), { stakeholderId: 'kenya', title: 'x', text: 'y', language: 'en' }),
    );
    const propose = async (name: string, by: string, key: string, change: { oldText: string; newText: string }, extra = {}) => {
      const oldText = paragraph(ZERO_DRAFT, key);
      const operation = { kind: 'modify', provisionId: ID[key], oldText, newText: oldText.replace(change.oldText, change.newText) };
      amendment[name] = recorded(
        `${name}'s amendment`,
        await as[by].post(draft('/amendments'), { versionNumber: 1, operation, ...extra }),
      ).id;
    };
    await propose('kenya', 'kenya', 'divides', KENYA_DIVIDES, { onBehalfOf: 'group-77-china' });
    await propose('united-states', 'united-states', 'report', UNITED_STATES_REPORT);
    await n.sameStory();
    const onIgf = await n.read(`/documents/${n.ids.draftId}/inputs?provisionId=${ID.igf}`);
    expect(onIgf.items.map((i: any) => [i.inputId, i.stakeholderId, i.category, i.versionNumber])).toEqual([
      [input.icc, 'icc-basis', 'private-sector', 1],
    ]);
    const tracker = await n.trackerRows();
    expect(tracker[ID.stakeholders].inputs - tracker[ID.commitment].inputs).toBe(1);
  });

  step('first informal consultation: the paragraphs are read, and the co-facilitators record where each stands', async () => {
    recorded(
      'negotiation',
      await as.coFacilitator1.post(`/api/v1/consultations/${n.ids.consultationId}/phase`, { to: 'negotiation' }),
      200,
    );
    const everything = [...PREAMBLE_IDS, ...ZERO_DRAFT.operative.map((p) => ID[p.key])];
    recorded(
      'the reading',
      await as.secretariat.post(`/api/v1/consultations/${n.ids.consultationId}/meetings/ic-1/readings`, {
        documentId: n.ids.draftId,
        provisionIds: everything,
      }),
    );
    refused('agreed ad ref while bracketed', await n.recordStatuses('coFacilitator1', 'ic-1', [[ID.igf, 'agreed-ad-ref']]));
    refused(
      'a delegation recording statuses',
      await as.kenya.post(draft('/statuses'), { statuses: [{ provisionId: ID.seized, status: 'agreed' }] }),
    );
    refused('a meeting never registered', await n.recordStatuses('coFacilitator1', 'ic-99', [[ID.seized, 'agreed']]));
    const adRef = [...PREAMBLE_IDS, ID.commitment, ID.sdgs].map((id): [string, string] => [id, 'agreed-ad-ref']);
    recorded('round 1', await n.recordStatuses('coFacilitator1', 'ic-1', [...adRef, [ID.seized, 'agreed'], [ID.igf, 'bracketed']]));
    await n.sameStory();
    const stateOfPlay = await n.read(`/documents/${n.ids.draftId}/state-of-play`);
    expect(stateOfPlay).toMatchObject({ round: 1, counts: { pending: 8, 'agreed-ad-ref': 6, agreed: 1, bracketed: 1, deleted: 0 } });
    expect(stateOfPlay.open).toEqual(expect.arrayContaining([ID.igf, ID.divides]));
    expect(stateOfPlay.open).not.toContain(ID.seized);
    expect(stateOfPlay.changedSinceLastRound).toHaveLength(8);
    const [ic1] = (await n.read(`/consultations/${n.ids.consultationId}/meetings`)).items.filter((m: any) => m.meetingId === 'ic-1');
    expect(ic1.readings).toEqual([{ documentId: n.ids.draftId, versionNumber: 1, provisionIds: everything }]);
  });

  step("Rev.1 takes up Kenya's amendment and civil society's input and adds a paragraph on AI; the US amendment is rebased", async () => {
    const before = await n.eventCount();
    const preview = recorded('preview', await as.coFacilitator1.post(draft('/revisions/preview'), { text: plainUngaText(REV_1) }), 200);
    expect(preview.changes.map((c: any) => c.operation.kind).sort()).toEqual(['add', 'modify', 'modify']);
    expect(await n.eventCount()).toBe(before);
    refused(
      'a delegation issuing a revision',
      await as.kenya.post(draft('/revisions'), { text: plainUngaText(REV_1), date: '2025-11-07' }),
    );
    await n.issue('Rev.1', REV_1, {
      date: '2025-11-07',
      reflects: [
        { provisionId: ID.divides, amendmentIds: [amendment.kenya] },
        { provisionId: ID.stakeholders, inputIds: [input.apc] },
      ],
      overtake: [amendment.kenya],
    });
    expect((await n.read(`/amendments/${amendment.kenya}`)).status).toBe('overtaken');
    expect(await n.read(`/amendments/${amendment['united-states']}`)).toMatchObject({ status: 'pending', versionNumber: 2 });
    await n.sameStory();
    const [listed] = (await n.read(`/documents/${n.ids.draftId}/revisions`)).items;
    expect(listed).toMatchObject({ revision: 1, label: 'Rev.1', date: '2025-11-07', versionNumber: 2, changes: 3 });
    expect(JSON.stringify(listed.overtaken)).toContain(amendment.kenya);
    expect(JSON.stringify(listed.rebased)).toContain(amendment['united-states']);
    const stateOfPlay = await n.read(`/documents/${n.ids.draftId}/state-of-play`);
    expect(stateOfPlay).toMatchObject({ versionNumber: 2, versionLabel: 'Rev.1' });
    expect(stateOfPlay.provisions.find((p: any) => p.provisionId === ID.igf).label).toMatch(/^10\.?$/);
    const provenance = await n.read(`/documents/${n.ids.draftId}/provisions/${ID.stakeholders}/provenance`);
    expect(JSON.stringify(provenance)).toContain(revisionsIn(n.events, n.ids.draftId)[0].decisionId);
    expect(JSON.stringify(provenance)).toContain(input.apc);
    n.expectRevisionGaveWords(ID.stakeholders, 'Rev.1', paragraph(REV_1, 'stakeholders'));
    n.expectRevisionGaveWords(ID.divides, 'Rev.1', paragraph(REV_1, 'divides'));
    const marked = await as.secretariat.get(`${draft('/marked')}?from=1&to=2&format=text`);
    expect(marked.status).toBe(200);
    expect(marked.text).toContain('artificial intelligence');
  });

  step('second and third informal consultations on Rev.1; the chair accepts the US amendment, rebased, at the third', async () => {
    const ai = (await n.workingText()).operative[0].provisions.find((p) => p.text.includes('artificial intelligence'))!.id;
    const adRef = [...PREAMBLE_IDS, ID.commitment, ID.sdgs, ID.skills].map((id): [string, string] => [id, 'agreed-ad-ref']);
    recorded(
      'round 2',
      await n.recordStatuses('coFacilitator2', 'ic-2', [
        ...adRef,
        [ID.seized, 'agreed'],
        [ID.igf, 'bracketed'],
        [ai, 'pending'],
        [ID.divides, 'pending', 'G77 and China to revert'],
      ]),
    );
    await n.sameStory();
    recorded(
      'round 3',
      await n.recordStatuses('coFacilitator1', 'ic-3', [
        [ID.divides, 'agreed-ad-ref'],
        [ID.stakeholders, 'agreed-ad-ref'],
      ]),
    );
    const ruling = { ruling: 'accepted', meetingId: 'ic-3', meeting: 'Third informal consultation', date: '2025-11-19' };
    recorded('the ruling', await as.coFacilitator1.post(`/api/v1/amendments/${amendment['united-states']}/decision`, ruling));
    await eventually(async () =>
      expect(await n.operativeTexts()).toContain(
        paragraph(REV_1, 'report').replace(UNITED_STATES_REPORT.oldText, UNITED_STATES_REPORT.newText),
      ),
    );
    await n.sameStory();
    const stateOfPlay = await n.read(`/documents/${n.ids.draftId}/state-of-play`);
    expect(stateOfPlay.round).toBe(3);
    expect(stateOfPlay.changedSinceLastRound).toEqual([
      expect.objectContaining({ provisionId: ID.divides, label: expect.stringMatching(/^3\.?$/), from: 'pending', to: 'agreed-ad-ref' }),
      expect.objectContaining({
        provisionId: ID.stakeholders,
        label: expect.stringMatching(/^5\.?$/),
        from: 'pending',
        to: 'agreed-ad-ref',
      }),
    ]);
    expect(stateOfPlay.provisions.find((p: any) => p.provisionId === ID.skills)).toMatchObject({
      status: 'agreed-ad-ref',
      since: 2,
      meetingId: 'ic-2',
    });
  });

  step('Rev.2 speaks of the single, open Internet the technical community asked for; inputs on Rev.2 are published', async () => {
    await n.issue('Rev.2', REV_2, { date: '2025-12-03', reflects: [{ provisionId: ID.internet, inputIds: [input.isoc] }] });
    for (const [name, by] of [
      ['apc-rev2', 'apc'],
      ['icc-rev2', 'icc-basis'],
    ]) {
      const text = `On Rev.2: ${by} supports a permanent Internet Governance Forum.`;
      input[name] = recorded(
        name,
        await as[by].post(draft('/inputs'), { stakeholderId: by, provisionIds: [ID.igf], title: 'IGF', text, language: 'en' }),
      ).id;
    }
    recorded(
      'GigaNet withdraws its input',
      await as.giganet.post(`/api/v1/inputs/${input.giganet}/withdrawal`, { reason: 'Superseded by our input on Rev.2.' }),
    );
    const adRef = Object.keys(await n.trackerRows()).filter((id) => ![ID.igf, ID.review, ID.seized].includes(id));
    recorded(
      'round 4',
      await n.recordStatuses('coFacilitator2', 'ic-4', [
        ...adRef.map((id): [string, string] => [id, 'agreed-ad-ref']),
        [ID.igf, 'bracketed'],
        [ID.seized, 'agreed'],
      ]),
    );
    await n.sameStory();
    const onIgf = await n.read(`/documents/${n.ids.draftId}/inputs?provisionId=${ID.igf}`);
    expect(onIgf.items.map((i: any) => [i.inputId, i.versionNumber]).sort()).toEqual(
      [
        [input.icc, 1],
        [input['apc-rev2'], 3],
        [input['icc-rev2'], 3],
      ].sort(),
    );
    expect(await n.read(`/documents/${n.ids.draftId}/state-of-play`)).toMatchObject({
      versionLabel: 'Rev.2',
      round: 4,
      counts: { pending: 1, 'agreed-ad-ref': 14, agreed: 1, bracketed: 1, deleted: 0 },
      open: expect.arrayContaining([ID.igf, ID.review]),
    });
    n.expectRevisionGaveWords(ID.internet, 'Rev.2', paragraph(REV_2, 'internet'));
  });

  step('Rev.3 settles the IGF and goes under silence; two member states break it on three paragraphs', async () => {
    await n.issue('Rev.3', REV_3, {
      date: '2025-12-08',
      reflects: [{ provisionId: ID.igf, inputIds: [input.icc, input['apc-rev2'], input['icc-rev2']] }],
    });
    const silence = {
      silenceId: 'silence-rev3',
      deadline: instantIn(Date.now() + 12_000, NEW_YORK),
      timeZone: NEW_YORK,
      adoption: ADOPTION,
    };
    recorded('silence on Rev.3', await as.coFacilitator1.post(draft('/silences'), silence));
    refused('a second silence', await as.coFacilitator2.post(draft('/silences'), { ...silence, silenceId: 'silence-twice' }));
    const breakOn = (by: string, provisionIds: string[], reasons: string) =>
      as[by].post(draft('/silences/silence-rev3/breaks'), { stakeholderId: by, provisionIds, reasons });
    refused('civil society breaking silence', await breakOn('apc', [ID.igf], 'We would have liked more.'));
    recorded('the Russian Federation breaks', await breakOn('russian-federation', [ID['human-rights'], ID.igf], 'Not agreed language.'));
    recorded('the United States break', await breakOn('united-states', [ID.review], 'A review in 2035 prejudges the process.'));
    const outcome = await n.outcomeOf('silence-rev3');
    expect(outcome).toMatchObject({ state: 'broken', versionNumber: 4 });
    expect(outcome.breaks.flatMap((b: any) => b.provisionIds).sort()).toEqual([ID['human-rights'], ID.igf, ID.review].sort());
    refused('a break after the deadline', await breakOn('india', [ID.sdgs], 'Too late.'));
    await n.sameStory();
    // The history of the IGF paragraph tells its whole negotiation: inputs, rounds, revisions, the silence broken on it.
    const igfHistory = await n.read(`/consultations/${n.ids.consultationId}/history?provision=${ID.igf}&limit=100`);
    expect(igfHistory.items.map((entry: any) => entry.details.event.type)).toEqual(
      expect.arrayContaining(['StakeholderInputSubmitted', 'ProvisionStatusesRecorded', 'RevisionIssued', 'SilenceBroken']),
    );
    const concluded = n.events.filter((e) => e.type === SILENCE_CONCLUDED);
    expect(concluded.map((e) => [(e.payload as any).outcome, (e.metadata as any).actor.role])).toEqual([['broken', 'system']]);
    expect(adoptionsIn(n.events, n.ids.draftId)).toEqual([]);
  });

  step('Rev.4 rewords the three paragraphs and goes under a silence that holds: the system adopts it', async () => {
    await n.issue('Rev.4', REV_4, { date: '2025-12-12' });
    recorded(
      'adoption phase',
      await as.coFacilitator1.post(`/api/v1/consultations/${n.ids.consultationId}/phase`, { to: 'adoption' }),
      200,
    );
    const deadline = instantIn(Date.now() + 6_000, NEW_YORK);
    recorded(
      'silence on Rev.4',
      await as.coFacilitator2.post(draft('/silences'), {
        silenceId: 'silence-rev4',
        deadline,
        timeZone: NEW_YORK,
        meetingId: 'plenary',
        adoption: ADOPTION,
      }),
    );
    const extended = instantIn(Date.now() + 9_000, NEW_YORK);
    recorded(
      'the deadline extended',
      await as.coFacilitator1.post(draft('/silences/silence-rev4/extensions'), {
        deadline: extended,
        timeZone: NEW_YORK,
        reason: 'Delegations asked for time to consult capitals.',
      }),
    );
    const held = await n.outcomeOf('silence-rev4');
    expect(held).toMatchObject({ state: 'held', versionNumber: 5, breaks: [] });
    expect(Date.parse(held.concludedAt)).toBeGreaterThanOrEqual(Date.parse(extended));
    const adopted = await eventually(async () => n.read(`/documents/${n.ids.draftId}/text?version=6`));
    expect(adopted).toMatchObject({ versionNumber: 6, versionLabel: ADOPTION.label });
    expect(fromInterchange(adopted.text).operative.flatMap((s) => s.provisions.map((p) => p.text))).toEqual(
      REV_4.operative.map((p) => p.text),
    );
    await n.sameStory();
    const [adoption] = adoptionsIn(n.events, n.ids.draftId);
    const [conclusion] = n.events.filter((e) => e.type === SILENCE_CONCLUDED && (e.payload as any).silenceId === 'silence-rev4');
    expect({ silenceId: adoption.silenceId, by: adoption.actor?.role, next: adoption.position }).toEqual({
      silenceId: 'silence-rev4',
      by: 'system',
      next: conclusion.position + 1,
    });
    expect(n.events.filter((e) => e.type === VERSION_ADOPTED)).toHaveLength(1);
    for (const key of ['human-rights', 'igf', 'review']) n.expectRevisionGaveWords(ID[key], 'Rev.4', paragraph(REV_4, key));
  });

  step('after the adoption, the United States explains its position', async () => {
    const explanation = {
      stakeholderId: 'united-states',
      kind: 'position',
      timing: 'after-adoption',
      text: 'The United States joins consensus and disassociates itself from operative paragraph 12.',
      meetingId: 'plenary',
    };
    recorded('the explanation', await as['united-states'].post(draft('/explanations'), explanation));
    await n.sameStory();
    const listed = await n.read(`/documents/${n.ids.draftId}/explanations`);
    expect(listed.items ?? listed).toEqual([expect.objectContaining({ ...explanation, versionNumber: 6 })]);
    // Every kind of event of the UN way happened, and the history shows each one.
    const shown = new Set((await wholeHistory(as.secretariat, n.ids.consultationId)).map((entry) => entry.details.event.type));
    expect(NEGOTIATION_EVENT_TYPES.filter((type) => !shown.has(type))).toEqual([]);
  });
});
