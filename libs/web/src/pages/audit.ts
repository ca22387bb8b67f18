import { Html, html } from '../html';
import { verificationNoteText } from '../i18n/verification-notes';
import { AuditReportModel } from '../models';
import { PageContext, hasRole } from './context';
import { dateTime, facts } from './components';
import { layout } from './layout';

/** A note in the reader's language when it is keyed; a note without a key stays the English sentence it is. */
function noteItem(ctx: PageContext, report: AuditReportModel, note: string): Html {
  const keyed = report.noteMessages?.find((message) => message.text === note);
  return keyed ? html`<li>${verificationNoteText(ctx.locale)(keyed)}</li>` : html`<li lang="en" dir="ltr">${note}</li>`;
}

/** The verification report: is the history the one recorded, and if not, where it stops being so. */
export function auditPage(ctx: PageContext, report: AuditReportModel): string {
  const { t } = ctx;
  const kafka = report.kafka;
  const latest = report.checkpoints.latest;
  const body = html`<h1>${t('audit.title')}</h1>
<p>${t('audit.intro')}</p>
${hasRole(ctx, 'auditor') ? html`<p class="actions"><a href="/web/audit/bundle.jsonl" download>${t('audit.bundle')}</a></p><p class="hint">${t('audit.bundleHint')}</p>` : ''}
<p class="${report.ok ? 'ok' : 'bad'}" role="status"><span aria-hidden="true">${report.ok ? '✓' : '✗'} </span>${report.ok ? t('audit.ok') : t('audit.notOk', { count: report.divergenceCount })}</p>
${facts([
  [t('audit.verifiedAt'), dateTime(ctx, report.verifiedAt)],
  [t('audit.events'), String(report.store.events)],
  [t('audit.head'), String(report.store.headPosition)],
  [t('audit.root'), html`<span class="hash" dir="ltr">${report.store.rootHash}</span>`],
  [t('audit.chain'), html`<span class="hash" dir="ltr">${report.store.chainHash}</span>`],
  [
    t('audit.kafka'),
    kafka.checked
      ? t('audit.kafkaChecked', { messages: kafka.messages, divergences: kafka.divergences })
      : kafka.reasonKey
        ? html`${t('audit.kafkaNotChecked')} ${t(kafka.reasonKey)}`
        : html`${t('audit.kafkaNotChecked')} <span lang="en" dir="ltr">${kafka.reason}</span>`,
  ],
  [
    t('audit.checkpoints'),
    t('audit.checkpointsSummary', {
      count: report.checkpoints.count,
      valid: report.checkpoints.validSignatures,
      covered: report.checkpoints.coveredUpTo,
    }),
  ],
  latest && [
    t('audit.latestCheckpoint'),
    html`${t('audit.treeSize', { size: latest.treeSize })} · ${dateTime(ctx, latest.timestamp)} · ${latest.signatureValid ? t('audit.signatureValid') : t('audit.signatureInvalid')}`,
  ],
])}
${
  report.divergences.length > 0
    ? html`<h2>${t('audit.divergences')}</h2><table><thead><tr><th scope="col">${t('audit.position')}</th><th scope="col">${t('audit.kind')}</th><th scope="col">${t('audit.event')}</th><th scope="col">${t('audit.detail')}</th></tr></thead><tbody>${report.divergences.map(
        (d) =>
          html`<tr><td>${d.position ?? '—'}</td><td><code>${d.kind}</code></td><td><code>${d.eventId ?? '—'}</code></td><td lang="en" dir="ltr">${d.detail}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${report.notes.length > 0 ? html`<h2>${t('audit.notes')}</h2><ul>${report.notes.map((note) => noteItem(ctx, report, note))}</ul>` : ''}`;
  return layout(ctx, { title: t('audit.title'), body });
}
