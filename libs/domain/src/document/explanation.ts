/**
 * Explanations of position (on an adoption by consensus) and of vote (on a recorded vote),
 * given before or after the adoption. They are statements for the record: they change no text.
 */
import { NewEvent, positionExplained } from '#libs/contracts';
import { hasRole } from '../actor';
import { chairs } from '../consultation/consultation';
import { Decision, accept, refuse } from '../result';
import { sittingAt } from '../consultation/meetings';
import { actsFor } from '../stakeholder/stakeholder';
import type { DocumentContext, OnDocument, Sitting } from './document-commands';
import { DocumentState, DocumentVersion, latestVersion } from './document-state';

export type ExplanationKind = 'position' | 'vote';
export type ExplanationTiming = 'before-adoption' | 'after-adoption';

export type ExplainPosition = {
  readonly kind: 'ExplainPosition';
  readonly explanationId: string;
  readonly stakeholderId: string;
  readonly explains: ExplanationKind;
  readonly timing: ExplanationTiming;
  readonly text: string;
} & Sitting &
  OnDocument;

/** The latest version that was adopted, if any. */
export function latestAdoptedVersion(state: DocumentState): DocumentVersion | undefined {
  return [...state.versions].reverse().find((version) => version.adoptedAt);
}

/**
 * Recorded by the stakeholder itself (or a member for its group), by the secretariat, or by a
 * chair of the consultation. An explanation of vote comes from a member state (or a group of
 * them) and, after the adoption, only on an adoption by recorded vote. Before the adoption the
 * method is not decided yet, so an explanation of vote before the vote is taken is accepted.
 */
export function decideExplanation(command: ExplainPosition, state: DocumentState, context: DocumentContext): Decision<NewEvent> {
  const { actor, consultation, stakeholders } = context;
  const recorder = hasRole(actor, 'secretariat') || chairs(actor, consultation) || actsFor(actor, command.stakeholderId, stakeholders);
  if (!recorder) {
    return refuse('not-allowed', 'explanation.notAllowed');
  }
  if (state.explanations?.[command.explanationId]) return refuse('already-exists', 'explanation.alreadyRecorded');
  const speaker = stakeholders.get(command.stakeholderId);
  if (!speaker) return refuse('invalid', 'stakeholder.notRegistered', { stakeholder: command.stakeholderId });
  if (!command.text.trim()) return refuse('invalid', 'explanation.empty');
  if (command.explains === 'vote' && speaker.category !== 'member-state') {
    return refuse('invalid', 'explanation.voteMemberStatesOnly', { stakeholder: speaker.name });
  }
  const versionNumber = explainedVersion(command, state);
  if (typeof versionNumber !== 'number') return versionNumber;
  if (command.timing === 'before-adoption' && consultation.phase === 'closed') {
    return refuse('wrong-phase', 'explanation.closed');
  }
  const sitting = sittingAt(command, consultation.meetings);
  if (!sitting.ok) return { ok: false, refusal: sitting.refusal };
  return accept(
    positionExplained({
      documentId: state.documentId!,
      explanationId: command.explanationId,
      stakeholderId: command.stakeholderId,
      kind: command.explains,
      timing: command.timing,
      text: command.text.trim(),
      versionNumber,
      ...(sitting.value.meeting ? { meeting: sitting.value.meeting } : {}),
      ...(sitting.value.date ? { date: sitting.value.date } : {}),
      ...(sitting.value.meetingId ? { meetingId: sitting.value.meetingId } : {}),
    }),
  );
}

/** The version explained: the one about to be adopted, or the latest adopted; or why there is none. */
function explainedVersion(command: ExplainPosition, state: DocumentState): number | Decision<never> {
  if (command.timing === 'before-adoption') return latestVersion(state).number + 1;
  const adopted = latestAdoptedVersion(state);
  if (!adopted) return refuse('invalid', 'explanation.nothingAdopted');
  if (command.explains === 'vote' && adopted.adoptedAt?.method?.kind !== 'recorded-vote') {
    return refuse('invalid', 'explanation.adoptedWithoutVote', { number: adopted.number, label: adopted.label });
  }
  return adopted.number;
}
