import {
  AmendmentProposedV1,
  NewEvent,
  NestedMessage,
  Phase,
  Ruling,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRevised,
  amendmentRuled,
  amendmentWithdrawn,
  amendmentsMerged,
  bracketsSettled,
  decisionCorrected,
  documentRegistered,
  reservationRecorded,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument, applyAmendment, locateProvision, rebaseAmendment } from '#libs/text';
import { hasRole } from '../actor';
import { chairs, pastDeadline } from '../consultation/consultation';
import { sittingAt } from '../consultation/meetings';
import { Decision, Refusal, accept, refusalOf, refuse } from '../result';
import { citeChange, citeChangeAsDrafted, describeAmendment, describeDecision, whyRefused } from './described';
import { notAMember, notBeforeTheMeeting } from '../contribution/contribution';
import { StakeholderDirectory, actsFor, nameOf, speaksFor } from '../stakeholder/stakeholder';
import { AmendmentRecord, AppliedChange, DocumentState, latestVersion } from './document-state';
import { placedWithinProposal, textProposedAgainst } from './one-proposal';
import { decideAdoption } from './adoption';
import { decideExplanation } from './explanation';
import { openSilence } from './silence-state';
import { decideProvisionStatuses } from './state-of-play';
import { REVISION_PHASES, decideRevision } from './revision';
import { DocumentCommand, DocumentContext } from './document-commands';
import { SilenceCommand } from './silence-commands';
import { decideSilence } from './silence';
import { composedWorkingText, decideLanguageVersion, withTranslationWork } from './language-versions';

export * from './document-commands';
export { conflictsOfProposal } from './proposal-conflicts';

const PROPOSING_PHASES: readonly Phase[] = ['open-for-contributions', 'negotiation'];
const RULING_PHASES: readonly Phase[] = ['negotiation', 'adoption'];

/** Decides what a command on one document (its amendments and decisions) records. */
export function decideDocument(command: DocumentCommand, state: DocumentState, context: DocumentContext): Decision<NewEvent> {
  const { actor, consultation } = context;
  if (command.kind === 'RegisterDocument') {
    if (!hasRole(actor, 'secretariat') && command.document.source.kind !== 'contribution') {
      return refuse('not-allowed', 'document.registerNotSecretariat');
    }
    if (state.registered) return refuse('already-exists', 'document.alreadyRegistered', { title: command.document.text.title });
    if (!consultation.registered) return refuse('not-found', 'consultation.notFound');
    if (consultation.phase === 'closed') return refuse('wrong-phase', 'consultation.closed');
    return accept(documentRegistered(command.document));
  }
  if (!state.registered) return refuse('not-found', 'document.notFound');
  const documentId = state.documentId!;

  switch (command.kind) {
    case 'ProposeAmendment': {
      if (!PROPOSING_PHASES.includes(consultation.phase)) {
        return refuse('wrong-phase', 'amendment.notProposing', { phase: consultation.phase });
      }
      const late = pastDeadline(consultation, context.now);
      if (late) return refuse('wrong-phase', 'amendment.late', { phase: consultation.phase, deadline: late });
      const proposer = command.proposers[0];
      if (!proposer || !actsFor(actor, proposer, context.stakeholders)) {
        return refuse('not-allowed', 'amendment.proposesForItself');
      }
      const unknown = [...command.proposers, ...(command.onBehalfOf ? [command.onBehalfOf] : [])].filter(
        (id) => !context.stakeholders.get(id),
      );
      if (unknown.length > 0) return refuse('invalid', 'stakeholders.notRegistered', { stakeholders: unknown });
      if (command.onBehalfOf && !speaksFor(actor, command.onBehalfOf, context.stakeholders))
        return notAMember(actor, command.onBehalfOf, context.stakeholders);
      // Others join an amendment by co-sponsoring it themselves; only a contribution's cover names them.
      if (!command.contributionId && !command.proposers.every((p) => actsFor(actor, p, context.stakeholders))) {
        return refuse('not-allowed', 'amendment.namesOthers');
      }
      if (state.amendments[command.amendmentId]) return refuse('already-exists', 'amendment.alreadyProposed');
      const version = latestVersion(state);
      if (command.versionNumber !== version.number) {
        return refuse('invalid', 'amendment.notCurrentVersion', {
          number: command.versionNumber,
          current: version.number,
          label: version.label,
        });
      }
      if (command.operation.kind === 'settleBrackets') return refuse('not-allowed', 'amendment.settleBracketsChairOnly');
      if (command.language && command.language !== state.originalLanguage) {
        // Proposed against another language version: its words are in that language and apply to that version's text.
        const composed = composedWorkingText(state, command.language);
        if (!composed) return refuse('invalid', 'amendment.noLanguageVersion', { language: command.language });
        const inVersion = applyAmendment(composed, command.operation);
        if (!inVersion.ok)
          return refuse('invalid', 'amendment.doesNotApplyInLanguage', { language: command.language, why: whyRefused(inVersion.refusal) });
        return accept(amendmentProposed({ documentId, ...proposal(command) }));
      }
      const draftedOn = textProposedAgainst(state, {
        id: command.amendmentId,
        contributionId: command.contributionId,
        versionNumber: version.number,
      });
      const applies = applyAmendment(draftedOn, command.operation);
      if (!applies.ok) {
        const { provision, current } = citeChangeAsDrafted(state, command.operation, draftedOn);
        const why = whyRefused(applies.refusal);
        const alone = draftedOn === version.text;
        if (current !== undefined)
          return refuse('invalid', alone ? 'amendment.doesNotApplyRenumbered' : 'amendment.doesNotApplyAfterContributionRenumbered', {
            provision,
            current,
            number: version.number,
            why,
          });
        return refuse('invalid', alone ? 'amendment.doesNotApply' : 'amendment.doesNotApplyAfterContribution', {
          provision,
          number: version.number,
          why,
        });
      }
      return accept(amendmentProposed({ documentId, ...proposal(command) }));
    }
    case 'CoSponsorAmendment': {
      const amendment = state.amendments[command.amendmentId];
      if (!amendment) return refuse('not-found', 'amendment.notFound');
      if (!actsFor(actor, command.stakeholderId, context.stakeholders)) return refuse('not-allowed', 'amendment.coSponsorsForItself');
      const described = describeAmendment(state, amendment, context.stakeholders);
      if (!isUndecided(amendment)) return refuse('invalid', 'amendment.decided', { amendment: described, status: amendment.status });
      if ([...amendment.proposers, ...amendment.coSponsors].includes(command.stakeholderId))
        return refuse('already-exists', 'amendment.alreadySponsor', {
          stakeholder: nameOf(context.stakeholders, command.stakeholderId),
          amendment: described,
        });
      return accept(amendmentCoSponsored({ documentId, amendmentId: amendment.id, stakeholderId: command.stakeholderId }));
    }
    case 'ReviseAmendment':
    case 'WithdrawAmendment': {
      const amendment = state.amendments[command.amendmentId];
      if (!amendment) return refuse('not-found', 'amendment.notFound');
      if (!amendment.proposers.some((p) => actsFor(actor, p, context.stakeholders))) {
        return refuse('not-allowed', 'amendment.notProposer');
      }
      if (!isUndecided(amendment))
        return refuse('invalid', 'amendment.decided', {
          amendment: describeAmendment(state, amendment, context.stakeholders),
          status: amendment.status,
        });
      if (command.kind === 'WithdrawAmendment') {
        return accept(amendmentWithdrawn({ documentId, amendmentId: amendment.id, by: actor.id, reason: command.reason }));
      }
      if (!PROPOSING_PHASES.includes(consultation.phase))
        return refuse('wrong-phase', 'amendment.notRevisedInPhase', { phase: consultation.phase });
      const applies = applyAmendment(
        (amendment.language && composedWorkingText(state, amendment.language)) ||
          textProposedAgainst(state, { ...amendment, versionNumber: latestVersion(state).number }),
        command.operation,
      );
      if (!applies.ok) return refuse('invalid', 'amendment.revisionDoesNotApply', { why: whyRefused(applies.refusal) });
      return accept(
        amendmentRevised({
          documentId,
          amendmentId: amendment.id,
          revision: amendment.revision + 1,
          operation: command.operation,
          explanation: command.explanation,
        }),
      );
    }
    case 'ExplainPosition':
      return decideExplanation(command, state, context);
    case 'AddLanguageVersion':
    case 'RecordTranslation':
      return decideLanguageVersion(command, state, context);
    case 'StartSilence':
    case 'ExtendSilence':
    case 'BreakSilence':
    case 'ConcludeSilence':
      return decideSilence(command, state, context);
    default:
      return withTranslationWork(command, state, decideAsChair(command, state, context, documentId));
  }
}

function decideAsChair(
  command: Exclude<
    DocumentCommand,
    {
      kind:
        | 'RegisterDocument'
        | 'ProposeAmendment'
        | 'CoSponsorAmendment'
        | 'ReviseAmendment'
        | 'WithdrawAmendment'
        | 'ExplainPosition'
        | 'AddLanguageVersion'
        | 'RecordTranslation'
        | SilenceCommand['kind'];
    }
  >,
  state: DocumentState,
  { actor, consultation, stakeholders, contributions }: DocumentContext,
  documentId: string,
): Decision<NewEvent> {
  // An amendment is offered for ruling once every party its contribution names agreed to it.
  const notOffered = (amendment: AmendmentRecord): Decision<NewEvent> | undefined => {
    const contribution = amendment.contributionId ? contributions?.get(amendment.contributionId) : undefined;
    return contribution && notBeforeTheMeeting(contribution, stakeholders);
  };
  // Decisions belong to the chair of this consultation, and to no one else.
  if (!chairs(actor, consultation)) return refuse('not-allowed', 'decision.notChair');
  if (state.decisions[command.decisionId]) return refuse('already-exists', 'decision.alreadyRecorded');
  const sitting = sittingAt(
    {
      meeting: 'meeting' in command ? command.meeting : undefined,
      date: 'date' in command ? command.date : undefined,
      meetingId: 'meetingId' in command ? command.meetingId : undefined,
    },
    consultation.meetings,
  );
  if (!sitting.ok) return sitting;

  switch (command.kind) {
    case 'RuleOnAmendment': {
      if (!RULING_PHASES.includes(consultation.phase)) return refuse('wrong-phase', 'ruling.wrongPhase', { phase: consultation.phase });
      const amendment = state.amendments[command.amendmentId];
      if (!amendment) return refuse('not-found', 'amendment.notFound');
      if (!isUndecided(amendment))
        return refuse('conflict', 'ruling.alreadyDecided', {
          amendment: describeAmendment(state, amendment, stakeholders),
          status: amendment.status,
        });
      const awaiting = notOffered(amendment);
      if (awaiting) return awaiting;
      if (command.compromise && command.ruling !== 'accepted-as-modified') {
        return refuse('invalid', 'ruling.compromiseOnlyModified');
      }
      const inOtherLanguage = amendment.language !== undefined && command.ruling === 'accepted';
      if (command.rendering && !inOtherLanguage) return refuse('invalid', 'ruling.renderingOnlyOtherLanguage');
      // The chair rules in the negotiating language: the original takes the amendment's wording in it.
      if (inOtherLanguage && !command.rendering)
        return refuse('invalid', 'ruling.needsRendering', { language: amendment.language!, originalLanguage: state.originalLanguage! });
      const change = changeFor(
        state,
        command.rendering ? { ...amendment, operation: command.rendering } : amendment,
        command.ruling,
        command.compromise,
        stakeholders,
      );
      if (!change.ok) return change;
      return accept(
        amendmentRuled({
          documentId,
          decisionId: command.decisionId,
          amendmentId: amendment.id,
          ruling: command.ruling,
          compromise: command.compromise,
          ...(command.rendering ? { rendering: command.rendering } : {}),
          applied: change.applied,
          reason: command.reason,
          ...sitting.value,
        }),
      );
    }
    case 'MergeAmendments': {
      if (!RULING_PHASES.includes(consultation.phase)) return refuse('wrong-phase', 'ruling.wrongPhase', { phase: consultation.phase });
      if (new Set(command.amendmentIds).size < 2) return refuse('invalid', 'merge.needsTwo');
      for (const id of command.amendmentIds) {
        const amendment = state.amendments[id];
        if (!amendment) return refuse('not-found', 'amendment.notFound');
        if (!isUndecided(amendment))
          return refuse('conflict', 'ruling.alreadyDecided', {
            amendment: describeAmendment(state, amendment, stakeholders),
            status: amendment.status,
          });
        const awaiting = notOffered(amendment);
        if (awaiting) return awaiting;
      }
      const applies = applyAmendment(state.working!, command.operation);
      if (!applies.ok) return refuse('invalid', 'merge.doesNotApply', { why: whyRefused(applies.refusal) });
      return accept(
        amendmentsMerged({
          documentId,
          decisionId: command.decisionId,
          amendmentIds: command.amendmentIds,
          operation: command.operation,
          applied: command.operation,
          ...sitting.value,
        }),
      );
    }
    case 'SettleBrackets': {
      if (!RULING_PHASES.includes(consultation.phase)) return refuse('wrong-phase', 'brackets.wrongPhase', { phase: consultation.phase });
      const operation: AmendmentOperation = {
        kind: 'settleBrackets',
        provisionId: command.provisionId,
        bracketIndex: command.bracketIndex,
        choice: command.choice,
      };
      const applies = applyAmendment(state.working!, operation);
      if (!applies.ok)
        return refuse('invalid', 'brackets.doesNotApply', { provision: citeChange(state, operation), why: whyRefused(applies.refusal) });
      return accept(
        bracketsSettled({
          documentId,
          decisionId: command.decisionId,
          provisionId: command.provisionId,
          bracketIndex: command.bracketIndex,
          choice: command.choice,
          applied: operation,
          ...sitting.value,
        }),
      );
    }
    case 'AdoptVersion': {
      if (consultation.phase !== 'adoption') return refuse('wrong-phase', 'adoption.wrongPhase', { phase: consultation.phase });
      const { kind: _kind, documentId: _documentId, ...request } = command;
      return decideAdoption(state, { ...request, meeting: sitting.value.meeting ?? '', date: sitting.value.date ?? '' }, stakeholders);
    }
    case 'RecordProvisionStatuses': {
      return decideProvisionStatuses(command, state, consultation.phase, sitting.value);
    }
    case 'IssueRevision': {
      if (!REVISION_PHASES.includes(consultation.phase)) return refuse('wrong-phase', 'revision.wrongPhase', { phase: consultation.phase });
      const silence = openSilence(state.silences);
      if (silence) return refuse('conflict', 'revision.underSilence', { label: latestVersion(state).label, until: silence.deadline });
      const { kind: _kind, documentId: _documentId, ...request } = command;
      const { meeting, meetingId } = sitting.value;
      return decideRevision(state, { ...request, ...(meeting ? { meeting } : {}), ...(meetingId ? { meetingId } : {}) }, stakeholders);
    }
    case 'RecordReservation': {
      if (!stakeholders.get(command.stakeholderId))
        return refuse('invalid', 'stakeholder.notRegistered', { stakeholder: command.stakeholderId });
      if (!locateProvision(state.working!, command.provisionId) && !locateProvision(latestVersion(state).text, command.provisionId)) {
        return refuse('not-found', 'provision.notFound');
      }
      if (!command.text.trim()) return refuse('invalid', 'reservation.needsTerms');
      return accept(
        reservationRecorded({
          documentId,
          decisionId: command.decisionId,
          stakeholderId: command.stakeholderId,
          provisionId: command.provisionId,
          text: command.text,
          ...sitting.value,
        }),
      );
    }
    case 'CorrectDecision': {
      const corrected = state.decisions[command.corrects];
      if (!corrected) return refuse('not-found', 'correction.decisionNotFound');
      const decision = describeDecision(state, command.corrects, stakeholders);
      if (corrected.correctedBy) return refuse('conflict', 'correction.alreadyCorrected', { decision });
      if (corrected.kind !== 'ruling' && corrected.kind !== 'correction') return refuse('invalid', 'correction.onlyRulings');
      const version = latestVersion(state);
      if (corrected.versionNumber !== version.number) {
        // An adoption froze the text the decision made; changing it now is a new amendment to the adopted version.
        const carried = { decision, number: version.number, label: version.label };
        return version.revision
          ? refuse('invalid', 'correction.carriedIntoRevision', carried)
          : refuse('invalid', 'correction.carriedIntoAdoption', carried);
      }
      if (!command.reason.trim()) return refuse('invalid', 'correction.needsReason');
      const ruled = state.amendments[corrected.amendmentIds[0]];
      // An amendment in another language is accepted in the words the chair gave it in the original.
      if (ruled.language && command.ruling === 'accepted' && !ruled.rendering)
        return refuse('invalid', 'correction.needsRendering', { language: ruled.language, originalLanguage: state.originalLanguage! });
      const amendment = ruled.language && ruled.rendering ? { ...ruled, operation: ruled.rendering } : ruled;
      const without = { ...state, applied: state.applied.filter((change) => change.decisionId !== command.corrects) };
      const working = replayable(latestVersion(state).text, without.applied);
      if (!working.ok)
        return refuse('conflict', 'correction.laterDecisionsDepend', {
          decision: describeDecision(state, working.decisionId, stakeholders),
          why: working.why,
        });
      const change = changeFor({ ...without, working: working.text }, amendment, command.ruling, command.compromise, stakeholders);
      if (!change.ok) return change;
      return accept(
        decisionCorrected({
          documentId,
          decisionId: command.decisionId,
          corrects: command.corrects,
          amendmentId: amendment.id,
          ruling: command.ruling,
          compromise: command.compromise,
          applied: change.applied,
          reason: command.reason,
          ...sitting.value,
        }),
      );
    }
  }
}

type Change = { readonly ok: true; readonly applied?: AmendmentOperation } | { readonly ok: false; readonly refusal: Refusal };

/** The change a ruling makes to the working text: the amendment rebased onto it, the compromise, or nothing. */
function changeFor(
  state: DocumentState,
  amendment: AmendmentRecord,
  ruling: Ruling,
  compromise: AmendmentOperation | undefined,
  stakeholders: StakeholderDirectory,
): Change {
  if (ruling === 'rejected' || ruling === 'deferred') return { ok: true };
  if (ruling === 'accepted-as-modified') {
    if (!compromise) return { ok: false, refusal: refusalOf('invalid', 'ruling.needsCompromise') };
    const applies = applyAmendment(state.working!, compromise);
    if (!applies.ok)
      return { ok: false, refusal: refusalOf('invalid', 'ruling.compromiseDoesNotApply', { why: whyRefused(applies.refusal) }) };
    return { ok: true, applied: compromise };
  }
  // An amendment proposed in another language is applied in the chair's rendering, given against the text as it stands.
  if (amendment.language && applyAmendment(state.working!, amendment.operation).ok) return { ok: true, applied: amendment.operation };
  const rebased = rebaseAmendment(
    textProposedAgainst(state, amendment),
    state.working!,
    placedWithinProposal(state, amendment, state.working!),
  );
  if (rebased.status === 'conflict') {
    return {
      ok: false,
      refusal: refusalOf('conflict', 'ruling.noLongerApplies', {
        amendment: describeAmendment(state, amendment, stakeholders),
        why: whyRefused(rebased),
      }),
    };
  }
  return { ok: true, applied: rebased.op };
}

/** The text after the given changes, or why one of them no longer applies. */
function replayable(
  base: ResolutionDocument,
  changes: readonly AppliedChange[],
): { ok: true; text: ResolutionDocument } | { ok: false; decisionId: string; why: NestedMessage } {
  let text = base;
  for (const change of changes) {
    const result = applyAmendment(text, change.operation);
    if (!result.ok) return { ok: false, decisionId: change.decisionId, why: whyRefused(result.refusal) };
    text = result.value;
  }
  return { ok: true, text };
}

function isUndecided(amendment: AmendmentRecord): boolean {
  return amendment.status === 'pending' || amendment.status === 'deferred';
}

/** The proposal as its event records it: the command without its name and its address. */
function proposal(command: Extract<DocumentCommand, { kind: 'ProposeAmendment' }>): Omit<AmendmentProposedV1, 'documentId'> {
  const { kind: _kind, documentId: _documentId, ...rest } = command;
  return rest;
}
