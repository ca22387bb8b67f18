/** What a change of phase does, as the chair confirms it: the phases, and a published deadline it cuts short. */
import { PHASES, Phase } from '#libs/contracts';

const DAY_MS = 86_400_000;

/** A phase change before the published deadline of the phase it leaves: the deadline and how many days early it closes. */
export interface DeadlineCutShort {
  readonly phase: Phase;
  /** As published (ISO 8601): a date or an instant. */
  readonly deadline: string;
  /** Calendar days (UTC) from now to the deadline's day: 0 when it falls today. */
  readonly daysEarly: number;
}

export interface PhaseChangeConsequence {
  readonly from: Phase;
  readonly to: Phase;
  /** Forward to the next phase, or back to an earlier one (which needs a reason on the record). */
  readonly direction: 'forward' | 'back';
  readonly cutShort?: DeadlineCutShort;
}

/**
 * What moving a consultation from its phase to `to` at `now` means: its direction, and the
 * published deadline of the phase it leaves when that deadline has not passed (stakeholders
 * were told they had until then: the chair is told how many days it takes from them).
 */
export function phaseChangeConsequence(
  consultation: { readonly phase: string; readonly deadlines: Readonly<Partial<Record<string, string>>> },
  to: Phase,
  now: string,
): PhaseChangeConsequence {
  const from = consultation.phase as Phase;
  const direction = PHASES.indexOf(to) > PHASES.indexOf(from) ? 'forward' : 'back';
  const deadline = consultation.deadlines[from];
  const at = deadline === undefined ? NaN : Date.parse(deadline);
  if (deadline === undefined || direction === 'back' || Number.isNaN(at) || at <= Date.parse(now)) return { from, to, direction };
  const daysEarly = Math.round((startOfDay(at) - startOfDay(Date.parse(now))) / DAY_MS);
  return { from, to, direction, cutShort: { phase: from, deadline, daysEarly } };
}

function startOfDay(ms: number): number {
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}
