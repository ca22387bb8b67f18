import { PHASES } from '#libs/contracts';
import { Html, html } from '../html';
import { MessageKey } from '../i18n/translate';
import { PageContext } from './context';
import { dateTime, term } from './components';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A count with its noun in the interface language: Arabic has six plural forms (يوم واحد، يومان، ٣ أيام، ١١ يومًا). */
function counted(ctx: PageContext, unit: 'days' | 'hours', count: number): string {
  const form = new Intl.PluralRules(ctx.locale).select(count);
  return ctx.t(`deadline.${unit}.${form}` as MessageKey, { count });
}

/** How far a deadline is from now, in days and hours, as the reader says it: "3 days and 4 hours left", "passed 2 days ago". */
export function countdownText(ctx: PageContext, deadlineIso: string, now: Date): string {
  const remainingMs = Date.parse(deadlineIso) - now.getTime();
  const spanMs = Math.abs(remainingMs);
  const days = Math.floor(spanMs / DAY_MS);
  const hours = Math.floor((spanMs % DAY_MS) / HOUR_MS);
  const time =
    days === 0 && hours === 0
      ? ctx.t('deadline.lessThanAnHour')
      : days === 0
        ? counted(ctx, 'hours', hours)
        : hours === 0
          ? counted(ctx, 'days', days)
          : ctx.t('deadline.and', { days: counted(ctx, 'days', days), hours: counted(ctx, 'hours', hours) });
  return remainingMs >= 0 ? ctx.t('deadline.left', { time }) : ctx.t('deadline.passed', { time });
}

/**
 * A deadline: its date and time, and the time left (or passed) counted on the server when the
 * page is made, so that it reads without a script; `data-deadline` lets a page update it.
 */
export function countdown(ctx: PageContext, deadlineIso: string, now: Date): Html {
  const passed = Date.parse(deadlineIso) < now.getTime();
  return html`${dateTime(ctx, deadlineIso)} <span class="countdown${passed ? ' passed' : ''}" data-deadline="${deadlineIso}">(${countdownText(ctx, deadlineIso, now)})</span>`;
}

/** Where a phase stands in the consultation's course; a phase the list does not know goes last. */
function phaseOrder(phase: string): number {
  const index = (PHASES as readonly string[]).indexOf(phase);
  return index === -1 ? PHASES.length : index;
}

/** The deadlines of a consultation's phases in the order of the phases, each with its countdown, as a list. */
export function deadlineList(ctx: PageContext, deadlines: Readonly<Record<string, string>>, now: Date): Html {
  const entries = Object.entries(deadlines).sort(([a], [b]) => phaseOrder(a) - phaseOrder(b));
  if (entries.length === 0) return html``;
  return html`<ul class="deadlines">${entries.map(
    ([phase, at]) => html`<li>${term(ctx.t, 'phase', phase)}: ${countdown(ctx, at, now)}</li>`,
  )}</ul>`;
}

/** The deadline of the phase a consultation is in, with its countdown, when it has one. */
export function phaseDeadline(
  ctx: PageContext,
  consultation: { readonly phase: string; readonly deadlines: Readonly<Record<string, string>> },
  now: Date,
): Html {
  const at = consultation.deadlines[consultation.phase];
  if (!at) return html``;
  return html`<p class="deadline">${ctx.t('deadline.of', { phase: term(ctx.t, 'phase', consultation.phase) })}: ${countdown(ctx, at, now)}</p>`;
}
