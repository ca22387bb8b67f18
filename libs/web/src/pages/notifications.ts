import { formatDateTime } from '../format';
import { Html, html } from '../html';
import { MessageKey, Translate, isMessageKey } from '../i18n/translate';
import { PageContext, Notice } from './context';
import { csrfField, dateTime, inLanguage, submitButton, term, textField } from './components';
import { layout } from './layout';

/** A provision as a notification cites it: its section heading, its label as printed, its opening words. */
export interface CitedProvisionModel {
  readonly heading: string;
  readonly label: string;
  readonly words: string;
}

export type NotificationDetailModel =
  | {
      readonly kind: 'conflict';
      readonly symbol: string;
      readonly proposers: readonly string[];
      readonly provisions: readonly CitedProvisionModel[];
      readonly reason: string;
    }
  | {
      readonly kind: 'ruling';
      readonly symbol: string;
      readonly ruling: string;
      readonly provisions: readonly CitedProvisionModel[];
      readonly corrected: boolean;
      readonly reason?: string;
    }
  | { readonly kind: 'phase-change'; readonly title: string; readonly from: string; readonly to: string; readonly reason?: string }
  | {
      readonly kind: 'comment';
      readonly symbol: string;
      readonly authorId: string;
      readonly provisions: readonly CitedProvisionModel[];
      readonly excerpt: string;
      readonly commentId: string;
      readonly amendmentId: string;
    }
  | { readonly kind: 'deadline'; readonly title: string; readonly phase: string; readonly deadline: string };

export interface NotificationModel {
  readonly id: string;
  readonly consultationId: string;
  readonly documentId: string | null;
  readonly occurredAt: string;
  readonly read: boolean;
  readonly detail: NotificationDetailModel;
  readonly names: Readonly<Record<string, string>>;
}

export interface WebhookEndpointModel {
  readonly id: string;
  readonly url: string;
  readonly createdAt: string;
  readonly deliveries: readonly {
    readonly notificationId: string;
    readonly status: 'pending' | 'delivered' | 'failed';
    readonly attempts: number;
    readonly lastStatusCode: number | null;
    readonly lastError: string | null;
    readonly queuedAt: string;
  }[];
}

export interface NotificationsPageData {
  readonly notifications: readonly NotificationModel[];
  /** The viewer's webhook endpoints, when it is a stakeholder (who may keep some). */
  readonly webhooks?: readonly WebhookEndpointModel[];
  /** The secret of an endpoint just registered: shown this once. */
  readonly newSecret?: { readonly url: string; readonly secret: string };
  readonly webhookUrl?: string;
  readonly notices?: readonly Notice[];
}

/** Provisions as the reader cites them: "resolves to instruct the Secretary-General, 5 (“to submit …”)", joined. */
export function citedProvisions(t: Translate, provisions: readonly CitedProvisionModel[]): string {
  if (provisions.length === 0) return t('awareness.theText');
  return provisions
    .map((p) => {
      const citation = p.heading && p.label ? t('awareness.cited', { heading: p.heading, label: p.label }) : p.label || p.heading;
      return citation ? t('awareness.citedWords', { citation, words: p.words }) : `“${p.words}”`;
    })
    .join(t('awareness.and'));
}

/** One notification as a sentence in the reader's language, with the words it quotes. */
export function notificationSentence(ctx: PageContext, item: NotificationModel): Html {
  const { t } = ctx;
  const d = item.detail;
  const name = (id: string) => item.names[id] ?? id;
  switch (d.kind) {
    case 'conflict': {
      const reasonKey = `awareness.conflictReason.${d.reason}`;
      return html`<p>${t('awareness.conflict', { proposers: d.proposers.map(name).join(t('awareness.and')), document: d.symbol, provisions: citedProvisions(t, d.provisions) })}</p>${
        isMessageKey(reasonKey) ? html`<p class="hint">${t(reasonKey as MessageKey)}</p>` : ''
      }`;
    }
    case 'ruling':
      return html`<p>${t(d.corrected ? 'awareness.rulingCorrected' : 'awareness.ruling', {
        document: d.symbol,
        provisions: citedProvisions(t, d.provisions),
        ruling: term(t, 'status', d.ruling),
      })}</p>${d.reason ? html`<p class="hint">${t('awareness.reason', { reason: d.reason })}</p>` : ''}`;
    case 'phase-change':
      return html`<p>${t('awareness.phaseChange', { title: d.title, from: term(t, 'phase', d.from), to: term(t, 'phase', d.to) })}</p>${
        d.reason ? html`<p class="hint">${t('awareness.reason', { reason: d.reason })}</p>` : ''
      }`;
    case 'deadline':
      return html`<p>${t('awareness.deadline', { phase: term(t, 'phase', d.phase), title: d.title, deadline: formatDateTime(ctx.locale, d.deadline) })}</p>`;
    case 'comment':
      return html`<p>${t('awareness.comment', { author: name(d.authorId), document: d.symbol, provisions: citedProvisions(t, d.provisions) })}</p>
<blockquote dir="auto">${d.excerpt}</blockquote>
${item.documentId ? html`<p><a href="/web/documents/${item.documentId}/comments?on=amendment&amp;subject=${d.amendmentId}#comment-${d.commentId}">${t('awareness.openThread')}</a></p>` : ''}`;
  }
}

function notificationItem(ctx: PageContext, item: NotificationModel): Html {
  const { t } = ctx;
  return html`<li class="notification${item.read ? '' : ' unread'}" id="notification-${item.id.replace(/[^A-Za-z0-9_-]/gu, '-')}">
${item.read ? '' : html`<span class="status status-pending"><span aria-hidden="true">●</span> ${t('awareness.unread')}</span> `}${dateTime(ctx, item.occurredAt)}
${notificationSentence(ctx, item)}
${
  item.read
    ? ''
    : html`<form method="post" action="/web/notifications/read" class="inline">${csrfField(ctx)}<input type="hidden" name="notificationIds" value="${item.id}">${submitButton(t('awareness.markRead'), { secondary: true })}</form>`
}
</li>`;
}

function webhooksSection(ctx: PageContext, data: NotificationsPageData, webhooks: readonly WebhookEndpointModel[]): Html {
  const { t } = ctx;
  return html`<section aria-labelledby="webhooks">
<h2 id="webhooks">${t('awareness.webhooks')}</h2>
<p>${t('awareness.webhooksIntro')}</p>
${
  data.newSecret
    ? html`<div class="notice success" role="status"><p>${t('awareness.secretOnce')}</p><p><code lang="en" dir="ltr" id="webhook-secret">${data.newSecret.secret}</code></p></div>`
    : ''
}
${webhooks.length === 0 ? html`<p>${t('awareness.noWebhooks')}</p>` : webhooks.map((endpoint) => endpointLog(ctx, endpoint))}
<form method="post" action="/web/notifications/webhooks">
${csrfField(ctx)}
${textField({ id: 'webhook-url', name: 'url', label: t('awareness.webhookUrl'), value: data.webhookUrl, required: true, lang: 'en' })}
${submitButton(t('awareness.addWebhook'))}
</form>
</section>`;
}

function endpointLog(ctx: PageContext, endpoint: WebhookEndpointModel): Html {
  const { t } = ctx;
  const caption = t('awareness.deliveries', { url: endpoint.url });
  return html`<article class="webhook" id="webhook-${endpoint.id}">
<h3><bdi lang="en" dir="ltr">${endpoint.url}</bdi></h3>
${
  endpoint.deliveries.length === 0
    ? html`<p>${t('awareness.noDeliveries')}</p>`
    : html`<table><caption>${caption}</caption><thead><tr><th scope="col">${t('awareness.delivery.when')}</th><th scope="col">${t('awareness.delivery.status')}</th><th scope="col">${t('awareness.delivery.attempts')}</th><th scope="col">${t('awareness.delivery.lastError')}</th></tr></thead><tbody>${endpoint.deliveries.map(
        (d) =>
          html`<tr><td>${dateTime(ctx, d.queuedAt)}</td><td>${t(`awareness.deliveryStatus.${d.status}`)}</td><td>${d.attempts}</td><td>${d.lastError ? inLanguage('en', d.lastError) : ''}</td></tr>`,
      )}</tbody></table>`
}
<form method="post" action="/web/notifications/webhooks/${endpoint.id}/removal" class="inline">${csrfField(ctx)}${submitButton(t('awareness.removeWebhook'), { secondary: true })}</form>
</article>`;
}

/** The notification centre of the viewer: newest first, unread marked; for a stakeholder, its webhook endpoints and their logs. */
export function notificationsPage(ctx: PageContext, data: NotificationsPageData): string {
  const { t } = ctx;
  const unread = data.notifications.filter((n) => !n.read);
  const body = html`<h1>${t('awareness.title')}</h1>
<p>${t('awareness.intro')}</p>
<p>${t('awareness.unreadCount', { count: unread.length })}</p>
${
  unread.length > 1
    ? html`<form method="post" action="/web/notifications/read">${csrfField(ctx)}<input type="hidden" name="all" value="unread">${submitButton(t('awareness.markAllRead'), { secondary: true })}</form>`
    : ''
}
${data.notifications.length === 0 ? html`<p>${t('awareness.none')}</p>` : html`<ol class="notifications">${data.notifications.map((n) => notificationItem(ctx, n))}</ol>`}
${data.webhooks ? webhooksSection(ctx, data, data.webhooks) : ''}`;
  return layout(ctx, {
    title: t('awareness.title'),
    body,
    notices: data.notices,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: '/web/notifications', label: t('awareness.title') },
    ],
  });
}
