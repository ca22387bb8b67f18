import { randomUUID } from 'node:crypto';
import { Actor, ContributionCover } from '#libs/contracts';
import { DocumentCommand, SubmittedSubstance } from '#libs/domain';
import { AmendmentOperation, ResolutionDocument, importResolution, locateProvision } from '#libs/text';
import type { GroupTally, Tally } from '../../apps/gateway/src/participation';
import { readFixture } from '../../libs/text/src/import/fixtures/seeds';
import { ProjectedLedger } from './projected-ledger';

/*
 * The scenario. Consultation A works on the Arabic text of Resolution 1334 (Modified
 * 2023), consultation B on the English excerpt. Stakeholders of several categories and
 * regions contribute; the chair rules, merges, defers, records a reservation, corrects a
 * ruling and adopts version 2 of the Arabic text.
 *
 *   stakeholder     category             region       in A
 *   egypt           member-state         arab-states  C1 (with saudi-arabia co-sponsoring): a-1 accepted, a-2 accepted then corrected to rejected; a-5 merged
 *   saudi-arabia    member-state         arab-states  co-sponsors C1 (so a-1, a-2); a reservation on op-1-1
 *   kenya           member-state         africa       C2 on behalf of african-group: a-3 accepted as modified, a-4 pending; a-8 withdrawn
 *   nigeria         member-state         africa       a-6 merged
 *   african-group   member-state         africa       group of kenya and nigeria
 *   isoc            technical-community  global       C3 (a report in French, revised): a-7 deferred
 *   apc             civil-society        global       C5 (a report in Russian); co-sponsors a-7
 *   gsma            private-sector       europe       C4 (a report), withdrawn
 *   unesco          un-agency            global       C6 (a report in Chinese)
 *   oxford          academia             europe       nothing
 *   egypt, kenya and saudi-arabia are admitted as participants of A.
 *
 *   In B: egypt's C7 carries a-9, accepted.
 */

export const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
export const chair: Actor = { id: 'chair-1', role: 'chair' };
export const as = (id: string): Actor => ({ id, role: 'stakeholder' });

const STAKEHOLDERS = [
  ['egypt', 'Arab Republic of Egypt', 'member-state', 'arab-states', []],
  ['saudi-arabia', 'Kingdom of Saudi Arabia', 'member-state', 'arab-states', []],
  ['kenya', 'Republic of Kenya', 'member-state', 'africa', []],
  ['nigeria', 'Federal Republic of Nigeria', 'member-state', 'africa', []],
  ['african-group', 'African Group', 'member-state', 'africa', ['kenya', 'nigeria']],
  ['isoc', 'Internet Society', 'technical-community', 'global', []],
  ['apc', 'Association for Progressive Communications', 'civil-society', 'global', []],
  ['gsma', 'GSM Association', 'private-sector', 'europe', []],
  ['unesco', 'UNESCO', 'un-agency', 'global', []],
  ['oxford', 'Oxford Internet Institute', 'academia', 'europe', []],
] as const;

function cover(symbol: string, title: string, submitters: string[], extra: Partial<ContributionCover> = {}): ContributionCover {
  return { symbol, date: '2026-02-20', agendaItem: 'PL 2', originalLanguage: 'ar', submitters, coSponsors: [], title, ...extra };
}

/** A tally written out, with zeros where the scenario has none. */
export function tally(t: {
  contributions?: [total: number, submitted: number, coSponsored: number, withdrawn: number];
  amendments?: [total: number, proposed: number, coSponsored: number];
  outcomes?: Partial<Record<'accepted' | 'acceptedAsModified' | 'merged' | 'rejected' | 'deferred' | 'withdrawn' | 'pending', number>>;
  decided?: number;
  rate?: number | null;
  reservations?: number;
  inputs?: [total: number, withdrawn: number];
}): Tally {
  const [total, submitted, coSponsored, withdrawn] = t.contributions ?? [0, 0, 0, 0];
  const [amendments, proposed, amendmentsCoSponsored] = t.amendments ?? [0, 0, 0];
  return {
    contributions: { total, submitted, coSponsored, withdrawn },
    amendments: {
      total: amendments,
      proposed,
      coSponsored: amendmentsCoSponsored,
      outcomes: { accepted: 0, acceptedAsModified: 0, merged: 0, rejected: 0, deferred: 0, withdrawn: 0, pending: 0, ...t.outcomes },
      decided: t.decided ?? 0,
      acceptanceRate: t.rate ?? null,
    },
    reservations: t.reservations ?? 0,
    inputs: { total: t.inputs?.[0] ?? 0, withdrawn: t.inputs?.[1] ?? 0 },
  };
}

export const group = (stakeholders: number, admitted: number, t: Tally = tally({})): GroupTally => ({ stakeholders, admitted, ...t });
export const NOTHING = tally({});

/** The ids of the scenario's consultations, documents and contributions (C1 to C7), and its texts. */
export function participationScenario() {
  return {
    consultationA: randomUUID(),
    consultationB: randomUUID(),
    documentA: randomUUID(),
    documentB: randomUUID(),
    C: { c1: randomUUID(), c2: randomUUID(), c3: randomUUID(), c4: randomUUID(), c5: randomUUID(), c6: randomUUID(), c7: randomUUID() },
    arabic: importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document,
    english: importResolution(readFixture('itu-res1334-excerpt.en.txt')).document,
  };
}
export type ParticipationScenario = ReturnType<typeof participationScenario>;

const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };

function commands(send: ProjectedLedger['send'], arabic: ResolutionDocument) {
  const onDocument = (documentId: string, actor: Actor, command: DocumentCommand) =>
    send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
  const textA = (id: string) => locateProvision(arabic, id)!.provision.text;
  const modifyA = (id: string, from: string, to: string): AmendmentOperation => ({
    kind: 'modify',
    provisionId: id,
    oldText: textA(id),
    newText: textA(id).replace(from, to),
  });
  const amendments = (documentId: string, list: { amendmentId: string; operation: AmendmentOperation }[]): SubmittedSubstance => ({
    kind: 'amendments',
    documentId,
    versionNumber: 1,
    amendments: list,
  });
  const report = (text: string): SubmittedSubstance => ({ kind: 'report', text });
  const addToOp2 = (newId: string, text: string): AmendmentOperation => ({ kind: 'add', newId, position: { after: 'op-2-3' }, text });
  return { onDocument, textA, modifyA, amendments, report, addToOp2 };
}

/** The registry, consultation A on the Arabic text with its contributions and amendments, and the first two rulings. */
export async function recordUntilTheCorrection(send: ProjectedLedger['send'], scenario: ParticipationScenario): Promise<void> {
  const { consultationA, documentA, C, arabic } = scenario;
  const { onDocument, modifyA, amendments, report, addToOp2 } = commands(send, arabic);
  for (const [stakeholderId, name, category, region, memberIds] of STAKEHOLDERS) {
    await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId, name, category, region, memberIds } });
  }
  await send(secretariat, {
    kind: 'RegisterConsultation',
    consultation: {
      consultationId: consultationA,
      title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'ar',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    },
  });
  await send(secretariat, { kind: 'ChangePhase', consultationId: consultationA, to: 'open-for-contributions' });
  for (const stakeholderId of ['egypt', 'kenya', 'saudi-arabia'])
    await send(secretariat, { kind: 'AdmitParticipant', consultationId: consultationA, stakeholderId });
  await onDocument(documentA, secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: documentA,
      consultationId: consultationA,
      symbol: 'القرار 1334',
      versionLabel: 'المعدَّل في 2023',
      text: arabic,
      source: { kind: 'import', warnings: 0 },
    },
  });

  // Contributions to A.
  await send(as('egypt'), {
    kind: 'SubmitContribution',
    contributionId: C.c1,
    consultationId: consultationA,
    cover: cover('C26/12-A', 'تعديلات مقترحة على القرار 1334', ['egypt'], {
      coSponsors: ['saudi-arabia'],
      purpose: 'تحديث ولاية الأمين العام',
    }),
    substance: amendments(documentA, [
      { amendmentId: 'a-1', operation: modifyA('op-1-1', 'الممكنة', 'المناسبة') },
      {
        amendmentId: 'a-2',
        operation: {
          kind: 'add',
          newId: 'op-1-interim',
          position: { after: 'op-1-12' },
          text: 'بتقديم تقرير مرحلي إلى المجلس في دورته لعام 2026؛',
        },
      },
    ]),
  });
  await send(as('kenya'), {
    kind: 'SubmitContribution',
    contributionId: C.c2,
    consultationId: consultationA,
    cover: cover('C26/15-A', 'مقترحات أفريقية مشتركة', ['kenya'], { onBehalfOf: 'african-group' }),
    substance: amendments(documentA, [
      { amendmentId: 'a-3', operation: modifyA('op-3-4', 'مع أصحاب', 'مع جميع أصحاب') },
      {
        amendmentId: 'a-4',
        operation: {
          kind: 'add',
          newId: 'op-4-developing',
          position: { after: 'op-4-6' },
          text: 'تيسير مشاركة البلدان النامية في عملية القمة؛',
        },
      },
    ]),
  });
  await send(as('isoc'), {
    kind: 'SubmitContribution',
    contributionId: C.c3,
    consultationId: consultationA,
    cover: cover('C26/30-F', 'Contribution de la communauté technique à la Résolution 1334', ['isoc'], { originalLanguage: 'fr' }),
    substance: report('La communauté technique soutient un examen ouvert.'),
  });
  await send(as('gsma'), {
    kind: 'SubmitContribution',
    contributionId: C.c4,
    consultationId: consultationA,
    cover: cover('C26/40-E', 'Private sector input to CWG-WSIS&SDG', ['gsma'], { originalLanguage: 'en' }),
    substance: report('Industry supports the WSIS+20 review.'),
  });
  await send(as('apc'), {
    kind: 'SubmitContribution',
    contributionId: C.c5,
    consultationId: consultationA,
    cover: cover('C26/50-R', 'Вклад гражданского общества в обзор ВВУИО', ['apc'], { originalLanguage: 'ru' }),
    substance: report('Гражданское общество поддерживает открытый и инклюзивный обзор.'),
  });
  await send(as('unesco'), {
    kind: 'SubmitContribution',
    contributionId: C.c6,
    consultationId: consultationA,
    cover: cover('C26/60-C', '信息社会世界峰会成果落实情况报告', ['unesco'], { originalLanguage: 'zh' }),
    substance: report('教科文组织支持信息社会世界峰会进程。'),
  });
  await send(as('isoc'), {
    kind: 'ReviseContribution',
    contributionId: C.c3,
    cover: cover('C26/30(Rev.1)-F', 'Contribution de la communauté technique à la Résolution 1334 (révisée)', ['isoc'], {
      originalLanguage: 'fr',
    }),
    substance: report('La communauté technique soutient un examen ouvert, inclusif et transparent.'),
  });
  await send(as('gsma'), { kind: 'WithdrawContribution', contributionId: C.c4, reason: 'submitted to the wrong meeting' });
  await onDocument(documentA, as('kenya'), {
    kind: 'ProposeAmendment',
    amendmentId: 'a-8',
    versionNumber: 1,
    proposers: ['kenya'],
    operation: modifyA('op-3-1', 'المساهمة في', 'المساهمة الفعالة في'),
  });
  await onDocument(documentA, as('kenya'), {
    kind: 'WithdrawAmendment',
    amendmentId: 'a-8',
    reason: 'covered by the African common proposals',
  });

  // Negotiation of A.
  await send(chair, { kind: 'ChangePhase', consultationId: consultationA, to: 'negotiation' });
  await onDocument(documentA, as('egypt'), {
    kind: 'ProposeAmendment',
    amendmentId: 'a-5',
    versionNumber: 1,
    proposers: ['egypt'],
    operation: addToOp2('op-2-egypt', 'بتشجيع تبادل أفضل الممارسات؛'),
  });
  await onDocument(documentA, as('nigeria'), {
    kind: 'ProposeAmendment',
    amendmentId: 'a-6',
    versionNumber: 1,
    proposers: ['nigeria'],
    operation: addToOp2('op-2-nigeria', 'بتشجيع تبادل الخبرات الوطنية؛'),
  });
  await onDocument(documentA, as('isoc'), {
    kind: 'ProposeAmendment',
    amendmentId: 'a-7',
    versionNumber: 1,
    proposers: ['isoc'],
    operation: modifyA('op-1-3', 'مع جميع أصحاب المصلحة', 'مع جميع أصحاب المصلحة ومنهم المجتمع التقني'),
  });
  await onDocument(documentA, as('apc'), { kind: 'CoSponsorAmendment', amendmentId: 'a-7', stakeholderId: 'apc' });
  await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', ...sitting });
  await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-2', ruling: 'accepted', ...sitting });
}

/** The rest of the rulings on A, the correction of one, the adoption of version 2, and consultation B on the English text with one amendment accepted. */
export async function recordTheCorrectionAndConsultationB(send: ProjectedLedger['send'], scenario: ParticipationScenario): Promise<void> {
  const { consultationA, consultationB, documentA, documentB, C, arabic, english } = scenario;
  const { onDocument, modifyA, amendments, addToOp2 } = commands(send, arabic);
  await onDocument(documentA, chair, {
    kind: 'RuleOnAmendment',
    decisionId: 'dec-3',
    amendmentId: 'a-3',
    ruling: 'accepted-as-modified',
    compromise: modifyA('op-3-4', 'مع أصحاب المصلحة غير الحكوميين', 'مع أصحاب المصلحة كافة'),
    ...sitting,
  });
  await onDocument(documentA, chair, {
    kind: 'MergeAmendments',
    decisionId: 'dec-4',
    amendmentIds: ['a-5', 'a-6'],
    operation: addToOp2('op-2-merged', 'بتشجيع تبادل أفضل الممارسات والخبرات الوطنية؛'),
    ...sitting,
  });
  await onDocument(documentA, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-5', amendmentId: 'a-7', ruling: 'deferred', ...sitting });
  await onDocument(documentA, chair, {
    kind: 'RecordReservation',
    decisionId: 'dec-6',
    stakeholderId: 'saudi-arabia',
    provisionId: 'op-1-1',
    text: 'تتحفظ المملكة العربية السعودية على عبارة "التدابير المناسبة".',
    ...sitting,
  });
  await onDocument(documentA, chair, {
    kind: 'CorrectDecision',
    decisionId: 'dec-7',
    corrects: 'dec-2',
    ruling: 'rejected',
    reason: 'لم توافق الجلسة العامة على التقرير المرحلي',
    ...sitting,
  });
  await send(chair, { kind: 'ChangePhase', consultationId: consultationA, to: 'adoption' });
  await onDocument(documentA, chair, {
    kind: 'AdoptVersion',
    decisionId: 'dec-8',
    label: 'المعدَّل في 2026',
    meeting: 'الجلسة العامة السادسة',
    date: '2026-06-12',
    leaveOpen: { amendmentIds: ['a-4', 'a-7'] },
  });

  // Consultation B, on the English excerpt.
  await send(secretariat, {
    kind: 'RegisterConsultation',
    consultation: {
      consultationId: consultationB,
      title: 'Review of Resolution 1334 (Modified 2023)',
      body: 'CWG-WSIS&SDG',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    },
  });
  await send(secretariat, { kind: 'ChangePhase', consultationId: consultationB, to: 'open-for-contributions' });
  await onDocument(documentB, secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: documentB,
      consultationId: consultationB,
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: english,
      source: { kind: 'import', warnings: 0 },
    },
  });
  const op11 = locateProvision(english, 'op-1-1')!.provision.text;
  await send(as('egypt'), {
    kind: 'SubmitContribution',
    contributionId: C.c7,
    consultationId: consultationB,
    cover: cover('C26/70-E', 'Proposed modifications to Resolution 1334', ['egypt'], { originalLanguage: 'en' }),
    substance: amendments(documentB, [
      {
        amendmentId: 'a-9',
        operation: { kind: 'modify', provisionId: 'op-1-1', oldText: op11, newText: op11.replace('all possible', 'all appropriate') },
      },
    ]),
  });
  await send(chair, { kind: 'ChangePhase', consultationId: consultationB, to: 'negotiation' });
  await onDocument(documentB, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b1', amendmentId: 'a-9', ruling: 'accepted', ...sitting });
}
