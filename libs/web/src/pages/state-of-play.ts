import { MEETING_KINDS, PROVISION_STATUSES } from '#libs/contracts';
import { Html, html } from '../html';
import { MessageKey } from '../i18n/translate';
import { directionOf } from '../i18n/locale';
import { PageContext, Notice } from './context';
import { bidi, csrfField, date, facts, selectField, submitButton, textField } from './components';
import { DocumentHeader } from './document';
import { layout } from './layout';

/** A provision's standing as the state of play gives it (the gateway's view). */
export interface ProvisionStandingModel {
  readonly provisionId: string;
  readonly label: string;
  readonly section: string;
  readonly status: string;
  readonly since: number | null;
  readonly meetingId: string | null;
  readonly inputs: number;
  readonly inText: boolean;
}

export interface StateOfPlayModel {
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly round: number;
  readonly counts: { readonly [status in (typeof PROVISION_STATUSES)[number]]: number };
  readonly provisions: readonly ProvisionStandingModel[];
  readonly open: readonly string[];
  readonly changedSinceLastRound: readonly { provisionId: string; label: string; section: string; from: string; to: string }[];
  readonly rounds: readonly {
    round: number;
    versionNumber: number;
    meetingId: string | null;
    meeting: string | null;
    date: string | null;
    provisions: number;
  }[];
}

export interface MeetingModel {
  readonly meetingId: string;
  readonly kind: string;
  readonly number: number | null;
  readonly name: string;
  readonly date: string;
  readonly place: string | null;
}

export interface StateOfPlayData extends DocumentHeader {
  readonly state: StateOfPlayModel;
  readonly meetings: readonly MeetingModel[];
  /** A chair of the consultation: records rounds and registers meetings. */
  readonly isChair: boolean;
  readonly notices?: readonly Notice[];
}

const STATUS_ICONS: Readonly<Record<string, string>> = { pending: '…', 'agreed-ad-ref': '≈', agreed: '✓', bracketed: '[ ]', deleted: '✗' };

function statusWord(ctx: PageContext, status: string): string {
  return ctx.t(`provisionStatus.${status}` as MessageKey);
}

/** A status: an icon and a word, so that colour is never the only sign. */
function statusBadge(ctx: PageContext, status: string): Html {
  return html`<span class="status status-${status}"><span aria-hidden="true">${STATUS_ICONS[status] ?? '•'}</span> ${statusWord(ctx, status)}</span>`;
}

/** A provision cited as printed: its label, then its section's heading, both in the document's language. */
function cited(data: StateOfPlayData, p: { provisionId: string; label: string; section: string }): Html {
  const lang = data.document.language;
  const label = p.label;
  const dir = directionOf(lang);
  return html`<bdi dir="${dir}"><a href="/web/documents/${data.document.id}/provenance?provision=${encodeURIComponent(p.provisionId)}" lang="${lang}">${label}</a>${
    p.section ? html` <span class="meta" lang="${lang}">(${p.section})</span>` : ''
  }</bdi>`;
}

function meetingName(data: StateOfPlayData, meetingId: string | null): Html | string {
  if (!meetingId) return '';
  return bidi(data.meetings.find((m) => m.meetingId === meetingId)?.name ?? meetingId);
}

function overview(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  const s = data.state;
  const byId = new Map(s.provisions.map((p) => [p.provisionId, p]));
  return html`<h2>${t('stateOfPlay.counts')}</h2>
<table><thead><tr>${PROVISION_STATUSES.map((status) => html`<th scope="col">${statusBadge(ctx, status)}</th>`)}</tr></thead>
<tbody><tr>${PROVISION_STATUSES.map((status) => html`<td>${String(s.counts[status])}</td>`)}</tr></tbody></table>
<h2>${t('stateOfPlay.open')}</h2>
${
  s.open.length === 0
    ? html`<p>${t('stateOfPlay.noneOpen')}</p>`
    : html`<ul>${s.open.map((id) => html`<li>${cited(data, byId.get(id) ?? { provisionId: id, label: id, section: '' })} — ${statusBadge(ctx, byId.get(id)?.status ?? 'pending')}</li>`)}</ul>`
}
<h2>${t('stateOfPlay.changed')}</h2>
${
  s.changedSinceLastRound.length === 0
    ? html`<p>${s.round === 0 ? t('stateOfPlay.noRound') : t('stateOfPlay.noChange')}</p>`
    : html`<table><thead><tr><th scope="col">${t('stateOfPlay.provision')}</th><th scope="col">${t('stateOfPlay.from')}</th><th scope="col">${t('stateOfPlay.to')}</th></tr></thead>
<tbody>${s.changedSinceLastRound.map((c) => html`<tr><td>${cited(data, c)}</td><td>${statusBadge(ctx, c.from)}</td><td>${statusBadge(ctx, c.to)}</td></tr>`)}</tbody></table>`
}`;
}

function provisionsTable(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  return html`<h2>${t('stateOfPlay.provisions')}</h2>
<table class="state-of-play"><thead><tr><th scope="col">${t('stateOfPlay.provision')}</th><th scope="col">${t('stateOfPlay.status')}</th><th scope="col">${t('stateOfPlay.since')}</th><th scope="col">${t('stateOfPlay.meeting')}</th><th scope="col">${t('stateOfPlay.inputs')}</th></tr></thead>
<tbody>${data.state.provisions.map(
    (p) =>
      html`<tr id="provision-${p.provisionId}"><td>${cited(data, p)}${p.inText ? '' : html` <span class="meta">${t('stateOfPlay.notInText')}</span>`}</td><td>${statusBadge(ctx, p.status)}</td><td>${p.since === null ? '' : String(p.since)}</td><td>${meetingName(data, p.meetingId)}</td><td>${String(p.inputs)}</td></tr>`,
  )}</tbody></table>`;
}

function roundsTable(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  if (data.state.rounds.length === 0) return html``;
  return html`<h2>${t('stateOfPlay.rounds')}</h2>
<table><thead><tr><th scope="col">${t('stateOfPlay.roundNumber')}</th><th scope="col">${t('stateOfPlay.version')}</th><th scope="col">${t('stateOfPlay.meeting')}</th><th scope="col">${t('stateOfPlay.date')}</th><th scope="col">${t('stateOfPlay.count')}</th></tr></thead>
<tbody>${data.state.rounds.map(
    (r) =>
      html`<tr><td>${String(r.round)}</td><td>${String(r.versionNumber)}</td><td>${r.meeting ? bidi(r.meeting) : meetingName(data, r.meetingId)}</td><td>${r.date ? date(ctx, r.date.slice(0, 10)) : ''}</td><td>${String(r.provisions)}</td></tr>`,
  )}</tbody></table>`;
}

function meetingsList(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  return html`<h2>${t('stateOfPlay.meetings')}</h2>
${
  data.meetings.length === 0
    ? html`<p>${t('stateOfPlay.noMeetings')}</p>`
    : html`<ul>${data.meetings.map(
        (m) =>
          html`<li>${bidi(m.name)} — ${t(`meetingKind.${m.kind}` as MessageKey)}${m.number === null ? '' : ` ${m.number}`}, ${date(ctx, m.date.slice(0, 10))}${m.place ? html`, ${bidi(m.place)}` : ''}</li>`,
      )}</ul>`
}`;
}

/** The chair's form for a round: a select per provision (`status:{provisionId}`), unchanged by default, and the meeting. */
function recordForm(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  const lang = data.document.language;
  return html`<section aria-labelledby="record-heading"><h2 id="record-heading">${t('stateOfPlay.record')}</h2>
<form method="post" action="/web/documents/${data.document.id}/statuses">
${csrfField(ctx)}
<p class="hint">${t('stateOfPlay.recordHint')}</p>
${selectField({
  id: 'meetingId',
  name: 'meetingId',
  label: t('stateOfPlay.atMeeting'),
  value: data.meetings.at(-1)?.meetingId ?? '',
  choices: [{ value: '', label: t('stateOfPlay.noMeeting') }, ...data.meetings.map((m) => ({ value: m.meetingId, label: m.name }))],
})}
<table><thead><tr><th scope="col">${t('stateOfPlay.provision')}</th><th scope="col">${t('stateOfPlay.status')}</th></tr></thead>
<tbody>${data.state.provisions.map(
    (p, i) =>
      html`<tr><td><label for="status-${i}" lang="${lang}">${p.label}${p.section ? ` (${p.section})` : ''}</label></td><td><select id="status-${i}" name="status:${p.provisionId}"><option value="">${t('stateOfPlay.unchanged')}</option>${PROVISION_STATUSES.map(
        (status) => html`<option value="${status}">${statusWord(ctx, status)}</option>`,
      )}</select></td></tr>`,
  )}</tbody></table>
${submitButton(t('stateOfPlay.recordSubmit'))}
</form></section>`;
}

function meetingForm(ctx: PageContext, data: StateOfPlayData): Html {
  const { t } = ctx;
  return html`<details><summary>${t('stateOfPlay.registerMeeting')}</summary>
<form method="post" action="/web/consultations/${data.consultation.id}/meetings">
${csrfField(ctx)}<input type="hidden" name="documentId" value="${data.document.id}">
${selectField({
  id: 'meeting-kind',
  name: 'kind',
  label: t('stateOfPlay.meetingKind'),
  value: 'informal-consultation',
  choices: MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetingKind.${kind}` as MessageKey) })),
})}
${textField({ id: 'meeting-number', name: 'number', label: t('stateOfPlay.meetingNumber') })}
${textField({ id: 'meeting-name', name: 'name', label: t('stateOfPlay.meetingName'), required: true })}
${textField({ id: 'meeting-date', name: 'date', label: t('stateOfPlay.meetingDate'), type: 'date', required: true })}
${textField({ id: 'meeting-place', name: 'place', label: t('stateOfPlay.meetingPlace') })}
${submitButton(t('stateOfPlay.registerSubmit'))}
</form></details>`;
}

/** The tracker negotiators keep by hand: counts per status, what is still open, what the last round changed, the rounds. */
export function stateOfPlayPage(ctx: PageContext, data: StateOfPlayData): string {
  const { t } = ctx;
  const d = data.document;
  const s = data.state;
  const body = html`<h1>${bidi(d.symbol, 'symbol')} — ${t('stateOfPlay.title')}</h1>
${facts([
  [t('stateOfPlay.version'), html`${String(s.versionNumber)} (${bidi(s.versionLabel)})`],
  [t('stateOfPlay.round'), s.round === 0 ? t('stateOfPlay.noRound') : String(s.round)],
])}
${overview(ctx, data)}
${provisionsTable(ctx, data)}
${roundsTable(ctx, data)}
${meetingsList(ctx, data)}
${data.isChair ? html`${recordForm(ctx, data)}${meetingForm(ctx, data)}` : ''}`;
  return layout(ctx, {
    title: `${t('stateOfPlay.title')}: ${d.symbol}`,
    body,
    notices: data.notices,
    trail: [
      { href: '/web', label: t('nav.consultations') },
      { href: `/web/consultations/${data.consultation.id}`, label: data.consultation.title, lang: data.consultation.originalLanguage },
      { href: `/web/documents/${d.id}`, label: d.symbol },
    ],
  });
}
