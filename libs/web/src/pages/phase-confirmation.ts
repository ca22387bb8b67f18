import { Html, html } from '../html';
import { MessageKey } from '../i18n/translate';
import { ConsultationModel } from '../models';
import { phrase } from './chair-panel';
import { PageContext, Notice } from './context';
import { bidi, csrfField, date, submitButton, term } from './components';
import { layout } from './layout';

/** A published deadline the change of phase cuts short, as the domain counts it. */
export interface DeadlineCutShortModel {
  readonly phase: string;
  readonly deadline: string;
  /** Calendar days from today to the deadline's day: 0 when it falls later today. */
  readonly daysEarly: number;
}

export interface PhaseConfirmationData {
  readonly consultation: ConsultationModel;
  readonly to: string;
  readonly direction: 'forward' | 'back';
  /** The reason for going back, as the chair typed it. */
  readonly reason?: string;
  readonly cutShort?: DeadlineCutShortModel;
  /** The form's idempotency key, carried over so that confirming twice records one change. */
  readonly key?: string;
  readonly notices?: readonly Notice[];
}

/** A number of days as each language says it: Arabic has forms for one, two, three to ten, and more. */
export function dayCount(ctx: PageContext, count: number): string {
  const form = count === 1 ? 'one' : count === 2 ? 'two' : count % 100 >= 3 && count % 100 <= 10 ? 'few' : 'many';
  return ctx.t(`chairSafety.days.${form}` as MessageKey, { count });
}

function deadlineSentence(ctx: PageContext, data: PhaseConfirmationData, cut: DeadlineCutShortModel): Html {
  const { t } = ctx;
  const parts = { date: date(ctx, cut.deadline.slice(0, 10)) };
  const parameters = { from: term(t, 'phase', cut.phase), to: term(t, 'phase', data.to), days: dayCount(ctx, cut.daysEarly) };
  if (cut.daysEarly === 0) return phrase(ctx, 'chairSafety.deadlineToday', parameters, parts);
  const key =
    cut.phase === 'open-for-contributions' || cut.phase === 'negotiation'
      ? (`chairSafety.deadline.${cut.phase}` as const)
      : 'chairSafety.deadline.other';
  return phrase(ctx, key, parameters, parts);
}

/**
 * The second step of a change of phase: what it does, the published deadline it cuts short,
 * and the one button that records it. Cancelling is a link back: nothing was sent.
 */
export function phaseConfirmationPage(ctx: PageContext, data: PhaseConfirmationData): string {
  const { t } = ctx;
  const c = data.consultation;
  const from = term(t, 'phase', c.phase);
  const to = term(t, 'phase', data.to);
  const consultationUrl = `/web/consultations/${c.id}`;
  const body = html`<h1>${t('chairSafety.phaseTitle')}</h1>
<p class="lead">${
    data.direction === 'forward'
      ? t('chairSafety.phaseForward', { from, to })
      : phrase(ctx, 'chairSafety.phaseBack', { from, to }, { reason: html`<q>${bidi(data.reason ?? '')}</q>` })
  }</p>
<section aria-labelledby="what-happens">
<h2 id="what-happens">${t('chairSafety.whatHappens')}</h2>
<ul>
<li>${t(`chairSafety.effect.${data.to}` as MessageKey)}</li>
${data.direction === 'back' ? html`<li>${t('chairSafety.reopenNote')}</li>` : ''}
</ul>
${data.cutShort ? html`<p class="notice error">${deadlineSentence(ctx, data, data.cutShort)}</p>` : ''}
</section>
<form method="post" action="${consultationUrl}/phase" class="actions">
${csrfField(ctx, data.key)}<input type="hidden" name="to" value="${data.to}">
${data.reason ? html`<input type="hidden" name="reason" value="${data.reason}">` : ''}
<input type="hidden" name="confirmed" value="yes">
${submitButton(t('chairSafety.confirmPhase', { phase: to }))}
<a href="${consultationUrl}">${t('chairSafety.cancelPhase', { phase: from })}</a>
</form>`;
  return layout(ctx, {
    title: t('chairSafety.phaseTitle'),
    body,
    notices: data.notices,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: consultationUrl, label: c.title, lang: c.originalLanguage },
    ],
  });
}
