import { Html, html } from '../html';
import { directionOf } from '../i18n/locale';
import { PartyModel, ProvenanceAmendmentModel, ProvenanceDecisionModel, ProvenanceModel } from '../models';
import { PageContext } from './context';
import { date, dateTime, facts, parties, statusBadge, term } from './components';
import { bidi } from './components';
import { DocumentHeader, documentTrail } from './document';
import { layout } from './layout';
import { previewBlock } from './preview';
import { OperationPreview } from '../previews';

export interface ProvenanceData extends DocumentHeader {
  readonly provenance: ProvenanceModel;
  readonly language: string;
  /** Each amendment as it read against the text it was drafted on, by id. */
  readonly previews: ReadonlyMap<string, OperationPreview>;
}

/**
 * Who registered a text, never by account: the submitter of the contribution that carried a
 * draft, by name; otherwise the secretariat, the only role that registers a document itself.
 */
function registrant(ctx: PageContext, account: string, submitters?: readonly PartyModel[]): Html {
  const submitter = submitters?.find((party) => party.id === account);
  return submitter ? html`<bdi>${submitter.name}</bdi>` : html`${ctx.t('role.secretariat')}`;
}

/** Who withdrew an amendment: one of its proposers, by name; a stakeholder in words when not among them. */
function withdrawnBy(ctx: PageContext, amendment: ProvenanceAmendmentModel | undefined | null, account: string): Html {
  const party = amendment ? [...amendment.proposers, ...amendment.coSponsors].find((p) => p.id === account) : undefined;
  return party ? html`<bdi>${party.name}</bdi>` : html`${ctx.t('role.stakeholder')}`;
}

function decisionLine(ctx: PageContext, decision: ProvenanceDecisionModel): Html {
  const { t } = ctx;
  return html`<li>${term(t, 'ruling', decision.ruling)}${decision.meeting ? html` — <bdi>${decision.meeting}</bdi>` : ''}${decision.date ? html`, ${date(ctx, decision.date)}` : ''} · ${t('provenance.by')} ${t('role.chair')} · ${dateTime(ctx, decision.recordedAt)}${
    decision.effect ? html` · ${term(t, 'effect', decision.effect)}` : ''
  }${decision.corrects ? html` · ${t('provenance.corrects')} <code>${decision.corrects}</code>` : ''}${decision.correctedBy ? html` · ${t('provenance.correctedBy')} <code>${decision.correctedBy}</code>` : ''}${
    decision.reason ? html`<br><span class="meta"><bdi>${decision.reason}</bdi></span>` : ''
  }</li>`;
}

function amendmentBlock(ctx: PageContext, data: ProvenanceData, amendment: ProvenanceAmendmentModel): Html {
  const { t } = ctx;
  const preview = data.previews.get(amendment.id);
  return html`<p>${parties(amendment.proposers, ctx)}${amendment.contribution ? html` · ${bidi(amendment.contribution.symbol, 'symbol')}` : ''}${
    amendment.coSponsors.length > 0 ? html` · ${t('contribution.coSponsoredBy')} ${parties(amendment.coSponsors, ctx)}` : ''
  } · ${statusBadge(t, amendment.status)} · ${dateTime(ctx, amendment.proposedAt)}</p>
${preview ? previewBlock(ctx, data.language, preview) : ''}
${amendment.explanation ? html`<p class="meta">${t('composer.explanation')}: <bdi>${amendment.explanation}</bdi></p>` : ''}`;
}

/** Where a provision came from and who decided each change to it. */
export function provenancePage(ctx: PageContext, data: ProvenanceData): string {
  const { t } = ctx;
  const p = data.provenance;
  const doc = html` lang="${data.language}" dir="${directionOf(data.language)}"`;
  const origin = p.origin;
  const originBody = !origin
    ? html`<p>${t('provenance.noOrigin')}</p>`
    : origin.kind === 'base-text' || origin.kind === 'draft'
      ? html`${facts([
          [t('provenance.originKind'), term(t, 'effect', origin.kind)],
          origin.versionLabel !== undefined && [t('document.version'), html`<bdi>${origin.versionLabel}</bdi>`],
          origin.contribution && [t('contribution.symbol'), html`${bidi(origin.contribution.symbol, 'symbol')}`],
          origin.submitters && [t('contribution.submitters'), parties(origin.submitters, ctx)],
          // A base text is registered by the secretariat, named by its role; a draft by one of its submitters, by name.
          origin.registeredBy !== undefined && [t('provenance.registeredBy'), registrant(ctx, origin.registeredBy, origin.submitters)],
          [t('provenance.recorded'), dateTime(ctx, origin.recordedAt)],
        ])}${origin.text !== undefined ? html`<p class="change"${doc}><span class="label">${origin.label ?? ''}</span> ${origin.text}</p>` : ''}`
      : html`${facts([
          [t('provenance.originKind'), term(t, 'effect', origin.kind)],
          [t('provenance.recorded'), dateTime(ctx, origin.recordedAt)],
        ])}
${(origin.amendments ?? []).map((amendment) => amendmentBlock(ctx, data, amendment))}
${origin.decision ? html`<h3>${t('provenance.decision')}</h3><ul>${decisionLine(ctx, origin.decision)}</ul>` : ''}`;
  const body = html`<h1>${t('provenance.title')}: ${bidi(p.symbol, 'symbol')} <span${doc}>${p.current?.label ?? p.provisionId}</span></h1>
${
  p.current
    ? html`<h2>${t('provenance.now')}</h2><p class="change"${doc}><em>${p.current.heading}</em><br><span class="label">${p.current.label}</span> ${p.current.text}</p>`
    : html`<p>${t('provenance.notInText')}</p>`
}
<h2>${t('provenance.origin')}</h2>
${originBody}
<h2>${t('provenance.changes')}</h2>
${
  p.changes.length === 0
    ? html`<p>${t('provenance.noChanges')}</p>`
    : html`<ol class="proposals">${p.changes.map(
        (change) =>
          html`<li>${
            change.amendment
              ? amendmentBlock(ctx, data, change.amendment)
              : change.settlement
                ? html`<p>${t('provenance.settlement', { index: change.settlement.bracketIndex + 1 })}: ${change.settlement.choice === 'none' ? t('chair.noneOfThem') : String(Number(change.settlement.choice) + 1)}${
                    change.settlement.meeting ? html` — <bdi>${change.settlement.meeting}</bdi>` : ''
                  }${change.settlement.date ? html`, ${date(ctx, change.settlement.date)}` : ''} · ${t('provenance.by')} ${t('role.chair')}</p>`
                : ''
          }${change.decisions.length > 0 ? html`<ul>${change.decisions.map((decision) => decisionLine(ctx, decision))}</ul>` : ''}${
            change.withdrawal
              ? html`<p class="meta">${t('status.withdrawn')} · ${withdrawnBy(ctx, change.amendment, change.withdrawal.by)} · ${dateTime(ctx, change.withdrawal.recordedAt)}</p>`
              : ''
          }</li>`,
      )}</ol>`
}
${
  p.reservations.length > 0
    ? html`<h2>${t('provenance.reservations')}</h2><ul>${p.reservations.map(
        (reservation) =>
          html`<li><bdi>${reservation.stakeholder.name}</bdi>: <bdi>${reservation.text}</bdi>${reservation.meeting ? html` — <bdi>${reservation.meeting}</bdi>` : ''}</li>`,
      )}</ul>`
    : ''
}
<h2>${t('provenance.versions')}</h2>
<table><thead><tr><th scope="col">${t('document.version')}</th><th scope="col">${t('provenance.adopted')}</th><th scope="col">${t('provenance.wording')}</th></tr></thead>
<tbody>${p.versions.map(
    (version) =>
      html`<tr><th scope="row"><bdi>${version.versionLabel}</bdi></th><td>${version.meeting ? html`<bdi>${version.meeting}</bdi>` : '—'}${version.date ? html`, ${date(ctx, version.date)}` : ''}</td><td${doc}><span class="label">${version.label}</span> ${version.text}</td></tr>`,
  )}</tbody></table>`;
  return layout(ctx, {
    title: `${t('provenance.title')}: ${p.symbol} ${p.current?.label ?? p.provisionId}`,
    body,
    trail: documentTrail(ctx, data, {
      href: `/web/documents/${p.documentId}/provenance?provision=${encodeURIComponent(p.provisionId)}`,
      label: t('provenance.title'),
    }),
  });
}
