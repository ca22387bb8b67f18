/** The compilation of proposals laid out from the compilation projection's rows (the shapes are in compilation.view.ts). */
import type { CompilationAmendmentRow, CompilationContributionRow, CompilationVersionRow } from '#libs/read-models';
import {
  AmendmentOperation,
  Conflict,
  ProvisionPosition,
  ProvisionPlace,
  ResolutionDocument,
  Section,
  SectionPosition,
  applyAmendment,
  citeProvision,
  diffWords,
  findConflicts,
  locateProvision,
  outlineDocument,
  rewordingOf,
} from '#libs/text';
import { FilterableProposal, filterCompilation, proposalMatches } from '#libs/web';
import { Parties, decisionInForce, decisionRecordView, partyOf, withdrawalView } from '../views/party.view';
import {
  ProposalPlaceView,
  ProposalChangeView,
  ConflictView,
  ProposalView,
  HeldContributionView,
  CompilationInputView,
  CompilationView,
} from './compilation.view';
import { CompilationPageRequest, compilationPageLink } from './compilation-page';

const UNDECIDED = ['pending', 'deferred'];

/** What the compilation of one version is made from, as its handler reads it from the compilation projection. */
export interface CompilationSource {
  readonly version: CompilationVersionRow;
  readonly currentVersion: number;
  /** In the order proposed. */
  readonly amendments: readonly CompilationAmendmentRow[];
  readonly parties: Parties;
  /** The contributions that brought the amendments, by id: those not agreed by all their co-submitters hold their amendments back. */
  readonly contributions?: ReadonlyMap<string, CompilationContributionRow>;
  /** The stakeholders' inputs on this version still published, in the order sent, with the provisions each concerns. */
  readonly inputs?: readonly (CompilationInputView & { readonly provisionIds: readonly string[] })[];
  /** One page of it, filtered; the whole compilation when absent. */
  readonly page?: CompilationPageRequest;
}

/** Lays every amendment beside the provision or section it bears on, in document order, and names the conflicts among the undecided ones. */
export function compileProposals({
  version,
  currentVersion,
  amendments: proposed,
  parties,
  contributions,
  inputs = [],
  page,
}: CompilationSource): CompilationView {
  const text = version.text;
  // Nobody speaks for a party that did not agree: a contribution is before the meeting once all it names confirmed.
  const heldBack = (amendment: CompilationAmendmentRow) => {
    const contribution = amendment.contributionId ? contributions?.get(amendment.contributionId) : undefined;
    return contribution && (contribution.awaiting.length > 0 || contribution.declined.length > 0) ? contribution : undefined;
  };
  const amendments = proposed.filter((amendment) => !heldBack(amendment));
  const held = new Map<string, HeldContributionView>();
  for (const amendment of proposed) {
    const contribution = heldBack(amendment);
    if (!contribution) continue;
    const entry = held.get(contribution.id) ?? {
      contribution: { id: contribution.id, symbol: contribution.symbol },
      status: contribution.declined.length > 0 ? ('declined' as const) : ('awaiting-co-submitters' as const),
      awaiting: contribution.awaiting.map((id) => partyOf(parties, id)),
      declined: contribution.declined.map((id) => partyOf(parties, id)),
      amendmentIds: [],
    };
    entry.amendmentIds.push(amendment.id);
    held.set(contribution.id, entry);
  }
  const outline = outlineDocument(text);
  // A place is named by the label printed; a provision printed without one, as the reader cites it (its opening words).
  const labels = new Map(
    outline.map((place) => [place.provision.id, place.printedLabel || (citeProvision(text, place.provision.id) ?? '')]),
  );
  const sections = [
    ...text.preamble.map((s) => ({ section: s, part: 'preamble' as const })),
    ...text.operative.map((s) => ({ section: s, part: 'operative' as const })),
  ];
  const headings = new Map(sections.map(({ section }) => [section.id, section.heading]));
  const describe = { labels, headings };

  const byProvision = new Map<string, CompilationAmendmentRow[]>();
  const bySection = new Map<string, CompilationAmendmentRow[]>();
  const unplacedRows: CompilationAmendmentRow[] = [];
  const file = (map: Map<string, CompilationAmendmentRow[]>, id: string, amendment: CompilationAmendmentRow) => {
    const filed = map.get(id);
    if (filed) filed.push(amendment);
    else map.set(id, [amendment]);
  };
  // A provision placed next to one its own contribution adds stands where that one stands.
  const addedBy = new Map(amendments.flatMap((a) => (a.operation.kind === 'add' ? [[a.operation.newId, a] as const] : [])));
  const placementOf = (amendment: CompilationAmendmentRow, followed = new Set<string>()): CompilationAmendmentRow['placement'] => {
    const { placement } = amendment;
    const chained = 'provisionId' in placement && !labels.has(placement.provisionId) ? addedBy.get(placement.provisionId) : undefined;
    if (!chained || !amendment.contributionId || chained.contributionId !== amendment.contributionId || followed.has(chained.id))
      return placement;
    return placementOf(chained, followed.add(chained.id));
  };
  for (const amendment of amendments) {
    const placement = placementOf(amendment);
    if ('provisionId' in placement && labels.has(placement.provisionId)) file(byProvision, placement.provisionId, amendment);
    else if ('sectionId' in placement && headings.has(placement.sectionId)) file(bySection, placement.sectionId, amendment);
    else if ('part' in placement && text[placement.part].length > 0)
      file(bySection, text[placement.part][text[placement.part].length - 1].id, amendment);
    else unplacedRows.push(amendment);
  }
  // Each proposal is laid out (its words diffed) only when shown.
  const views = new Map<CompilationAmendmentRow, ProposalView>();
  const viewsOf = (rows: readonly CompilationAmendmentRow[] = []) =>
    rows.map((row) => {
      let view = views.get(row);
      if (!view) views.set(row, (view = proposalView(row, text, parties, describe)));
      return view;
    });
  const paged = page ? pageOfCompilation(sections, outline, byProvision, bySection, page) : undefined;

  const undecided = amendments.filter((a) => UNDECIDED.includes(a.status));
  // A contribution's own amendments are one proposal, not rivals.
  const contributionOf = new Map(undecided.map((a) => [a.id, a.contributionId]));
  // A page needs only the conflicts of the proposals it shows.
  const unplacedShown = paged
    ? page?.provision
      ? []
      : unplacedRows.filter((row) => proposalMatches(page!, filterable(row)))
    : unplacedRows;
  const concerning = paged && new Set([...paged.proposalsOn.values(), unplacedShown].flatMap((rows) => rows.map((row) => row.id)));
  const conflicts: ConflictView[] = findConflicts(
    undecided.map((a) => ({ id: a.id, op: a.operation })),
    text,
    concerning || undefined,
  )
    .filter(({ amendmentIds: [a, b] }) => !contributionOf.get(a) || contributionOf.get(a) !== contributionOf.get(b))
    .map(conflictView);
  const conflictIndexes = new Map<string, number[]>();
  conflicts.forEach((conflict, index) => {
    for (const id of new Set(conflict.amendmentIds)) {
      const indexes = conflictIndexes.get(id);
      if (indexes) indexes.push(index);
      else conflictIndexes.set(id, [index]);
    }
  });
  // In the order of all conflicts, each once.
  const conflictsOf = (proposals: readonly ProposalView[] = []) =>
    [...new Set(proposals.flatMap((p) => conflictIndexes.get(p.amendmentId) ?? []))].sort((a, b) => a - b).map((index) => conflicts[index]);

  const inputsOn = (provisionId: string) => inputs.filter((input) => input.provisionIds.includes(provisionId)).map(inputView);

  const statusCounts: Record<string, number> = {};
  for (const amendment of amendments) statusCounts[amendment.status] = (statusCounts[amendment.status] ?? 0) + 1;

  const shownSections = sections.flatMap(({ section, part }) => {
    const provisions = outline.filter((place) => place.sectionId === section.id);
    const own = paged ? (paged.proposalsOn.get(section.id) ?? []) : bySection.get(section.id);
    const shownProvisions = paged ? provisions.filter((place) => paged.proposalsOn.has(place.provision.id)) : provisions;
    if (paged && !paged.proposalsOn.has(section.id) && shownProvisions.length === 0) return [];
    const ownViews = viewsOf(own);
    return [
      {
        id: section.id,
        part,
        heading: section.heading,
        citation: citeProvision(text, section.id) ?? '',
        proposals: ownViews,
        conflicts: conflictsOf(ownViews),
        provisions: shownProvisions.map((place) => {
          const proposals = viewsOf(paged ? paged.proposalsOn.get(place.provision.id) : byProvision.get(place.provision.id));
          return {
            id: place.provision.id,
            label: place.printedLabel,
            depth: place.depth,
            parentId: place.parentId ?? null,
            text: place.provision.text,
            footnotes: place.provision.footnotes.map((footnote) => footnote.text),
            proposals,
            conflicts: conflictsOf(proposals),
            inputs: inputsOn(place.provision.id),
            citation: citeProvision(text, place.provision.id) ?? '',
          };
        }),
      },
    ];
  });
  const unplaced = viewsOf(unplacedShown);
  const shownIds = new Set([
    ...unplaced.map((proposal) => proposal.amendmentId),
    ...shownSections.flatMap((section) => [
      ...section.proposals.map((proposal) => proposal.amendmentId),
      ...section.provisions.flatMap((provision) => provision.proposals.map((proposal) => proposal.amendmentId)),
    ]),
  ]);

  return {
    documentId: version.documentId,
    consultationId: version.consultationId,
    symbol: version.symbol,
    title: text.title,
    language: text.language,
    direction: text.language === 'ar' ? 'rtl' : 'ltr',
    version: {
      number: version.number,
      label: version.label,
      current: version.number === currentVersion,
      adoptedMeeting: version.adoptedMeeting,
      adoptedDate: version.adoptedDate,
      decisionId: version.decisionId,
    },
    sections: shownSections,
    unplaced,
    conflicts: paged ? conflicts.filter((conflict) => conflict.amendmentIds.some((id) => shownIds.has(id))) : conflicts,
    statusCounts,
    awaitingCoSubmitters: [...held.values()],
    inputs: inputs.filter((input) => input.provisionIds.length === 0).map(inputView),
    ...(paged && page
      ? {
          page: {
            number: paged.filtered.page,
            pages: paged.filtered.pages,
            limit: page.limit,
            paragraphs: paged.filtered.shown,
            totalParagraphs: outline.length,
            proposals: paged.filtered.entries.reduce((sum, entry) => sum + entry.proposals.length, 0),
            links: pageLinks(version.documentId, version.number, page, paged.filtered.page, paged.filtered.pages),
          },
        }
      : {}),
  };
}

function pageLinks(documentId: string, versionNumber: number, request: CompilationPageRequest, number: number, pages: number) {
  const link = (page: number) => compilationPageLink(documentId, request, page, { version: versionNumber });
  return {
    self: link(number),
    first: link(1),
    last: link(pages),
    ...(number > 1 ? { prev: link(number - 1) } : {}),
    ...(number < pages ? { next: link(number + 1) } : {}),
  };
}

/** A proposal as the compilation's filter reads it. */
function filterable(row: CompilationAmendmentRow): FilterableProposal & { readonly row: CompilationAmendmentRow } {
  return { status: row.status, proposers: row.proposers.map((id) => ({ id })), coSponsors: row.coSponsors.map((id) => ({ id })), row };
}

/**
 * The page asked, by the web page's own filter and paging (`filterCompilation`): the
 * proposals it shows by the id of the provision or section they stand at (an entry on the
 * page with none shown is there, with an empty list).
 */
function pageOfCompilation(
  sections: readonly { readonly section: Section }[],
  outline: readonly ProvisionPlace[],
  byProvision: ReadonlyMap<string, readonly CompilationAmendmentRow[]>,
  bySection: ReadonlyMap<string, readonly CompilationAmendmentRow[]>,
  page: CompilationPageRequest,
) {
  const only = page.provision;
  const skeleton = sections.flatMap(({ section }) => {
    const provisions = outline
      .filter((place) => place.sectionId === section.id && (only === undefined || place.provision.id === only))
      .map((place) => ({ id: place.provision.id, proposals: (byProvision.get(place.provision.id) ?? []).map(filterable) }));
    const ownShown = only === undefined || only === section.id;
    if (!ownShown && provisions.length === 0) return [];
    return [{ id: section.id, proposals: ownShown ? (bySection.get(section.id) ?? []).map(filterable) : [], provisions }];
  });
  const filtered = filterCompilation({ sections: skeleton }, page, page.limit);
  const proposalsOn = new Map<string, CompilationAmendmentRow[]>();
  for (const entry of filtered.entries) {
    if (filtered.onPage.has(entry.id))
      proposalsOn.set(
        entry.id,
        entry.proposals.map((proposal) => proposal.row),
      );
  }
  return { filtered, proposalsOn };
}

function inputView({ inputId, stakeholderId, stakeholderName, title, language }: CompilationInputView): CompilationInputView {
  return { inputId, stakeholderId, stakeholderName, title, language };
}

interface Describe {
  readonly labels: ReadonlyMap<string, string>;
  readonly headings: ReadonlyMap<string, string>;
}

function proposalView(amendment: CompilationAmendmentRow, text: ResolutionDocument, parties: Parties, describe: Describe): ProposalView {
  const inForce = decisionInForce(amendment.decisions);
  const { placement } = amendment;
  return {
    amendmentId: amendment.id,
    role: placement.role,
    operation: amendment.operation,
    change: changeOf(amendment.operation, text, describe),
    proposers: amendment.proposers.map((id) => partyOf(parties, id)),
    coSponsors: amendment.coSponsors.map((id) => partyOf(parties, id)),
    onBehalfOf: amendment.onBehalfOf ? partyOf(parties, amendment.onBehalfOf) : null,
    contribution: amendment.contributionId
      ? { id: amendment.contributionId, symbol: amendment.contributionSymbol ?? amendment.contributionId }
      : null,
    status: amendment.status,
    revision: amendment.revision,
    explanation: amendment.explanation,
    draftedAgainst: amendment.versionNumber,
    decision: inForce ? decisionRecordView(inForce) : null,
    decisions: amendment.decisions.map((decision) => decisionRecordView(decision)),
    withdrawal: withdrawalView(amendment.withdrawal),
    proposedAt: amendment.proposedAt.toISOString(),
    position: amendment.proposedPosition,
  };
}

/**
 * The proposal as the ITU prints it in a compilation: a MOD as the wording with struck and
 * new words, a SUP as the wording struck, an ADD as its text and where it goes.
 */
export function changeOf(op: AmendmentOperation, text: ResolutionDocument, describe: Describe): ProposalChangeView {
  const wordingOf = (id: string) => locateProvision(text, id)?.provision;
  switch (op.kind) {
    case 'modify':
    case 'replaceText':
    case 'offerAlternatives':
    case 'settleBrackets': {
      // The proposer's own base when the operation states it: a proposal left open from an earlier version reads against what it was drafted on.
      const before = 'oldText' in op ? op.oldText : 'baseText' in op ? op.baseText : wordingOf(op.provisionId)?.text;
      const after = before === undefined ? undefined : wordingAfter(op, before, text);
      return { tag: 'MOD', ...(before !== undefined && after !== undefined ? { segments: diffWords(before, after) } : {}) };
    }
    case 'suppress': {
      const wording = wordingOf(op.provisionId)?.text;
      return { tag: 'SUP', ...(wording !== undefined ? { segments: [{ kind: 'delete', text: wording }] } : {}) };
    }
    case 'add':
      return {
        tag: 'ADD',
        text: op.text,
        ...(op.footnotes?.length ? { footnotes: op.footnotes.map((footnote) => footnote.text) } : {}),
        place: provisionPlace(op.position, describe),
      };
    case 'move': {
      // A move that rewords the provision shows its new place and its words marked, as its MOD would.
      const rewording = rewordingOf(op);
      const words = rewording === undefined ? undefined : changeOf(rewording, text, describe).segments;
      return { tag: 'MOVE', ...(words !== undefined ? { segments: words } : {}), place: provisionPlace(op.position, describe) };
    }
    case 'addFootnote':
      return { tag: 'ADD', text: op.text };
    case 'changeFootnote': {
      const before = wordingOf(op.provisionId)?.footnotes.find((footnote) => footnote.id === op.footnoteId)?.text;
      return { tag: 'MOD', text: op.text, ...(before !== undefined ? { segments: diffWords(before, op.text) } : {}) };
    }
    case 'changeHeading': {
      const before = describe.headings.get(op.sectionId);
      return { tag: 'MOD', text: op.heading, ...(before !== undefined ? { segments: diffWords(before, op.heading) } : {}) };
    }
    case 'addSection':
      return { tag: 'ADD', text: op.heading, place: sectionPlace(op.position, describe) };
    case 'suppressFootnote': {
      const before = wordingOf(op.provisionId)?.footnotes.find((footnote) => footnote.id === op.footnoteId)?.text;
      return { tag: 'SUP', ...(before !== undefined ? { segments: [{ kind: 'delete', text: before }] } : {}) };
    }
    case 'changeTitle':
      return { tag: 'MOD', text: op.title, segments: diffWords(text.title, op.title) };
    case 'suppressSection': {
      const before = describe.headings.get(op.sectionId);
      return { tag: 'SUP', ...(before !== undefined ? { segments: [{ kind: 'delete', text: before }] } : {}) };
    }
  }
}

/** The wording of a provision reading `before` once the operation is applied, or undefined when it does not apply. */
function wordingAfter(op: AmendmentOperation & { provisionId: string }, before: string, like: ResolutionDocument): string | undefined {
  const alone: ResolutionDocument = {
    ...like,
    preamble: [{ id: '', heading: '', provisions: [{ id: op.provisionId, text: before, children: [], footnotes: [] }] }],
    operative: [],
  };
  const applied = applyAmendment(alone, op);
  return applied.ok ? locateProvision(applied.value, op.provisionId)?.provision.text : undefined;
}

function provisionPlace(position: ProvisionPosition, { labels, headings }: Describe): ProposalPlaceView {
  if ('atEndOf' in position) return { relation: 'at-end-of', id: position.atEndOf, label: headings.get(position.atEndOf) ?? '' };
  const [relation, id] =
    'before' in position
      ? (['before', position.before] as const)
      : 'after' in position
        ? (['after', position.after] as const)
        : (['inside', position.asChildOf] as const);
  return { relation, id, label: labels.get(id) ?? '' };
}

function sectionPlace(position: SectionPosition, { headings }: Describe): ProposalPlaceView {
  if ('atEndOfPart' in position) return { relation: 'at-end-of', id: position.atEndOfPart, label: position.atEndOfPart };
  const [relation, id] =
    'beforeSection' in position ? (['before', position.beforeSection] as const) : (['after', position.afterSection] as const);
  return { relation, id, label: headings.get(id) ?? '' };
}

function conflictView(conflict: Conflict): ConflictView {
  return {
    amendmentIds: [conflict.amendmentIds[0], conflict.amendmentIds[1]],
    reason: conflict.reason,
    key: conflict.key,
    params: conflict.params,
    message: conflict.message,
  };
}
