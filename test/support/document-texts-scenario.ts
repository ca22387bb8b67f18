import { Actor, Phase } from '#libs/contracts';
import { DocumentCommand } from '#libs/domain';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { modifyWords, offerAlternatives } from './negotiation-text';
import { ProjectedLedger } from './projected-ledger';

/*
 * The negotiation the document-texts spec reads back: two texts of Resolution 1334 in one
 * consultation, the English excerpt and the Arabic text, amended, ruled on, corrected and
 * adopted, then amended again past the adoption.
 */

export const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
export const chair: Actor = { id: 'chair-1', role: 'chair' };
export const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
export const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
export const isoc: Actor = { id: 'isoc', role: 'stakeholder' };

// Provisions of the English excerpt of Resolution 1334 (Modified 2023).
export const O1 = 'op-1-1';
export const O2 = 'op-1-2';
export const R2 = 'pre-1-2';
export const E1 = 'op-3-1';
export const E2 = 'op-3-2';

export const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
export const adoption = { label: 'Modified 2026', meeting: 'sixth Plenary Meeting', date: '2026-06-12' };

/** Records the negotiation; answers the global positions of the moments the checks name. */
export async function recordTwoTexts(
  send: ProjectedLedger['send'],
  { consultationId, en, ar }: { consultationId: string; en: string; ar: string },
  english: ResolutionDocument,
  arabic: ResolutionDocument,
): Promise<Record<string, number>> {
  const at: Record<string, number> = {};
  const on = (documentId: string, actor: Actor, command: DocumentCommand) =>
    send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
  const phase = (to: Phase, reason?: string) => send(chair, { kind: 'ChangePhase', consultationId, to, ...(reason ? { reason } : {}) });
  const propose = (documentId: string, actor: Actor, amendmentId: string, operation: AmendmentOperation) =>
    on(documentId, actor, { kind: 'ProposeAmendment', amendmentId, versionNumber: 1, proposers: [actor.id], operation });

  for (const [id, name, category, region] of [
    ['egypt', 'Arab Republic of Egypt', 'member-state', 'arab-states'],
    ['kenya', 'Republic of Kenya', 'member-state', 'africa'],
    ['isoc', 'Internet Society', 'technical-community', 'global'],
  ] as const) {
    await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId: id, name, category, region, memberIds: [] } });
  }
  await send(secretariat, {
    kind: 'RegisterConsultation',
    consultation: {
      consultationId,
      title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'ar',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    },
  });
  at.enRegistered = await on(en, secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: en,
      consultationId,
      symbol: 'C23/71-E',
      versionLabel: 'Modified 2023',
      text: english,
      source: { kind: 'import', warnings: 0 },
    },
  });
  at.arRegistered = await on(ar, secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: ar,
      consultationId,
      symbol: 'C23/71-A',
      versionLabel: 'المعدَّل في 2023',
      text: arabic,
      source: { kind: 'import', warnings: 0 },
    },
  });

  // Contributions: every amendment is drafted against version 1.
  await phase('open-for-contributions');
  await propose(en, egypt, 'a-1', modifyWords(english, O1, 'all possible', 'all appropriate'));
  await propose(en, kenya, 'a-2', modifyWords(english, O1, 'United Nations organizations', 'United Nations entities'));
  await propose(en, kenya, 'a-3', offerAlternatives(english, R2, 'Resolution', ['Resolution', 'the relevant resolution']));
  await propose(en, egypt, 'a-4', {
    kind: 'add',
    newId: 'op-1-report',
    position: { after: O2 },
    text: 'to report to the Council at its 2026 session;',
  });
  await propose(en, isoc, 'a-5', { kind: 'suppress', provisionId: E1 });
  await propose(en, isoc, 'a-6', modifyWords(english, O1, 'all possible', 'every necessary'));
  await propose(en, egypt, 'a-7', modifyWords(english, E2, 'participate actively', 'participate fully'));
  await propose(en, kenya, 'a-8', modifyWords(english, E2, 'participate actively', 'take an active part'));
  await propose(ar, egypt, 'b-1', modifyWords(arabic, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'));
  await propose(ar, egypt, 'b-2', {
    kind: 'add',
    newId: 'pre-1-egypt',
    position: { before: 'pre-1-1' },
    text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى للجمعية العامة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
  });
  await propose(ar, kenya, 'b-3', { kind: 'suppress', provisionId: 'op-1-6' });

  // Negotiation: rulings, brackets, a reservation, a deferral and a correction.
  await phase('negotiation');
  at.enRuling = await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', ...sitting });
  at.arRuling = await on(ar, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b1', amendmentId: 'b-1', ruling: 'accepted', ...sitting });
  await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-3', ruling: 'accepted', ...sitting });
  at.enBrackets = await on(en, chair, {
    kind: 'SettleBrackets',
    decisionId: 'dec-3',
    provisionId: R2,
    bracketIndex: 0,
    choice: 1,
    ...sitting,
  });
  at.enRejection = await on(en, chair, {
    kind: 'RuleOnAmendment',
    decisionId: 'dec-4',
    amendmentId: 'a-4',
    ruling: 'rejected',
    reason: 'no support',
    ...sitting,
  });
  at.enReservation = await on(en, chair, {
    kind: 'RecordReservation',
    decisionId: 'dec-5',
    stakeholderId: 'kenya',
    provisionId: O1,
    text: 'Kenya reserves its position on "all appropriate".',
    ...sitting,
  });
  at.arAddition = await on(ar, chair, {
    kind: 'RuleOnAmendment',
    decisionId: 'dec-b2',
    amendmentId: 'b-2',
    ruling: 'accepted',
    ...sitting,
  });
  await on(ar, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b3', amendmentId: 'b-3', ruling: 'rejected', ...sitting });
  await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-6', amendmentId: 'a-7', ruling: 'deferred', ...sitting });
  at.enCorrection = await on(en, chair, {
    kind: 'CorrectDecision',
    decisionId: 'dec-7',
    corrects: 'dec-4',
    ruling: 'accepted',
    reason: 'the plenary had agreed to the report',
    meeting: 'CWG-WSIS&SDG-45',
    date: '2026-04-11',
  });

  // Adoption of both texts, the undecided English amendments recorded as left open.
  await phase('adoption');
  at.enAdoption = await on(en, chair, {
    kind: 'AdoptVersion',
    decisionId: 'dec-8',
    ...adoption,
    leaveOpen: { amendmentIds: ['a-2', 'a-5', 'a-6', 'a-7', 'a-8'] },
  });
  at.arAdoption = await on(ar, chair, {
    kind: 'AdoptVersion',
    decisionId: 'dec-b4',
    label: 'المعدَّل في 2026',
    meeting: 'الجلسة العامة السادسة',
    date: '2026-06-12',
  });

  // Back in negotiation, an amendment left open is accepted: the working text moves past version 2.
  await phase('negotiation', 'the amendments left open are taken up again');
  at.enAfterAdoption = await on(en, chair, {
    kind: 'RuleOnAmendment',
    decisionId: 'dec-9',
    amendmentId: 'a-5',
    ruling: 'accepted',
    meeting: 'CWG-WSIS&SDG-46',
    date: '2026-09-01',
  });
  at.head = await send(secretariat, {
    kind: 'RegisterStakeholder',
    stakeholder: {
      stakeholderId: 'apc',
      name: 'Association for Progressive Communications',
      category: 'civil-society',
      region: 'global',
      memberIds: [],
    },
  });
  return at;
}
