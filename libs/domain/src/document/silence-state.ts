/** What a document's stream says of its silence procedures. */
import {
  NewEvent,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
  SILENCE_EXTENDED,
  SILENCE_STARTED,
  SilenceAdoption,
  SilenceBrokenV1,
} from '#libs/contracts';

export type SilenceBreak = Pick<SilenceBrokenV1, 'stakeholderId' | 'provisionIds' | 'reasons'>;

export interface SilenceRecord {
  readonly silenceId: string;
  /** The version under silence. */
  readonly versionNumber: number;
  /** The deadline now in force, ISO 8601 with its offset. */
  readonly deadline: string;
  readonly timeZone: string;
  readonly meetingId?: string;
  readonly adoption: SilenceAdoption;
  readonly state: 'open' | 'held' | 'broken';
  readonly breaks: readonly SilenceBreak[];
}

/** The silence of a document still open, if any: at most one is. */
export function openSilence(silences: Readonly<Record<string, SilenceRecord>>): SilenceRecord | undefined {
  return Object.values(silences).find((silence) => silence.state === 'open');
}

type SilenceEvent = Extract<
  NewEvent,
  { type: typeof SILENCE_STARTED | typeof SILENCE_EXTENDED | typeof SILENCE_BROKEN | typeof SILENCE_CONCLUDED }
>;

/** Folds one silence event into the document's silences. */
export function evolveSilences(
  silences: Readonly<Record<string, SilenceRecord>>,
  event: SilenceEvent,
): Readonly<Record<string, SilenceRecord>> {
  const e = event.payload;
  const silence = silences[e.silenceId];
  switch (event.type) {
    case SILENCE_STARTED: {
      const s = event.payload;
      const record: SilenceRecord = {
        silenceId: s.silenceId,
        versionNumber: s.versionNumber,
        deadline: s.deadline,
        timeZone: s.timeZone,
        ...(s.meetingId ? { meetingId: s.meetingId } : {}),
        adoption: s.adoption,
        state: 'open',
        breaks: [],
      };
      return { ...silences, [s.silenceId]: record };
    }
    case SILENCE_EXTENDED:
      return { ...silences, [e.silenceId]: { ...silence, deadline: event.payload.deadline, timeZone: event.payload.timeZone } };
    case SILENCE_BROKEN: {
      const b = event.payload;
      const entry: SilenceBreak = { stakeholderId: b.stakeholderId, provisionIds: b.provisionIds, reasons: b.reasons };
      return { ...silences, [e.silenceId]: { ...silence, breaks: [...silence.breaks, entry] } };
    }
    case SILENCE_CONCLUDED:
      return { ...silences, [e.silenceId]: { ...silence, state: event.payload.outcome } };
  }
}
