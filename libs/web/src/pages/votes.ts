/**
 * Adoption by consensus or by recorded vote on the pages: the chair's choice of method with
 * a vote per member state, how each version was adopted, and the explanations of position
 * or vote given on the document.
 */
import { Html, html } from '../html';
import { MessageKey } from '../i18n/translate';
import { VersionModel } from '../models';
import { PageContext } from './context';
import { bidi, choiceGroup, comma, dateTime } from './components';

/** A member state that may vote: a registered participant of category member-state, not a group. */
export interface VoterModel {
  readonly id: string;
  readonly name: string;
}

/** An explanation of position or vote, as the explanations view gives it. */
export interface ExplanationModel {
  readonly explanationId: string;
  readonly stakeholderName: string;
  readonly kind: 'position' | 'vote';
  readonly timing: 'before-adoption' | 'after-adoption';
  readonly text: string;
  readonly versionNumber: number;
  readonly meeting: string | null;
  readonly recordedAt: string;
}

const VOTE_CHOICES: readonly (readonly [value: string, key: MessageKey])[] = [
  ['yes', 'vote.yes'],
  ['no', 'vote.no'],
  ['abstain', 'vote.abstain'],
  ['', 'vote.absent'],
];

/** The method of the adoption form: not stated, without a vote, or a recorded vote with one row of radios per member state. */
export function adoptionMethodFields(ctx: PageContext, voters: readonly VoterModel[]): Html {
  const { t } = ctx;
  const method = choiceGroup({
    legend: t('vote.method'),
    hint: t('vote.methodHint'),
    name: 'method',
    type: 'radio',
    idPrefix: 'adopt-method',
    choices: [
      { value: '', label: t('vote.methodUnstated'), checked: true },
      { value: 'consensus', label: t('vote.consensus') },
      ...(voters.length > 0 ? [{ value: 'recorded-vote', label: t('vote.recorded') }] : []),
    ],
  });
  if (voters.length === 0) return html`${method}<p class="hint">${t('vote.noVoters')}</p>`;
  const rows = voters.map(
    (voter) =>
      html`<tr><th scope="row"><bdi>${voter.name}</bdi></th>${VOTE_CHOICES.map(
        ([value, key]) =>
          html`<td><input type="radio" id="vote-${voter.id}-${value || 'absent'}" name="vote-${voter.id}" value="${value}"${value === '' ? html` checked` : ''}><label for="vote-${voter.id}-${value || 'absent'}"><span class="visually-hidden"><bdi>${voter.name}</bdi>: </span>${t(key)}</label></td>`,
      )}</tr>`,
  );
  return html`${method}
<fieldset><legend>${t('vote.votes')}</legend><p class="hint">${t('vote.votesHint')}</p>
<table><thead><tr><th scope="col">${t('vote.memberState')}</th>${VOTE_CHOICES.map(([, key]) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></fieldset>`;
}

/** How each adopted version was adopted: without a vote, or the tally of its recorded vote, with its adoption line. */
export function adoptionsSection(ctx: PageContext, versions: readonly VersionModel[]): Html {
  const { t } = ctx;
  const adopted = versions.filter((v) => v.adoptedMeeting);
  if (adopted.length === 0) return html``;
  const how = (v: VersionModel) =>
    v.adoptionMethod === 'recorded-vote' && v.tally
      ? t('vote.tally', { yes: v.tally.yes, no: v.tally.no, abstain: v.tally.abstain })
      : v.adoptionMethod === 'consensus'
        ? t('vote.withoutVote')
        : t('vote.notRecorded');
  return html`<section aria-labelledby="adoptions-heading">
<h2 id="adoptions-heading">${t('vote.adoptions')}</h2>
<ul>${adopted.map(
    (v) =>
      html`<li>${t('document.versionNumber', { number: v.number })}: ${bidi(v.label)} — ${how(v)}${v.adoptionLine ? html` (<bdi>${v.adoptionLine}</bdi>)` : ''}</li>`,
  )}</ul>
</section>`;
}

/** The explanations of position and vote on a document, in the order they were given. */
export function explanationsSection(ctx: PageContext, explanations: readonly ExplanationModel[]): Html {
  const { t } = ctx;
  return html`<section aria-labelledby="explanations-heading">
<h2 id="explanations-heading">${t('explanation.title')}</h2>
${
  explanations.length === 0
    ? html`<p>${t('explanation.none')}</p>`
    : html`<ol class="explanations">${explanations.map(
        (e) =>
          html`<li id="explanation-${e.explanationId}"><p><strong><bdi>${e.stakeholderName}</bdi></strong> — ${t(
            `explanation.kind.${e.kind}`,
          )} ${t(`explanation.timing.${e.timing}`)}${comma(ctx)}${t('explanation.on', { number: e.versionNumber })}${
            e.meeting ? html`${comma(ctx)}<bdi>${e.meeting}</bdi>` : ''
          } (${dateTime(ctx, e.recordedAt)})</p><p dir="auto">${e.text}</p></li>`,
      )}</ol>`
}
</section>`;
}
