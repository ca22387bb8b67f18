import { randomUUID } from 'node:crypto';
import { Actor, ContributionCover, Phase, StakeholderRegisteredV1 } from '#libs/contracts';
import { DocumentCommand } from '#libs/domain';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { modifyWords, offerAlternatives } from './negotiation-text';
import { ProjectedLedger } from './projected-ledger';

/*
 * A negotiation of Council Resolution 1334 (Modified 2023), imported from its Arabic text,
 * in which a Member State, civil society and the private sector propose amendments of every
 * kind and the chair rules on them, corrects a ruling and adopts version 2: the record the
 * compilation, history and provenance specs read.
 */

export const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
export const chair: Actor = { id: 'chair-cwg-wsis', role: 'chair' };
const as = (id: string): Actor => ({ id, role: 'stakeholder' });

export const STAKEHOLDERS: StakeholderRegisteredV1[] = [
  { stakeholderId: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  { stakeholderId: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa', memberIds: [] },
  { stakeholderId: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global', memberIds: [] },
  { stakeholderId: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe', memberIds: [] },
];

export const FIRST_SITTING = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
export const SECOND_SITTING = { meeting: 'CWG-WSIS&SDG-45', date: '2026-04-11' };
export const ADOPTION = { label: 'Modified 2026', meeting: 'seventh Plenary Meeting', date: '2026-06-18' };

function cover(symbol: string, title: string, submitters: string[], extra: Partial<ContributionCover> = {}): ContributionCover {
  return { symbol, date: '2026-02-20', agendaItem: 'PL 2', originalLanguage: 'ar', submitters, coSponsors: [], title, ...extra };
}

/** The ids of the negotiation, and the operations its amendments propose, filled in as they are proposed. */
export interface CompilationNegotiation {
  readonly consultationId: string;
  readonly documentId: string;
  readonly contribution: { egypt: string; apc: string; ericsson: string; ericssonFund: string };
  readonly proposed: Record<string, AmendmentOperation>;
}

export function compilationNegotiation(): CompilationNegotiation {
  return {
    consultationId: randomUUID(),
    documentId: randomUUID(),
    contribution: { egypt: randomUUID(), apc: randomUUID(), ericsson: randomUUID(), ericssonFund: randomUUID() },
    proposed: {},
  };
}

function commands(send: ProjectedLedger['send'], { consultationId, documentId, proposed }: CompilationNegotiation) {
  return {
    onDocument: (actor: Actor, command: DocumentCommand) =>
      send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId }),
    phase: (to: Phase) => send(chair, { kind: 'ChangePhase', consultationId, to }),
    amendments: (list: Record<string, AmendmentOperation>) => {
      Object.assign(proposed, list);
      return {
        kind: 'amendments' as const,
        documentId,
        versionNumber: 1,
        amendments: Object.entries(list).map(([amendmentId, operation]) => ({ amendmentId, operation })),
      };
    },
  };
}

/** The registry, the consultation and its base text, then the contributions: two MODs of op-1-1 conflict, one contribution is withdrawn, one revised. */
export async function recordContributions(
  send: ProjectedLedger['send'],
  negotiation: CompilationNegotiation,
  base: ResolutionDocument,
): Promise<void> {
  const { consultationId, documentId, contribution, proposed } = negotiation;
  const { onDocument, phase, amendments } = commands(send, negotiation);
  // The registry, the consultation and its base text, imported from the Council's Arabic text.
  for (const stakeholder of STAKEHOLDERS) await send(secretariat, { kind: 'RegisterStakeholder', stakeholder });
  await send(secretariat, {
    kind: 'RegisterConsultation',
    consultation: {
      consultationId,
      title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'ar',
      chairs: [chair.id],
      deadlines: {},
      restricted: false,
    },
  });
  await phase('open-for-contributions');
  for (const { stakeholderId } of STAKEHOLDERS) await send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId });
  await onDocument(secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId,
      consultationId,
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: base,
      source: { kind: 'import', warnings: 0 },
    },
  });

  // A Member State, civil society and the private sector contribute amendments of every kind; two MODs of op-1-1 conflict.
  await send(as('egypt'), {
    kind: 'SubmitContribution',
    contributionId: contribution.egypt,
    consultationId,
    cover: cover('C26/12-A', 'تعديلات مقترحة على القرار 1334', ['egypt']),
    substance: amendments({
      'egypt-add': {
        kind: 'add',
        newId: 'pre-1-egypt',
        position: { before: 'pre-1-1' },
        text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
      },
      'egypt-mod': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
      'egypt-sup': { kind: 'suppress', provisionId: 'op-1-6' },
      'egypt-heading': { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يعرب عن تقديره' },
    }),
  });
  await send(as('apc'), {
    kind: 'SubmitContribution',
    contributionId: contribution.apc,
    consultationId,
    cover: cover('C26/20-E', 'Multistakeholder participation beyond 2025', ['apc'], { originalLanguage: 'en' }),
    substance: amendments({
      'apc-mod': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'كل التدابير اللازمة'),
      'apc-brackets': offerAlternatives(base, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']),
      'apc-footnote': { kind: 'addFootnote', provisionId: 'op-4-4', footnoteId: 'fn-apc', text: 'بما في ذلك منظمات المجتمع المدني.' },
    }),
  });
  await send(as('ericsson'), {
    kind: 'SubmitContribution',
    contributionId: contribution.ericsson,
    consultationId,
    cover: cover('C26/22-E', 'Sector Members in the WSIS+20 follow-up', ['ericsson'], { originalLanguage: 'en' }),
    substance: amendments({
      'ericsson-add': {
        kind: 'add',
        newId: 'op-1-ericsson',
        position: { after: 'op-1-12' },
        text: 'بتشجيع مشاركة القطاع الخاص وأعضاء القطاعات في عملية الاستعراض WSIS+20؛',
      },
      'ericsson-move': { kind: 'move', provisionId: 'op-4-5', position: { after: 'op-4-1' } },
      'ericsson-mod': modifyWords(base, 'op-2-1', 'ومديرو المكاتب', 'ومديرو المكاتب وأعضاء القطاعات'),
    }),
  });
  await send(as('ericsson'), {
    kind: 'SubmitContribution',
    contributionId: contribution.ericssonFund,
    consultationId,
    cover: cover('C26/24-E', 'The WSIS trust fund', ['ericsson'], { originalLanguage: 'en' }),
    substance: amendments({ 'ericsson-sup': { kind: 'suppress', provisionId: 'op-4-6' } }),
  });
  await send(as('ericsson'), {
    kind: 'WithdrawContribution',
    contributionId: contribution.ericssonFund,
    reason: 'submitted to the wrong session',
  });
  await onDocument(as('kenya'), { kind: 'CoSponsorAmendment', amendmentId: 'apc-footnote', stakeholderId: 'kenya' });
  proposed['kenya-add'] = {
    kind: 'add',
    newId: 'op-3-kenya',
    position: { atEndOf: 'op-3' },
    text: 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛',
  };
  await onDocument(as('kenya'), {
    kind: 'ProposeAmendment',
    amendmentId: 'kenya-add',
    versionNumber: 1,
    proposers: ['kenya'],
    operation: proposed['kenya-add'],
    explanation: 'Developing countries named.',
  });
  // Rev.1 of APC's contribution rewords its footnote and keeps the rest.
  await send(as('apc'), {
    kind: 'ReviseContribution',
    contributionId: contribution.apc,
    cover: cover('C26/20(Rev.1)-E', 'Multistakeholder participation beyond 2025', ['apc'], { originalLanguage: 'en', date: '2026-02-27' }),
    substance: amendments({
      'apc-mod': proposed['apc-mod'],
      'apc-brackets': proposed['apc-brackets'],
      'apc-footnote': {
        kind: 'addFootnote',
        provisionId: 'op-4-4',
        footnoteId: 'fn-apc',
        text: 'بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.',
      },
    }),
  });
}

/** The chair's rulings at two sittings, a reservation, a correction and the adoption of version 2 with one amendment left open. */
export async function recordRulingsAndAdoption(send: ProjectedLedger['send'], negotiation: CompilationNegotiation): Promise<void> {
  const { onDocument, phase } = commands(send, negotiation);
  await phase('negotiation');
  const rule = (decisionId: string, amendmentId: string, ruling: string, extra: Record<string, unknown> = {}) =>
    onDocument(chair, { kind: 'RuleOnAmendment', decisionId, amendmentId, ruling, ...FIRST_SITTING, ...extra } as DocumentCommand);
  await rule('dec-1', 'egypt-add', 'accepted');
  await rule('dec-2', 'egypt-mod', 'accepted');
  await rule('dec-3', 'apc-mod', 'rejected', { reason: 'Overtaken by the wording accepted.' });
  await rule('dec-4', 'egypt-sup', 'rejected', { reason: 'The updates until 2025 are still to be delivered.' });
  await rule('dec-5', 'egypt-heading', 'accepted-as-modified', {
    compromise: { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يقدر تقديراً عالياً' },
  });
  await rule('dec-6', 'apc-brackets', 'accepted');
  await onDocument(chair, {
    kind: 'SettleBrackets',
    decisionId: 'dec-7',
    provisionId: 'op-3-4',
    bracketIndex: 0,
    choice: 1,
    ...FIRST_SITTING,
  });
  await rule('dec-8', 'apc-footnote', 'accepted');
  await rule('dec-9', 'ericsson-add', 'accepted-as-modified', {
    compromise: {
      kind: 'add',
      newId: 'op-1-ericsson',
      position: { after: 'op-1-12' },
      text: 'بتشجيع مشاركة جميع أصحاب المصلحة، بما في ذلك أعضاء القطاعات، في متابعة نواتج الاستعراض WSIS+20؛',
    },
  });
  await rule('dec-10', 'ericsson-move', 'accepted');
  await rule('dec-11', 'ericsson-mod', 'deferred', { reason: 'Consultations continue.' });
  await rule('dec-12', 'kenya-add', 'accepted');
  await onDocument(chair, {
    kind: 'RecordReservation',
    decisionId: 'dec-13',
    stakeholderId: 'egypt',
    provisionId: 'op-1-ericsson',
    text: 'تتحفظ مصر على دور أعضاء القطاعات في المتابعة.',
    ...FIRST_SITTING,
  });
  await onDocument(chair, {
    kind: 'CorrectDecision',
    decisionId: 'dec-14',
    corrects: 'dec-4',
    ruling: 'accepted',
    reason: 'The updates until 2025 were delivered, as the secretariat confirmed.',
    ...SECOND_SITTING,
  });
  await phase('adoption');
  await onDocument(chair, { kind: 'AdoptVersion', decisionId: 'dec-15', ...ADOPTION, leaveOpen: { amendmentIds: ['ericsson-mod'] } });
}
