/** Adopting the working text as the next version: by the chair at a meeting, or by the system when a silence holds. */
import { NewEvent, VersionAdoptedV1, versionAdopted } from '#libs/contracts';
import { TextAdoption, adoptedText, listUnsettledBrackets } from '#libs/text';
import { Decision, accept, refuse } from '../result';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';

/** What an adoption records beyond the text: its decision, label, sitting and what is left open. */
export interface AdoptionRequest extends Omit<TextAdoption, 'meeting'> {
  readonly decisionId: string;
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  readonly place?: string;
  readonly meetingId?: string;
  readonly leaveOpen?: { readonly amendmentIds?: readonly string[]; readonly brackets?: boolean };
  /** Extra fields the adoption event carries (the silence that adopted it, the method). */
  readonly extra?: Pick<VersionAdoptedV1, 'silenceId' | 'method'>;
}

/** The adoption of the working text as the next version, or why it cannot be adopted yet. */
export function decideAdoption(state: DocumentState, request: AdoptionRequest): Decision<NewEvent> {
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
  const version = latestVersion(state).number + 1;
  // The resolution prints its own number, title and adoption line; the cover was the contribution's.
  const text = adoptedText(state.working!, request);
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
      ...request.extra,
    }),
  );
}
