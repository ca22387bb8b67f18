/** The commands of the silence procedure on a document. */
import { SilenceAdoption } from '#libs/contracts';

interface OnSilence {
  readonly documentId?: string;
  readonly silenceId: string;
}

/** The chair places the latest version under silence until a deadline, announcing the adoption that follows if it holds. */
export interface StartSilence extends OnSilence {
  readonly kind: 'StartSilence';
  /** ISO 8601 with its offset: "2025-12-09T18:00:00-05:00". */
  readonly deadline: string;
  /** The IANA zone the deadline is announced in: "America/New_York". */
  readonly timeZone: string;
  readonly meetingId?: string;
  readonly adoption: SilenceAdoption;
}

/** The chair moves the deadline later, before it passes. */
export interface ExtendSilence extends OnSilence {
  readonly kind: 'ExtendSilence';
  readonly deadline: string;
  readonly timeZone: string;
  readonly reason?: string;
}

/** A member state breaks silence on named provisions, with its reasons. */
export interface BreakSilence extends OnSilence {
  readonly kind: 'BreakSilence';
  readonly stakeholderId: string;
  readonly provisionIds: readonly string[];
  readonly reasons: string;
}

/** The system records the outcome once the deadline has passed. */
export interface ConcludeSilence extends OnSilence {
  readonly kind: 'ConcludeSilence';
}

export type SilenceCommand = StartSilence | ExtendSilence | BreakSilence | ConcludeSilence;

export const SILENCE_COMMAND_KINDS = ['StartSilence', 'ExtendSilence', 'BreakSilence', 'ConcludeSilence'] as const;

export function isSilenceCommand(command: { readonly kind: string }): command is SilenceCommand {
  return (SILENCE_COMMAND_KINDS as readonly string[]).includes(command.kind);
}
