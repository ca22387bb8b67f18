import { formatDateTime } from '../format';
import { Html, html } from '../html';
import { Locale } from '../i18n/locale';
import { PageContext } from './context';
import { bidiText } from './components';
import { layout } from './layout';

/** A projection's lag and rebuild, as GET /api/v1/projections answers it. */
export interface ProjectionStatusModel {
  readonly name: string;
  readonly version: number | null;
  readonly status: 'live' | 'rebuilding';
  readonly checkpointPosition: number;
  readonly headPosition: number;
  readonly eventsBehind: number;
  readonly msBehind: number;
  readonly rebuild?: {
    readonly status: 'pending' | 'running';
    readonly reason: string;
    readonly version: number | null;
    readonly position: number;
    readonly targetPosition: number | null;
    readonly progress: number;
    readonly eventsPerSecond: number | null;
    readonly estimatedEndAt: string | null;
    readonly requestedAt: string;
    readonly startedAt: string | null;
  };
  readonly lastRebuild?: {
    readonly status: 'done' | 'failed';
    readonly finishedAt: string | null;
    readonly error: string | null;
  };
}

const NUMBER_LOCALE: Readonly<Record<Locale, string>> = { ar: 'ar-u-nu-latn', en: 'en-GB' };
const REASONS = ['requested', 'version-changed', 'new-projection'] as const;

function count(ctx: PageContext, value: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[ctx.locale], { maximumFractionDigits: 0 }).format(value);
}

const PROJECTIONS = [
  'comments',
  'compilation',
  'consultations',
  'contributions',
  'document_texts',
  'documents',
  'explanations',
  'history',
  'language_versions',
  'meetings',
  'notifications',
  'participation',
  'provenance',
  'search',
  'silences',
  'stakeholder-inputs',
  'stakeholders',
] as const;

/** A projection as its reader knows it: what it holds, in the page's language (the code's name only for one not known here). */
function projectionName(ctx: PageContext, name: string): string {
  const known = PROJECTIONS.find((candidate) => candidate === name);
  return known ? ctx.t(`projections.of.${known}`) : name;
}

function reasonText(ctx: PageContext, reason: string): string {
  const known = REASONS.find((candidate) => candidate === reason);
  return known ? ctx.t(`projections.reason.${known}`) : reason;
}

function rebuildSection(ctx: PageContext, status: ProjectionStatusModel): Html {
  const { t } = ctx;
  const rebuild = status.rebuild!;
  if (rebuild.status === 'pending') {
    return html`<section class="rebuild"><p>${t('projections.rebuildWaiting', { name: bidiText(projectionName(ctx, status.name)), requested: formatDateTime(ctx.locale, rebuild.requestedAt) })} (${reasonText(ctx, rebuild.reason)})</p></section>`;
  }
  const headingId = `rebuild-${status.name}`;
  const target = rebuild.targetPosition;
  const amount =
    target === null
      ? t('projections.rebuildCounting', { done: count(ctx, rebuild.position) })
      : t('projections.rebuildProgress', {
          done: count(ctx, rebuild.position),
          total: count(ctx, target),
          percent: Math.floor(rebuild.progress * 100),
        });
  return html`<section class="rebuild" aria-labelledby="${headingId}">
<h3 id="${headingId}">${t('projections.rebuildOf', { name: bidiText(projectionName(ctx, status.name)), version: rebuild.version ?? '—' })}</h3>
${target === null ? '' : html`<progress max="${target}" value="${rebuild.position}" aria-labelledby="${headingId}">${amount}</progress>`}
<ul>
<li>${amount}</li>
${rebuild.eventsPerSecond === null ? '' : html`<li>${t('projections.rebuildRate', { rate: count(ctx, rebuild.eventsPerSecond) })}</li>`}
<li>${rebuild.estimatedEndAt ? t('projections.rebuildEnd', { end: formatDateTime(ctx.locale, rebuild.estimatedEndAt) }) : t('projections.rebuildEndUnknown')}</li>
${rebuild.startedAt ? html`<li>${t('projections.rebuildStarted', { started: formatDateTime(ctx.locale, rebuild.startedAt) })} (${reasonText(ctx, rebuild.reason)})</li>` : ''}
</ul>
</section>`;
}

function lastRebuild(ctx: PageContext, status: ProjectionStatusModel): Html | '' {
  const last = status.lastRebuild;
  if (!last) return '';
  const finished = last.finishedAt ? formatDateTime(ctx.locale, last.finishedAt) : '—';
  return last.status === 'done'
    ? html`${ctx.t('projections.lastDone', { finished })}`
    : html`${ctx.t('projections.lastFailed', { finished })} <span lang="en" dir="ltr">${last.error ?? ''}</span>`;
}

/** The read side: each projection's version, lag behind the ledger, and the progress and expected end of a rebuild. */
export function projectionsPage(ctx: PageContext, statuses: readonly ProjectionStatusModel[]): string {
  const { t } = ctx;
  const rebuilding = statuses.filter((status) => status.rebuild);
  const table =
    statuses.length === 0
      ? html`<p>${t('projections.none')}</p>`
      : html`<table>
<thead><tr><th scope="col">${t('projections.name')}</th><th scope="col">${t('projections.version')}</th><th scope="col">${t('projections.state')}</th><th scope="col">${t('projections.applied')}</th><th scope="col">${t('projections.behind')}</th><th scope="col">${t('projections.lastRebuild')}</th></tr></thead>
<tbody>${statuses.map(
          (status) =>
            html`<tr><th scope="row">${projectionName(ctx, status.name)}</th><td>${status.version ?? '—'}</td><td>${status.status === 'live' ? t('projections.live') : t('projections.rebuilding')}</td><td>${t('projections.appliedOf', { checkpoint: count(ctx, status.checkpointPosition), head: count(ctx, status.headPosition) })}</td><td>${
              status.eventsBehind === 0
                ? t('projections.caughtUp')
                : t('projections.behindEvents', { events: count(ctx, status.eventsBehind), seconds: count(ctx, status.msBehind / 1000) })
            }</td><td>${lastRebuild(ctx, status)}</td></tr>`,
        )}</tbody>
</table>`;
  const body = html`<h1>${t('projections.title')}</h1>
<p>${t('projections.intro')}</p>
<p class="actions"><a href="/web/projections">${t('projections.refresh')}</a></p>
${table}
${rebuilding.length > 0 ? html`<h2>${t('projections.rebuilds')}</h2>${rebuilding.map((status) => rebuildSection(ctx, status))}` : ''}`;
  return layout(ctx, { title: t('projections.title'), body });
}
