/** Adopting the working text as the next version: by the chair at a meeting, or by the system when a silence holds. */
import { AdoptionMethod, NewEvent, VersionAdoptedV1, versionAdopted } from '#libs/contracts';
import { TextAdoption, adoptedText, listUnsettledBrackets } from '#libs/text';
import { Decision, accept, refuse } from '../result';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { AdoptionMethodInput, recordedMethod } from './adoption-method';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';

export { tallyOf } from './adoption-method';
export type { AdoptionMethodInput } from './adoption-method';

/** What an adoption records beyond the text: its decision, label, sitting and what is left open. */
export interface AdoptionRequest extends Omit<TextAdoption, 'meeting' | 'method'> {
  readonly decisionId: string;
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  readonly place?: string;
  readonly meetingId?: string;
  readonly leaveOpen?: { readonly amendmentIds?: readonly string[]; readonly brackets?: boolean };
  /** Without a vote, or a recorded vote with each member state's vote; absent, the adoption line names the meeting only. */
  readonly method?: AdoptionMethodInput;
  /** Extra fields the adoption event carries (the silence that adopted it, the method). */
  readonly extra?: Pick<VersionAdoptedV1, 'silenceId' | 'method'>;
}

const NO_ONE: StakeholderDirectory = { get: () => undefined };

/**
 * The adoption of the working text as the next version, or why it cannot be adopted yet.
 * A recorded vote needs the registry entries of the voters (`voters`): only member states vote.
 */
export function decideAdoption(state: DocumentState, request: AdoptionRequest, voters: StakeholderDirectory = NO_ONE): Decision<NewEvent> {
  if (!request.label.trim() || !request.meeting.trim()) return refuse('invalid', 'an adoption names its version label and the meeting');
  const leftOpen = new Set(request.leaveOpen?.amendmentIds ?? []);
  const undecided = undecidedAmendments(state).filter((a) => !leftOpen.has(a.id));
  if (undecided.length > 0) {
    return refuse(
      'invalid',
      `undecided amendments remain: ${undecided.map((a) => a.id).join(', ')}; rule on them or record them as left open`,
    );
  }
  const brackets = listUnsettledBrackets(state.working!);
  if (brackets.length > 0 && !request.leaveOpen?.brackets) {
    return refuse('invalid', `${brackets.length} bracket group(s) remain unsettled; settle them or record them as left open`);
  }
  let method: AdoptionMethod | undefined = request.extra?.method;
  if (request.method) {
    const recorded = recordedMethod(request.method, voters);
    if (!recorded.ok) return { ok: false, refusal: recorded.refusal };
    method = recorded.method;
  }
  const { method: _input, extra, ...adoption } = request;
  const version = latestVersion(state).number + 1;
  // The resolution prints its own number, title and adoption line; the cover was the contribution's.
  const text = adoptedText(state.working!, { ...adoption, ...(method ? { method } : {}) });
  return accept(
    versionAdopted({
      documentId: state.documentId!,
      decisionId: request.decisionId,
      versionNumber: version,
      label: request.label,
      meeting: request.meeting,
      date: request.date,
      leftOpen: { amendmentIds: [...leftOpen], brackets: brackets.length },
      text,
      ...(request.number ? { number: request.number } : {}),
      ...(request.symbol ? { symbol: request.symbol } : {}),
      title: text.title,
      adoptionLine: text.metadata.adoption!,
      ...(request.place ? { place: request.place } : {}),
      ...(request.meetingId ? { meetingId: request.meetingId } : {}),
      ...extra,
      ...(method ? { method } : {}),
    }),
  );
}
