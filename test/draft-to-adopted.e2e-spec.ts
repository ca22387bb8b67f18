/**
 * From a draft to its adopted resolution over HTTP only (issue 17, "Done when"), on the
 * embedded composition, the test PostgreSQL and Kafka. The Arab States' draft revision of
 * Council Resolution 1334 (C23/71, made from the adopted text by undoing what the
 * negotiation changed, see support/res1334-draft.ts) is negotiated into the text the Council
 * adopted in 2023: Saudi Arabia and the United Arab Emirates (co-sponsored by Kenya) each
 * send back the whole text as they want it and submit the amendments derived from it (one
 * moves a paragraph back and rewords it, the other adds two paragraphs in a row); both
 * reword operative 3 of "resolves to instruct the Secretary-General", and are told of the
 * conflict; the Russian Federation brackets the stakeholders of "encourages Member States" 4;
 * the chair accepts, accepts one as modified with the compromise that became the adopted
 * wording, rejects the other, settles the brackets and adopts at the sixth Plenary Meeting.
 * The adopted version, read back through the API, is then compared with the seed as the
 * importer reads it, field by field.
 */
import { ResolutionDocument, fromInterchange, renderCleanText, toInterchange } from '#libs/text';
import { answeredLabels, derivedLabels, fieldsOf, only } from './support/document-fields';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { res1334 } from './support/negotiation-text';
import { Answer, recorded, scenarioSteps } from './support/negotiation-steps';
import {
  OLDER_APPRECIATING,
  OLDER_WORDING,
  RES1334_SUBJECT,
  UNGA_70_125_FOOTNOTE,
  edited,
  insert,
  makeDraft,
  move,
  provisionOf,
  rehead,
  remove,
  removeSection,
  reword,
  unannotate,
} from './support/res1334-draft';
import { tokenFor } from './support/tokens';

/** Council Resolution 1334 (Modified 2023) in Arabic, the public seed, as the importer reads it: where the negotiation must arrive. */
const adoptedRes1334 = res1334();
const draft = makeDraft(adoptedRes1334);
const [ADOPTED_OP_1_3, DRAFT_OP_1_3] = OLDER_WORDING['op-1-3'];

const ADOPTION = {
  label: 'Modified 2023',
  meeting: 'الجلسة العامة السادسة',
  date: '2023-07-20',
  place: 'Geneva',
  number: 'القرار 1334 (المعدَّل في 2023)',
  title: RES1334_SUBJECT,
  adoptionLine: 'اعتُمد في الجلسة العامة السادسة',
};
const SITTING = { meeting: 'الجلسة العامة الخامسة', date: '2023-07-19' };

/**
 * Saudi Arabia's text: the draft with "appreciating" reworded, the footnote on UNGA 70/125 and
 * the report to PP-22 taken out, operative 9 back after 8 and worded as agreed in the
 * informal consultations, the outcomes "crystallised" rather than "drafted", and coordination
 * "efficient" (operative 3).
 */
const saudiText = (version: ResolutionDocument) =>
  edited(
    version,
    rehead('pre-5', 'وإذ يقدر'),
    unannotate('pre-1-3', UNGA_70_125_FOOTNOTE.text),
    move('op-1-9', { after: 'op-1-8' }),
    reword('op-1-9', 'تعزيز التعاون والتنسيق', 'تعزيز التعاون الوثيق والتنسيق الفعّال'),
    reword('op-1-2', 'صياغتها', 'بلورتها'),
    reword('op-1-3', 'والتعاون مع', 'والتعاون بكفاءة مع'),
    remove('op-1-pp22'),
  );

/**
 * The Emirates' text: the financial support of developing countries' stakeholders and the
 * members' participation in CWG-WSIS&SDG added one after the other, Switzerland named as
 * host, consensus "to the highest degree", the invitation to Sector Members dropped, and
 * coordination "close" (operative 3).
 */
const emiratesText = (version: ResolutionDocument) =>
  edited(
    version,
    insert(provisionOf(adoptedRes1334, 'op-4-4'), { after: 'op-4-3' }),
    insert(provisionOf(adoptedRes1334, 'op-4-5'), { after: 'op-4-4' }),
    reword('pre-5-1', 'والمقرر عقده في جنيف', 'والمقرر أن تستضيفه سويسرا'),
    reword('op-4-2', 'قدر الإمكان', 'إلى أعلى درجة'),
    removeSection('op-invites'),
    reword('op-1-3', 'والتعاون مع', 'والتعاون الوثيق مع'),
  );

/** What an amendment operation works on, for reading a list of them: its kind and the provision, section or title it names. */
const touched = (operation: any): [string, string] => [
  operation.kind,
  operation.provisionId ?? operation.sectionId ?? operation.newId ?? 'title',
];

describe('a draft negotiated into its adopted resolution over HTTP: C23/71 becomes Resolution 1334 (Modified 2023)', () => {
  const step = scenarioSteps();
  /** A comparison of the adopted version with the seed: each runs on its own, so that every field that differs is reported. */
  const compare = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      if (!adopted) throw new Error('not run: no adopted version to compare, an earlier step failed');
      await body();
    });
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'chair' | 'egypt' | 'saudiArabia' | 'emirates' | 'russia', HttpClient>;
  let consultationId = '';
  let documentId = '';
  let registeredDraft: ResolutionDocument;
  const proposals: Record<'saudi' | 'emirates', { derived: any; submitted: any; amendments: any[] }> = {} as never;
  let bracketsId = '';
  let adopted: { answer: any; text: ResolutionDocument };

  const document = (path = '') => `/api/v1/documents/${documentId}${path}`;
  const amendmentOn = (party: 'saudi' | 'emirates', kind: string, provisionId: string) => {
    const found = proposals[party].amendments.find((a) => a.operation.kind === kind && a.operation.provisionId === provisionId);
    if (!found) throw new Error(`no ${kind} of ${provisionId} among the amendments of ${party}`);
    return found;
  };
  const submitDerived = async (
    party: 'saudi' | 'emirates',
    client: HttpClient,
    text: ResolutionDocument,
    cover: Record<string, unknown>,
  ) => {
    const derived = recorded(`derive ${party}`, await client.post(document('/derived-proposal'), { document: toInterchange(text) }), 200);
    const submitted = recorded(
      `submit ${party}`,
      await client.post('/api/v1/contributions', { consultationId, ...cover, substance: derived.substance }),
    );
    const contribution = await eventually(async () =>
      recorded(`read ${party}`, await client.get(`/api/v1/contributions/${submitted.id}`), 200),
    );
    const readAmendment = async (id: string) => recorded(`read amendment ${id}`, await client.get(`/api/v1/amendments/${id}`), 200);
    const amendments = await eventually(async () => Promise.all(contribution.substance.amendmentIds.map(readAmendment)));
    proposals[party] = { derived, submitted, amendments };
  };
  const rule = async (amendment: any, body: Record<string, unknown>) => {
    const ruling = await as.chair.post(`/api/v1/amendments/${amendment.id}/decision`, { ...SITTING, ...body });
    return recorded(`rule on ${touched(amendment.operation).join(' ')}`, ruling);
  };
  const workingText = async () => fromInterchange(recorded('the working text', await as.chair.get(document('/text')), 200).text);

  beforeAll(async () => {
    service = await startEmbeddedService('draft_to_adopted');
    const as_ = async (sub: string, role: Parameters<typeof tokenFor>[1]) => service.gateway.as(await tokenFor(sub, role));
    as = {
      secretariat: await as_('itu-secretariat', 'secretariat'),
      chair: await as_('chair-council-2023', 'chair'),
      egypt: await as_('egypt', 'stakeholder'),
      saudiArabia: await as_('saudi-arabia', 'stakeholder'),
      emirates: await as_('united-arab-emirates', 'stakeholder'),
      russia: await as_('russian-federation', 'stakeholder'),
    };
    const states = [
      { id: 'egypt', name: 'جمهورية مصر العربية', category: 'member-state', region: 'arab-states' },
      { id: 'saudi-arabia', name: 'المملكة العربية السعودية', category: 'member-state', region: 'arab-states' },
      { id: 'united-arab-emirates', name: 'الإمارات العربية المتحدة', category: 'member-state', region: 'arab-states' },
      { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
      { id: 'russian-federation', name: 'Russian Federation', category: 'member-state', region: 'cis' },
    ];
    for (const state of states) recorded(`register ${state.id}`, await as.secretariat.post('/api/v1/stakeholders', state));
    recorded(
      'register the Arab States',
      await as.secretariat.post('/api/v1/stakeholders', {
        id: 'arab-states',
        name: 'الدول العربية',
        category: 'member-state',
        region: 'arab-states',
        memberIds: ['egypt', 'saudi-arabia', 'united-arab-emirates'],
      }),
    );
    consultationId = recorded(
      'open the consultation',
      await as.secretariat.post('/api/v1/consultations', {
        title: 'مراجعة القرار 1334 (المعدَّل في 2019)',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-council-2023'],
      }),
    ).id;
    recorded(
      'open for contributions',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
      200,
    );
  }, 180_000);

  afterAll(async () => {
    await service?.stop();
  });

  step(
    "Egypt, for the Arab States, submits C23/71 carrying the draft revision, which becomes the consultation's text, version 1",
    async () => {
      const submitted = recorded(
        'submit C23/71',
        await as.egypt.post('/api/v1/contributions', {
          consultationId,
          symbol: 'C23/71',
          date: '2023-06-26',
          agendaItem: 'PL 2',
          originalLanguage: 'en',
          submitters: ['egypt'],
          onBehalfOf: 'arab-states',
          title: draft.title,
          purpose: draft.metadata.purpose,
          actionRequested: draft.metadata.actionRequested,
          references: ['القرار 1334 (المعدَّل في 2019)', 'القرار 140 (المراجَع في بوخارست، 2022)'],
          substance: { kind: 'draft', symbol: 'Resolution 1334', versionLabel: 'C23/71', document: toInterchange(draft) },
        }),
      );
      const contribution = await eventually(async () =>
        recorded('read C23/71', await as.egypt.get(`/api/v1/contributions/${submitted.id}`), 200),
      );
      expect(contribution.substance.kind).toBe('draft');
      documentId = contribution.substance.documentId;
      const version = await eventually(async () => recorded('read version 1', await as.egypt.get(document('/text?version=1')), 200));
      registeredDraft = fromInterchange(version.text);
      expect(registeredDraft.title).toBe(`مشروع مراجعة القرار 1334 — ${RES1334_SUBJECT}`);
      expect(registeredDraft.metadata).toMatchObject({ symbol: 'C23/71', submitters: ['الدول العربية'] });
      expect(registeredDraft.preamble[4].heading).toBe(OLDER_APPRECIATING);
      expect(renderCleanText(registeredDraft)).toBe(renderCleanText(draft));
    },
  );

  step('Saudi Arabia sends back its whole text, gets the amendments it proposes, and submits them as C23/80: no conflict', async () => {
    await submitDerived('saudi', as.saudiArabia, saudiText(registeredDraft), {
      symbol: 'C23/80',
      date: '2023-07-03',
      agendaItem: 'PL 2',
      originalLanguage: 'ar',
      title: 'مقترحات المملكة العربية السعودية بشأن مشروع مراجعة القرار 1334',
      references: ['C23/71'],
    });
    const { derived, submitted, amendments } = proposals.saudi;
    expect(derived.warnings).toEqual([]);
    expect(derived.amendments.map((a: any) => touched(a.operation))).toEqual([
      ['changeHeading', 'pre-5'],
      ['suppressFootnote', 'pre-1-3'],
      ['move', 'op-1-9'],
      ['modify', 'op-1-2'],
      ['modify', 'op-1-3'],
      ['suppress', 'op-1-pp22'],
    ]);
    // Operative 9, moved back and reworded, is one amendment: a MOVE carrying its MOD.
    expect(amendmentOn('saudi', 'move', 'op-1-9').operation).toMatchObject({
      position: { after: 'op-1-8' },
      baseText: provisionOf(registeredDraft, 'op-1-9').text,
      replacements: expect.any(Array),
    });
    expect(submitted.conflicts ?? []).toEqual([]);
    expect(amendments.map((a) => a.operation)).toEqual(derived.amendments.map((a: any) => a.operation));
    expect(amendments.map((a) => a.proposers)).toEqual(amendments.map(() => ['saudi-arabia']));
  });

  step(
    "the Emirates, co-sponsored by Kenya, submit C23/85 derived from their text, and are told it conflicts with Saudi Arabia's on operative 3",
    async () => {
      await submitDerived('emirates', as.emirates, emiratesText(registeredDraft), {
        symbol: 'C23/85',
        date: '2023-07-05',
        agendaItem: 'PL 2',
        originalLanguage: 'ar',
        coSponsors: ['kenya'],
        title: 'مقترحات الإمارات العربية المتحدة بشأن مشروع مراجعة القرار 1334',
        references: ['C23/71'],
      });
      const { derived, submitted, amendments } = proposals.emirates;
      expect(derived.warnings).toEqual([]);
      expect(derived.amendments.map((a: any) => touched(a.operation))).toEqual([
        ['add', 'op-4-4'],
        ['add', 'op-4-5'],
        ['modify', 'pre-5-1'],
        ['modify', 'op-1-3'],
        ['modify', 'op-4-2'],
        ['suppressSection', 'op-invites'],
      ]);
      // The second paragraph is placed after the first, which the same contribution adds.
      const [first, second] = derived.amendments.map((a: any) => a.operation);
      expect(second.position).toEqual({ after: first.newId });
      expect(amendments.map((a) => a.operation)).toEqual(derived.amendments.map((a: any) => a.operation));
      // A contribution's co-sponsors propose its amendments with its submitters.
      expect(amendments.map((a) => a.proposers)).toEqual(amendments.map(() => ['united-arab-emirates', 'kenya']));
      // Only the two rewordings of operative 3 conflict: the Emirates' own amendments are one proposal.
      const [conflict, ...others] = submitted.conflicts ?? [];
      expect(others).toEqual([]);
      expect(conflict).toMatchObject({ reason: 'overlapping-words' });
      expect([...conflict.amendmentIds].sort()).toEqual(
        [amendmentOn('emirates', 'modify', 'op-1-3').id, amendmentOn('saudi', 'modify', 'op-1-3').id].sort(),
      );
    },
  );

  step(
    'in negotiation, the Russian Federation brackets "all stakeholders" of "encourages Member States" 4 against "non-governmental stakeholders"',
    async () => {
      recorded('to negotiation', await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
      const [, draftWords] = OLDER_WORDING['op-3-4'];
      const baseText = provisionOf(registeredDraft, 'op-3-4').text;
      expect(baseText).toContain(draftWords);
      bracketsId = recorded(
        'offer alternatives',
        await as.russia.post(document('/amendments'), {
          versionNumber: 1,
          operation: {
            kind: 'offerAlternatives',
            provisionId: 'op-3-4',
            baseText,
            words: 'جميع أصحاب المصلحة',
            alternatives: ['جميع أصحاب المصلحة', 'أصحاب المصلحة غير الحكوميين'],
          },
        }),
      ).id;
      await eventually(async () =>
        expect(recorded('read the brackets', await as.russia.get(`/api/v1/amendments/${bracketsId}`), 200).status).toBe('pending'),
      );
    },
  );

  step(
    "the chair accepts, accepts Saudi Arabia's operative 3 as modified with the compromise, rejects the Emirates' and accepts the brackets",
    async () => {
      const saudiOp13 = amendmentOn('saudi', 'modify', 'op-1-3');
      const emiratesOp13 = amendmentOn('emirates', 'modify', 'op-1-3');
      const compromise = provisionOf(registeredDraft, 'op-1-3').text.replace(DRAFT_OP_1_3, ADOPTED_OP_1_3);
      const asModified = { ruling: 'accepted-as-modified', compromise: { kind: 'replaceText', provisionId: 'op-1-3', text: compromise } };
      const inFavourOfTheCompromise = { ruling: 'rejected', reason: 'The compromise on operative 3 was accepted in its place.' };
      for (const amendment of proposals.saudi.amendments)
        await rule(amendment, amendment === saudiOp13 ? asModified : { ruling: 'accepted' });
      for (const amendment of proposals.emirates.amendments)
        await rule(amendment, amendment === emiratesOp13 ? inFavourOfTheCompromise : { ruling: 'accepted' });
      recorded('accept the brackets', await as.chair.post(`/api/v1/amendments/${bracketsId}/decision`, { ...SITTING, ruling: 'accepted' }));
      await eventually(async () => {
        const working = await workingText();
        expect(provisionOf(working, 'op-1-3').text).toBe(provisionOf(adoptedRes1334, 'op-1-3').text);
        expect(provisionOf(working, 'op-3-4').text).toBe('التشاور مع [جميع أصحاب المصلحة] [أصحاب المصلحة غير الحكوميين] ومراعاة آرائهم،');
      });
      const statuses = await eventually(async () => {
        const listed = recorded('the amendments', await as.chair.get(document('/amendments')), 200);
        const items: any[] = listed.items ?? listed;
        expect(items.filter((a) => a.status === 'pending')).toEqual([]);
        return Object.fromEntries(items.map((a) => [a.id, a.status]));
      });
      expect(statuses[saudiOp13.id]).toBe('accepted-as-modified');
      expect(statuses[emiratesOp13.id]).toBe('rejected');
    },
  );

  step('the chair settles the brackets on the non-governmental stakeholders', async () => {
    recorded(
      'settle',
      await as.chair.post(document('/bracket-settlements'), { ...SITTING, provisionId: 'op-3-4', bracketIndex: 0, choice: 1 }),
    );
    await eventually(async () => expect(provisionOf(await workingText(), 'op-3-4').text).toBe(provisionOf(adoptedRes1334, 'op-3-4').text));
  });

  step('the chair adopts the text at the sixth Plenary Meeting as Resolution 1334 (Modified 2023), version 2', async () => {
    recorded('to adoption', await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }), 200);
    recorded('adopt', await as.chair.post(document('/adoptions'), ADOPTION));
    const answer = await eventually(async () => recorded('read version 2', await as.chair.get(document('/text?version=2')), 200));
    expect(answer).toMatchObject({ versionNumber: 2, versionLabel: 'Modified 2023' });
    adopted = { answer, text: fromInterchange(answer.text) };
  });

  compare(
    "the adopted title, enacting formula and cover are the seed's: designation and subject, adoption line, original language, nothing of C23/71",
    async () => {
      const coverOf = (doc: ResolutionDocument) => ({ title: doc.title, body: doc.body, metadata: doc.metadata });
      expect(coverOf(adopted.text)).toEqual(coverOf(adoptedRes1334));
    },
  );

  compare(
    "the adopted outline is the seed's: the same sections under the same headings, the same provisions worded the same, in the same order, with their sub-items",
    async () => {
      const outline = /\.sections$|\.heading$|\.provisions$|(provisions|children)\[\d+\]\.(text|children)$/;
      const wanted = only(fieldsOf(adoptedRes1334, derivedLabels(adoptedRes1334)), outline);
      expect(only(fieldsOf(adopted.text, derivedLabels(adopted.text)), outline)).toEqual(wanted);
    },
  );

  compare("the adopted version prints the seed's labels: the API's, and the text engine's from position", async () => {
    const labels = /\.label$/;
    const printedBySeed = only(fieldsOf(adoptedRes1334, derivedLabels(adoptedRes1334)), labels);
    expect(only(fieldsOf(adopted.text, answeredLabels(adopted.answer.text)), labels)).toEqual(printedBySeed);
    expect(only(fieldsOf(adopted.text, derivedLabels(adopted.text)), labels)).toEqual(printedBySeed);
  });

  compare(
    "the adopted footnotes are the seed's, words and markers (the seed has none: the draft's footnote on UNGA 70/125 is gone)",
    async () => {
      // The interchange answer gives a footnote's words only, so a marker's place read from it is
      // after the last word; the clean text below prints the markers where they stand.
      const footnotes = /\.footnotes(\[\d+\]\.(text|anchor))?$/;
      const wanted = only(fieldsOf(adoptedRes1334, derivedLabels(adoptedRes1334)), footnotes);
      expect(only(fieldsOf(adopted.text, derivedLabels(adopted.text)), footnotes)).toEqual(wanted);
    },
  );

  compare('the clean text of the adopted version is the clean text of the seed, line for line', async () => {
    const clean: Answer = await as.chair.request('GET', document('/text?version=2&format=text'));
    expect(clean.status).toBe(200);
    expect(clean.text.split('\n')).toEqual(renderCleanText(adoptedRes1334).split('\n'));
  });
});
