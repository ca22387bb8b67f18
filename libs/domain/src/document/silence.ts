/**
 * The silence procedure: the chair places the latest version under silence until a deadline;
 * until then a member state may break it on named provisions; at the deadline the system
 * records the outcome once: held (the version is adopted as announced) or broken.
 */
import {
  NewEvent,
  Phase,
  StakeholderRegisteredV1,
  silenceBroken,
  silenceConcluded,
  silenceExtended,
  silenceStarted,
} from '#libs/contracts';
import { locateProvision } from '#libs/text';
import { hasRole } from '../actor';
import { chairs } from '../consultation/consultation';
import { sittingAt } from '../consultation/meetings';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory, actsFor, nameOf } from '../stakeholder/stakeholder';
import { decideAdoption } from './adoption';
import { DocumentContext } from './document-commands';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';
import { BreakSilence, ConcludeSilence, ExtendSilence, SilenceCommand, StartSilence } from './silence-commands';
import { SilenceBreak, SilenceRecord, openSilence } from './silence-state';

const SILENCE_PHASES: readonly Phase[] = ['negotiation', 'adoption'];
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO 8601 date-time with its offset, or undefined. */
export function readDeadline(deadline: string): number | undefined {
  if (!INSTANT_WITH_OFFSET.test(deadline)) return undefined;
  const at = Date.parse(deadline);
  return Number.isFinite(at) ? at : undefined;
}

/** Whether a name is an IANA time zone ("America/New_York", "UTC"), not an offset. */
export function isTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Whether a stakeholder is a member state, or a group whose members all are. */
export function isMemberState(stakeholder: StakeholderRegisteredV1, directory: StakeholderDirectory): boolean {
  if (stakeholder.category === 'member-state') return true;
  return stakeholder.memberIds.length > 0 && stakeholder.memberIds.every((id) => directory.get(id)?.category === 'member-state');
}

/** The calendar date of an instant in a zone, "2025-12-09": the date the adoption under silence bears. */
export function dateIn(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Who broke silence on which provisions, one entry per stakeholder in the order they broke it. */
export function breaksByStakeholder(breaks: readonly SilenceBreak[]): { stakeholderId: string; provisionIds: string[] }[] {
  const grouped = new Map<string, string[]>();
  for (const b of breaks) {
    const provisions = grouped.get(b.stakeholderId) ?? [];
    for (const id of b.provisionIds) if (!provisions.includes(id)) provisions.push(id);
    grouped.set(b.stakeholderId, provisions);
  }
  return [...grouped].map(([stakeholderId, provisionIds]) => ({ stakeholderId, provisionIds }));
}

/** Decides a command of the silence procedure on a registered document. */
export function decideSilence(command: SilenceCommand, state: DocumentState, context: DocumentContext): Decision<NewEvent> {
  switch (command.kind) {
    case 'StartSilence':
      return decideStart(command, state, context);
    case 'ExtendSilence':
      return withOpenSilence(command, state, (silence) => decideExtension(command, silence, state, context));
    case 'BreakSilence':
      return withOpenSilence(command, state, (silence) => decideBreak(command, silence, state, context));
    case 'ConcludeSilence':
      return decideConclusion(command, state, context);
  }
}

function withOpenSilence(
  command: { readonly silenceId: string },
  state: DocumentState,
  decide: (silence: SilenceRecord) => Decision<NewEvent>,
): Decision<NewEvent> {
  const silence = state.silences[command.silenceId];
  if (!silence) return refuse('not-found', `no silence ${command.silenceId} on this document`);
  if (silence.state !== 'open')
    return refuse('conflict', `silence ${command.silenceId} is over: it ${silence.state === 'held' ? 'held' : 'was broken'}`);
  return decide(silence);
}

/** Why a deadline cannot be the end of a silence at `now`, or undefined. */
function badDeadline(deadline: string, timeZone: string, now: string): string | undefined {
  const at = readDeadline(deadline);
  if (at === undefined)
    return `the deadline ${deadline} is not an ISO 8601 date and time with its offset, such as 2025-12-09T18:00:00-05:00`;
  if (at <= Date.parse(now)) return `the deadline ${deadline} has already passed`;
  if (!isTimeZone(timeZone)) return `${timeZone} is not an IANA time zone, such as America/New_York`;
  return undefined;
}

function decideStart(command: StartSilence, state: DocumentState, { actor, consultation, now }: DocumentContext): Decision<NewEvent> {
  if (!chairs(actor, consultation)) return refuse('not-allowed', 'only a chair of this consultation places a text under silence');
  if (!SILENCE_PHASES.includes(consultation.phase))
    return refuse('wrong-phase', `a silence procedure runs in negotiation or adoption, not in ${consultation.phase}`);
  if (state.silences[command.silenceId]) return refuse('already-exists', `silence ${command.silenceId} exists`);
  const open = openSilence(state.silences);
  if (open) return refuse('conflict', `silence ${open.silenceId} is already open on this document, until ${open.deadline}`);
  const bad = badDeadline(command.deadline, command.timeZone, now);
  if (bad) return refuse('invalid', bad);
  const { adoption } = command;
  if (!adoption?.label?.trim() || !adoption.meeting?.trim())
    return refuse('invalid', 'a silence announces the adoption it leads to: its version label and the meeting');
  const sitting = sittingAt(command, consultation.meetings);
  if (!sitting.ok) return { ok: false, refusal: sitting.refusal };
  const version = latestVersion(state);
  if (state.applied.length > 0) {
    return refuse(
      'conflict',
      `the working text has ${state.applied.length} change(s) decided since version ${version.number} (${version.label}); a silence runs on a version as issued: issue a revision first`,
    );
  }
  return accept(
    silenceStarted({
      documentId: state.documentId!,
      silenceId: command.silenceId,
      versionNumber: version.number,
      deadline: command.deadline,
      timeZone: command.timeZone,
      ...(sitting.value.meeting ? { meeting: sitting.value.meeting } : {}),
      ...(sitting.value.date ? { date: sitting.value.date } : {}),
      ...(sitting.value.meetingId ? { meetingId: sitting.value.meetingId } : {}),
      adoption,
    }),
  );
}

function decideExtension(
  command: ExtendSilence,
  silence: SilenceRecord,
  state: DocumentState,
  { actor, consultation, now }: DocumentContext,
): Decision<NewEvent> {
  if (!chairs(actor, consultation)) return refuse('not-allowed', 'only a chair of this consultation extends a silence');
  if (Date.parse(now) >= readDeadline(silence.deadline)!)
    return refuse('conflict', `the deadline passed at ${silence.deadline}; a silence is extended before it ends`);
  const bad = badDeadline(command.deadline, command.timeZone, now);
  if (bad) return refuse('invalid', bad);
  if (readDeadline(command.deadline)! <= readDeadline(silence.deadline)!)
    return refuse('invalid', `an extension moves the deadline later than ${silence.deadline}`);
  return accept(
    silenceExtended({
      documentId: state.documentId!,
      silenceId: silence.silenceId,
      deadline: command.deadline,
      timeZone: command.timeZone,
      ...(command.reason?.trim() ? { reason: command.reason.trim() } : {}),
    }),
  );
}

function decideBreak(command: BreakSilence, silence: SilenceRecord, state: DocumentState, context: DocumentContext): Decision<NewEvent> {
  const { actor, stakeholders, now } = context;
  if (Date.parse(now) >= readDeadline(silence.deadline)!)
    return refuse('conflict', `silence ended at ${silence.deadline}; it can no longer be broken`);
  const stakeholder = stakeholders.get(command.stakeholderId);
  if (!stakeholder) return refuse('invalid', `${command.stakeholderId} is not a registered stakeholder`);
  if (!actsFor(actor, command.stakeholderId, stakeholders))
    return refuse(
      'not-allowed',
      `silence is broken by a member state for itself, or by a member for its group, not for ${stakeholder.name}`,
    );
  if (!isMemberState(stakeholder, stakeholders)) {
    return refuse(
      'not-allowed',
      `only member states break silence; ${nameOf(stakeholders, stakeholder.stakeholderId)} is ${stakeholder.category} and may submit a written input instead`,
    );
  }
  if (command.provisionIds.length === 0) return refuse('invalid', 'a break of silence names the provisions it objects to');
  const missing = command.provisionIds.filter((id) => !locateProvision(state.working!, id));
  if (missing.length > 0) return refuse('not-found', `no provision ${missing.join(', ')} in the text under silence`);
  if (!command.reasons?.trim()) return refuse('invalid', 'a break of silence states its reasons');
  return accept(
    silenceBroken({
      documentId: state.documentId!,
      silenceId: silence.silenceId,
      stakeholderId: command.stakeholderId,
      provisionIds: [...new Set(command.provisionIds)],
      reasons: command.reasons.trim(),
    }),
  );
}

function decideConclusion(command: ConcludeSilence, state: DocumentState, { actor, now }: DocumentContext): Decision<NewEvent> {
  if (!hasRole(actor, 'system')) return refuse('not-allowed', 'the outcome of a silence is recorded by the system at its deadline');
  const silence = state.silences[command.silenceId];
  if (!silence) return refuse('not-found', `no silence ${command.silenceId} on this document`);
  if (silence.state !== 'open') return refuse('conflict', `silence ${command.silenceId} was already concluded: it ${silence.state}`);
  const deadline = readDeadline(silence.deadline)!;
  if (Date.parse(now) < deadline) return refuse('conflict', `silence ${command.silenceId} runs until ${silence.deadline}`);
  const decisionId = `${silence.silenceId}-outcome`;
  const breaks = breaksByStakeholder(silence.breaks);
  const concluded = silenceConcluded({
    documentId: state.documentId!,
    silenceId: silence.silenceId,
    decisionId,
    outcome: breaks.length > 0 ? 'broken' : 'held',
    deadline: silence.deadline,
    breaks,
  });
  if (breaks.length > 0) return accept(concluded);
  // The silence held: the version is adopted as the chair announced it. What was still open
  // when it was placed under silence (undecided amendments, unsettled brackets) stays open,
  // recorded as such by the adoption.
  const { adoption } = silence;
  const adopted = decideAdoption(state, {
    decisionId,
    label: adoption.label,
    meeting: adoption.meeting,
    date: dateIn(deadline, silence.timeZone),
    ...(adoption.place ? { place: adoption.place } : {}),
    ...(adoption.number ? { number: adoption.number } : {}),
    ...(adoption.symbol ? { symbol: adoption.symbol } : {}),
    ...(adoption.title ? { title: adoption.title } : {}),
    ...(adoption.adoptionLine ? { adoptionLine: adoption.adoptionLine } : {}),
    ...(silence.meetingId ? { meetingId: silence.meetingId } : {}),
    leaveOpen: { amendmentIds: undecidedAmendments(state).map((a) => a.id), brackets: true },
    // No one is there to name the languages out of step: the adoption is provisional in each of them.
    provisionalWhereOutOfStep: true,
    extra: { silenceId: silence.silenceId },
  });
  return adopted.ok ? accept(concluded, ...adopted.events) : adopted;
}
