/*
 * The statuses the chair recorded (the state of play) as they stood at a moment: the
 * rounds recorded by then, replayed in order, a revision reopening (pending again) the
 * provisions whose words it changed, as the state-of-play projection does. Pure.
 */
import type { ProvisionStatus } from '#libs/contracts';
import { ResolutionDocument, outlineDocument } from '#libs/text';

/** One round of statuses recorded on a document. */
export interface StatusRound {
  readonly documentId: string;
  readonly recordedAt: Date;
  readonly statuses: readonly { readonly provisionId: string; readonly status: ProvisionStatus }[];
}

/** A version of a document (the registered text, a revision, an adopted version) with its text. */
export interface VersionText {
  readonly documentId: string;
  readonly number: number;
  readonly recordedAt: Date;
  readonly text: ResolutionDocument;
}

/** Where a provision stands in the burn-down. */
export type Standing = 'open' | 'bracketed' | 'agreed';

/** Agreed, agreed ad referendum and agreed to be deleted are settled; bracketed is bracketed; pending is open. */
export function standingOfStatus(status: ProvisionStatus): Standing {
  if (status === 'bracketed') return 'bracketed';
  return status === 'pending' ? 'open' : 'agreed';
}

function wordsByProvision(text: ResolutionDocument): Map<string, string> {
  return new Map(outlineDocument(text).map((place) => [place.provision.id, place.provision.text]));
}

/** The provisions whose words a version changed from the version before it (new ones included). */
function reworded(before: ResolutionDocument, after: ResolutionDocument): Set<string> {
  const old = wordsByProvision(before);
  return new Set([...wordsByProvision(after)].filter(([id, words]) => old.get(id) !== words).map(([id]) => id));
}

type Step = { readonly at: Date; readonly apply: (statuses: Map<string, ProvisionStatus>) => void };

/**
 * A replay of a document's recorded statuses: `at(moment)` gives each provision's status
 * then (a provision without one is pending), or null while no round was recorded yet.
 */
export function recordedStatuses(
  rounds: readonly StatusRound[],
  versions: readonly VersionText[],
): (documentId: string, moment: Date) => ReadonlyMap<string, ProvisionStatus> | null {
  const stepsOf = new Map<string, Step[]>();
  const add = (documentId: string, step: Step) => stepsOf.set(documentId, [...(stepsOf.get(documentId) ?? []), step]);
  for (const round of rounds)
    add(round.documentId, {
      at: round.recordedAt,
      apply: (statuses) => round.statuses.forEach(({ provisionId, status }) => statuses.set(provisionId, status)),
    });
  const ordered = [...versions].sort((a, b) => a.number - b.number);
  for (const version of ordered) {
    const previous = ordered.filter((v) => v.documentId === version.documentId && v.number < version.number).at(-1);
    if (!previous) continue;
    const changed = reworded(previous.text, version.text);
    add(version.documentId, {
      at: version.recordedAt,
      apply: (statuses) => changed.forEach((id) => statuses.has(id) && statuses.set(id, 'pending')),
    });
  }
  for (const steps of stepsOf.values()) steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  const firstRound = new Map<string, number>();
  for (const round of rounds)
    firstRound.set(round.documentId, Math.min(firstRound.get(round.documentId) ?? Infinity, round.recordedAt.getTime()));

  return (documentId, moment) => {
    const first = firstRound.get(documentId);
    if (first === undefined || first > moment.getTime()) return null;
    const statuses = new Map<string, ProvisionStatus>();
    for (const step of stepsOf.get(documentId) ?? []) if (step.at <= moment) step.apply(statuses);
    return statuses;
  };
}
