/*
 * The contention map's figures, from the text as it stood at a moment and the compilation's
 * amendments: which were still undecided then, where they stand, the conflicts among them,
 * the brackets in the words. Pure: the query reads the rows, this counts.
 */
import type { AmendmentDecisionRecord, AmendmentPlacement, AmendmentWithdrawalRecord } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, citeProvisionOr, findConflicts, listUnsettledBrackets, outlineDocument } from '#libs/text';
import { ContentionCounts, ContentionFigures, ContentionProvision, ContentionSection, contentionLevel } from '#libs/pictures';

/** What the map needs of an amendment row of the compilation. */
export interface ContentionAmendment {
  readonly id: string;
  readonly operation: AmendmentOperation;
  readonly placement: AmendmentPlacement;
  readonly proposers: readonly string[];
  readonly coSponsors: readonly string[];
  readonly onBehalfOf: string | null;
  readonly contributionId: string | null;
  readonly status: string;
  readonly proposedPosition: number;
  readonly proposedAt: Date;
  readonly decisions: readonly AmendmentDecisionRecord[];
  readonly withdrawal: AmendmentWithdrawalRecord | null;
}

/** The moment of the map: now, or the last event at or before a position or a time. */
export type ContentionMoment =
  { readonly kind: 'now' } | { readonly kind: 'position'; readonly position: number } | { readonly kind: 'time'; readonly at: Date };

const OPENING_CHARACTERS = 90;

function happenedBy(moment: ContentionMoment, position: number, recordedAt: string | Date): boolean {
  switch (moment.kind) {
    case 'now':
      return true;
    case 'position':
      return position <= moment.position;
    case 'time':
      return new Date(recordedAt).getTime() <= moment.at.getTime();
  }
}

/**
 * Whether an amendment was before the meeting, undecided, at the moment: proposed by then,
 * not withdrawn, and no decision in force but a deferral (a deferred amendment is still to
 * be decided). A decision corrected by then gives way to its correction.
 */
export function undecidedAt(amendment: ContentionAmendment, moment: ContentionMoment): boolean {
  if (!happenedBy(moment, amendment.proposedPosition, amendment.proposedAt)) return false;
  if (amendment.withdrawal && happenedBy(moment, amendment.withdrawal.position, amendment.withdrawal.recordedAt)) return false;
  // Overtaken by a revision of its contribution: its successor stands in its place.
  if (amendment.status === 'overtaken' && amendment.decisions.length === 0) return false;
  const taken = amendment.decisions.filter((d) => happenedBy(moment, d.position, d.recordedAt));
  const inForce = taken.filter((d) => !d.correctedBy || !taken.some((other) => other.id === d.correctedBy)).at(-1);
  return !inForce || inForce.ruling === 'deferred';
}

const ZERO: ContentionCounts = { pendingAmendments: 0, conflicts: 0, brackets: 0, proposers: 0 };

function sponsors(a: ContentionAmendment): string[] {
  return [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])];
}

function opening(words: string): string {
  return words.length <= OPENING_CHARACTERS ? words : `${words.slice(0, OPENING_CHARACTERS - 1).trimEnd()}…`;
}

/** The last event at or before the moment among the text's and the amendments': what the map shows. */
export function lastEventBy(
  moment: ContentionMoment,
  text: { readonly position: number; readonly recordedAt: string },
  amendments: readonly ContentionAmendment[],
): { position: number; recordedAt: string } {
  let last = text;
  const consider = (position: number, recordedAt: string | Date) => {
    if (position > last.position && happenedBy(moment, position, recordedAt))
      last = { position, recordedAt: new Date(recordedAt).toISOString() };
  };
  for (const a of amendments) {
    consider(a.proposedPosition, a.proposedAt);
    for (const d of a.decisions) consider(d.position, d.recordedAt);
    if (a.withdrawal) consider(a.withdrawal.position, a.withdrawal.recordedAt);
  }
  return last;
}

/** The contention map's figures of a document's text at a moment, with the amendments on it. */
export function contentionFigures(input: {
  readonly documentId: string;
  readonly symbol: string;
  readonly text: ResolutionDocument;
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly asOf: { readonly position: number; readonly recordedAt: string };
  readonly moment: ContentionMoment;
  readonly amendments: readonly ContentionAmendment[];
}): ContentionFigures {
  const { text, moment } = input;
  const undecided = input.amendments.filter((a) => undecidedAt(a, moment));
  // A contribution's own amendments are one proposal, not rivals (as in the compilation).
  const contributionOf = new Map(undecided.map((a) => [a.id, a.contributionId]));
  const conflicts = findConflicts(
    undecided.map((a) => ({ id: a.id, op: a.operation })),
    text,
  ).filter(({ amendmentIds: [a, b] }) => !contributionOf.get(a) || contributionOf.get(a) !== contributionOf.get(b));

  // Where each undecided amendment stands: a provision of the text, else a section.
  const placeOf = new Map<string, string>();
  for (const a of undecided) {
    const place = 'provisionId' in a.placement ? a.placement.provisionId : 'sectionId' in a.placement ? a.placement.sectionId : undefined;
    if (place) placeOf.set(a.id, place);
  }
  const amendmentsAt = new Map<string, ContentionAmendment[]>();
  for (const a of undecided) {
    const place = placeOf.get(a.id);
    if (!place) continue;
    const on = amendmentsAt.get(place);
    if (on) on.push(a);
    else amendmentsAt.set(place, [a]);
  }
  const conflictsAt = new Map<string, number>();
  for (const { amendmentIds } of conflicts) {
    for (const place of new Set(amendmentIds.map((id) => placeOf.get(id)).filter((p): p is string => p !== undefined)))
      conflictsAt.set(place, (conflictsAt.get(place) ?? 0) + 1);
  }
  const bracketsAt = new Map<string, number>();
  const unsettled = listUnsettledBrackets(text);
  for (const group of unsettled) bracketsAt.set(group.provisionId, (bracketsAt.get(group.provisionId) ?? 0) + 1);

  const countsAt = (place: string): ContentionCounts => {
    const on = amendmentsAt.get(place) ?? [];
    return {
      pendingAmendments: on.length,
      conflicts: conflictsAt.get(place) ?? 0,
      brackets: bracketsAt.get(place) ?? 0,
      proposers: new Set(on.flatMap(sponsors)).size,
    };
  };

  const outline = outlineDocument(text);
  const sections: ContentionSection[] = [
    ...text.preamble.map((section) => ({ section, part: 'preamble' as const })),
    ...text.operative.map((section) => ({ section, part: 'operative' as const })),
  ].map(({ section, part }) => ({
    sectionId: section.id,
    part,
    heading: section.heading,
    ...(amendmentsAt.has(section.id) || conflictsAt.has(section.id) ? countsAt(section.id) : ZERO),
    provisions: outline
      .filter((place) => place.sectionId === section.id)
      .map((place): ContentionProvision => {
        const counts = countsAt(place.provision.id);
        return {
          provisionId: place.provision.id,
          citation: citeProvisionOr(text, place.provision.id, place.printedLabel),
          label: place.printedLabel,
          depth: place.depth,
          opening: opening(place.provision.text),
          ...counts,
          level: contentionLevel(counts),
        };
      }),
  }));
  const provisions = sections.flatMap((s) => s.provisions);
  return {
    documentId: input.documentId,
    symbol: input.symbol,
    title: text.title,
    language: text.language,
    asOf: input.asOf,
    versionNumber: input.versionNumber,
    versionLabel: input.versionLabel,
    sections,
    totals: {
      provisions: provisions.length,
      contested: provisions.filter((p) => p.level > 0).length,
      pendingAmendments: undecided.length,
      conflicts: conflicts.length,
      brackets: unsettled.length,
      proposers: new Set(undecided.flatMap(sponsors)).size,
    },
  };
}
