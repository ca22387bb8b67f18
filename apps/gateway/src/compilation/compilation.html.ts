import { CompilationInputView, CompilationView, ConflictView, ProposalView, WordSegmentView } from './compilation.view';
import { PartyView } from '../views/party.view';

/*
 * The compilation of proposals as an HTML page: a two-column table, each provision (its
 * label as printed and its text) beside the proposals on it. The document's words carry
 * the document's language and direction; the notes around them (who proposed, status,
 * decision) are English, marked as such, with names isolated so that an Arabic name or an
 * English symbol never reorders the line around it. Every piece of text is escaped.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values: document text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ENTITIES[char]);
}

const CSS = `
body { font-family: sans-serif; margin: 1.5rem; }
table.compilation { border-collapse: collapse; width: 100%; }
table.compilation th, table.compilation td { border: 1px solid #999; padding: 0.5em; vertical-align: top; text-align: start; }
tr.section th { background: #eee; }
ins { text-decoration: underline; }
del { text-decoration: line-through; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.label { margin-inline-end: 0.5em; font-weight: bold; }
.tag { font-family: monospace; font-weight: bold; margin-inline-end: 0.5em; }
ol.proposals { list-style: none; margin: 0; padding: 0; }
ol.proposals > li { margin-block-end: 0.75em; }
.meta, .decision, .conflict, .none { font-size: 0.9em; }
.conflict { color: #8a1c1c; }
.footnotes { font-size: 0.85em; }
@page { size: A4 landscape; margin: 1.5cm; }
@media print {
  body { margin: 0; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  tr.section th { background: none; }
}
`.trim();

/** The whole page. */
export function renderCompilationHtml(view: CompilationView): string {
  const lang = escapeHtml(view.language);
  const dir = view.direction;
  const doc = `lang="${lang}" dir="${dir}"`;
  const title = `${view.symbol} (${view.version.label}): compilation of proposals`;
  const rows: string[] = [];
  for (const section of view.sections) {
    rows.push(
      `<tr class="section" id="section-${escapeHtml(section.id)}" data-id="${escapeHtml(section.id)}">` +
        `<th scope="rowgroup" ${doc}>${escapeHtml(section.heading)}</th>` +
        `<td>${proposalsCell(section.proposals, section.conflicts, view)}</td></tr>`,
    );
    for (const provision of section.provisions) {
      const label = provision.label === '' ? '' : `<span class="label">${escapeHtml(provision.label)}</span> `;
      const footnotes =
        provision.footnotes.length === 0
          ? ''
          : `<ol class="footnotes">${provision.footnotes.map((footnote) => `<li>${escapeHtml(footnote)}</li>`).join('')}</ol>`;
      const indent = provision.depth > 0 ? ` style="padding-inline-start: ${1 + provision.depth * 1.5}em"` : '';
      rows.push(
        `<tr class="provision" id="provision-${escapeHtml(provision.id)}" data-id="${escapeHtml(provision.id)}">` +
          `<td ${doc}${indent}>${label}<span class="text">${escapeHtml(provision.text)}</span>${footnotes}</td>` +
          `<td>${proposalsCell(provision.proposals, provision.conflicts, view)}</td></tr>`,
      );
      if (provision.inputs.length > 0) rows.push(inputsRow(provision.inputs, 'Stakeholder inputs', provision.id));
    }
  }
  if (view.inputs.length > 0) rows.push(inputsRow(view.inputs, 'Stakeholder inputs on the text as a whole'));
  if (view.unplaced.length > 0) {
    rows.push(
      `<tr class="unplaced"><th scope="row" lang="en" dir="ltr">Not in this version</th><td>${proposalsCell(view.unplaced, [], view)}</td></tr>`,
    );
  }
  const version = view.version;
  const adopted = version.adoptedMeeting
    ? `, adopted at ${escapeHtml(version.adoptedMeeting)}${version.adoptedDate ? ` on ${escapeHtml(version.adoptedDate)}` : ''}`
    : '';
  return (
    `<!DOCTYPE html>\n<html lang="${lang}" dir="${dir}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n` +
    `<h1>${escapeHtml(view.title)}</h1>\n` +
    `<p class="version" lang="en" dir="ltr">Compilation of proposals on <bdi>${escapeHtml(view.symbol)}</bdi>, version ${version.number} (<bdi>${escapeHtml(version.label)}</bdi>)${adopted}${version.current ? '' : '; not the current version'}</p>\n` +
    `<table class="compilation">\n<thead><tr><th scope="col" lang="en">Provision</th><th scope="col" lang="en">Proposals</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n` +
    pageNavigation(view) +
    heldBack(view) +
    `</body>\n</html>\n`
  );
}

/** The written inputs of stakeholders beneath what they concern: who sent each and its title, in the language it was written in. */
function inputsRow(inputs: readonly CompilationInputView[], heading: string, provisionId?: string): string {
  const items = inputs.map((input) => {
    const lang = escapeHtml(input.language);
    const dir = input.language === 'ar' ? 'rtl' : 'ltr';
    return `<li id="input-${escapeHtml(input.inputId)}" data-id="${escapeHtml(input.inputId)}"><bdi>${escapeHtml(input.stakeholderName)}</bdi>: <q lang="${lang}" dir="${dir}">${escapeHtml(input.title)}</q></li>`;
  });
  const target = provisionId === undefined ? '' : ` data-for="${escapeHtml(provisionId)}"`;
  return `<tr class="inputs"${target}><th scope="row" lang="en" dir="ltr">${heading}</th><td><ul class="inputs">${items.join('')}</ul></td></tr>`;
}

/** Where a page of the compilation stands among the others, with links to them (the page's own filter kept). */
function pageNavigation(view: CompilationView): string {
  const page = view.page;
  if (page === undefined) return '';
  const link = (href: string | undefined, rel: string, text: string) =>
    href === undefined ? '' : ` <a href="${escapeHtml(href)}" rel="${rel}">${text}</a>`;
  return (
    `<nav class="pages" lang="en" dir="ltr" aria-label="Pages of the compilation"><p>Page ${page.number} of ${page.pages}: ` +
    `${page.paragraphs} of ${page.totalParagraphs} paragraphs, ${page.proposals} proposals.` +
    link(page.links.first, 'first', 'First') +
    link(page.links.prev, 'prev', 'Previous') +
    link(page.links.next, 'next', 'Next') +
    link(page.links.last, 'last', 'Last') +
    `</p></nav>\n`
  );
}

/** The contributions not before the meeting, named by symbol and their co-submitters' names, never by id. */
function heldBack(view: CompilationView): string {
  if (view.awaitingCoSubmitters.length === 0) return '';
  const names = (parties: readonly PartyView[]) => parties.map((party) => `<bdi>${escapeHtml(party.name)}</bdi>`).join(', ');
  const items = view.awaitingCoSubmitters.map((held) => {
    const why = held.status === 'declined' ? `declined by ${names(held.declined)}` : `awaiting confirmation by ${names(held.awaiting)}`;
    return `<li><bdi>${escapeHtml(held.contribution.symbol)}</bdi>: ${why}</li>`;
  });
  return `<section class="awaiting" lang="en" dir="ltr">\n<h2>Awaiting co-submitters (not in the compilation)</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`;
}

function proposalsCell(proposals: readonly ProposalView[], conflicts: readonly ConflictView[], view: CompilationView): string {
  if (proposals.length === 0) return '<span class="none" lang="en" dir="ltr">—</span>';
  const items = proposals.map((proposal) => proposalItem(proposal, conflicts, view)).join('');
  return `<ol class="proposals">${items}</ol>`;
}

function proposalItem(proposal: ProposalView, conflicts: readonly ConflictView[], view: CompilationView): string {
  const doc = `lang="${escapeHtml(view.language)}" dir="${view.direction}"`;
  const names = (parties: readonly PartyView[]) =>
    parties.map((party) => `<bdi>${escapeHtml(party.name)}</bdi>${party.category ? ` (${escapeHtml(party.category)})` : ''}`).join(', ');
  const meta = [
    `<span class="tag">${escapeHtml(proposal.change.tag)}</span>${names(proposal.proposers)}`,
    proposal.onBehalfOf ? `on behalf of ${names([proposal.onBehalfOf])}` : '',
    proposal.coSponsors.length > 0 ? `co-sponsored by ${names(proposal.coSponsors)}` : '',
    proposal.contribution ? `<bdi>${escapeHtml(proposal.contribution.symbol)}</bdi>` : '',
    proposal.revision > 0 ? `Rev.${proposal.revision}` : '',
    `<strong class="status">${escapeHtml(proposal.status)}</strong>`,
  ].filter((part) => part !== '');
  const change = proposal.change;
  const wording = change.segments
    ? `<p class="change" ${doc}>${marked(change.segments)}</p>`
    : change.text !== undefined
      ? `<p class="change" ${doc}><ins><span class="visually-hidden">inserted: </span>${escapeHtml(change.text)}</ins></p>`
      : '';
  const place = change.place
    ? `<p class="place" lang="en" dir="ltr">${escapeHtml(change.place.relation)} <bdi ${doc}>${escapeHtml(change.place.label || change.place.id)}</bdi></p>`
    : '';
  const decision = proposal.decision
    ? `<p class="decision" lang="en" dir="ltr">${escapeHtml(proposal.decision.ruling)}${proposal.decision.meeting ? ` at <bdi>${escapeHtml(proposal.decision.meeting)}</bdi>` : ''}${proposal.decision.date ? ` on ${escapeHtml(proposal.decision.date)}` : ''}${proposal.decision.corrects ? ` (correcting ${escapeHtml(proposal.decision.corrects)})` : ''}${proposal.decision.reason ? `: ${escapeHtml(proposal.decision.reason)}` : ''}</p>`
    : '';
  const compromise = proposal.decision?.compromise ? `<p class="compromise" lang="en" dir="ltr">with the chair's compromise text</p>` : '';
  const clashes = conflicts
    .filter((conflict) => conflict.amendmentIds.includes(proposal.amendmentId))
    .map(
      (conflict) =>
        `<p class="conflict" lang="en" dir="ltr">conflicts with ${escapeHtml(conflict.amendmentIds.find((id) => id !== proposal.amendmentId) ?? '')}: ${escapeHtml(conflict.message)}</p>`,
    )
    .join('');
  return (
    `<li class="proposal status-${escapeHtml(proposal.status)}" id="amendment-${escapeHtml(proposal.amendmentId)}" data-id="${escapeHtml(proposal.amendmentId)}">` +
    `<p class="meta" lang="en" dir="ltr">${meta.join(' · ')}</p>${wording}${place}${decision}${compromise}${clashes}</li>`
  );
}

/** Words kept, struck through and added, with the words a screen reader says before each change. */
function marked(segments: readonly WordSegmentView[]): string {
  return segments
    .map((segment) =>
      segment.kind === 'equal'
        ? escapeHtml(segment.text)
        : segment.kind === 'delete'
          ? `<del><span class="visually-hidden">deleted: </span>${escapeHtml(segment.text)}</del>`
          : `<ins><span class="visually-hidden">inserted: </span>${escapeHtml(segment.text)}</ins>`,
    )
    .join('');
}
