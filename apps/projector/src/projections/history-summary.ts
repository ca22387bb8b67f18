import type { AdoptionMethod, PositionExplainedV1, Ruling } from '#libs/contracts';
import type { AmendmentOperation, ProvisionPosition, SectionPosition } from '#libs/text';

/**
 * How the one-line summaries of the consultation history name things. Summaries are in
 * English; the document's own words (labels, headings, quoted text) are kept as printed.
 */
export interface Names {
  /** A stakeholder's name, or its id when the registry does not know it. */
  stakeholder(id: string): string;
  /** A provision by its id and, when the latest text has it, its label as printed: "op-1-1 [1]", "pre-1-2 [ب)]". */
  provision(id: string): string;
  /** A section by its id and heading: `op-1 "يقرر أن يكلف الأمين العام"`. */
  section(id: string): string;
}

/** What an amendment proposes, the way the ITU tags it: "MOD of op-1-1 [1]", `ADD op-1-new after op-1-12 [12]: "to report…"`. */
export function describeOperation(op: AmendmentOperation, names: Names): string {
  switch (op.kind) {
    case 'add':
      return `ADD ${op.newId} ${provisionPlace(op.position, names)}: "${quote(op.text, 60)}"`;
    case 'modify':
      return `MOD of ${names.provision(op.provisionId)}`;
    case 'replaceText':
      return `new wording of ${names.provision(op.provisionId)}`;
    case 'suppress':
      return `SUP of ${names.provision(op.provisionId)}`;
    case 'move':
      return 'oldText' in op || 'baseText' in op
        ? `MOVE and MOD of ${names.provision(op.provisionId)} ${provisionPlace(op.position, names)} (moved and amended)`
        : `MOVE of ${names.provision(op.provisionId)} ${provisionPlace(op.position, names)}`;
    case 'addFootnote':
      return `ADD footnote to ${names.provision(op.provisionId)}`;
    case 'changeFootnote':
      return `MOD of footnote ${op.footnoteId} of ${names.provision(op.provisionId)}`;
    case 'suppressFootnote':
      return `SUP of footnote ${op.footnoteId} of ${names.provision(op.provisionId)}`;
    case 'changeTitle':
      return `new title: "${quote(op.title)}"`;
    case 'suppressSection':
      return `SUP of section ${names.section(op.sectionId)} with its provisions`;
    case 'offerAlternatives':
      return `bracketed alternatives in ${names.provision(op.provisionId)}: ${op.alternatives.map((alternative) => `[${quote(alternative, 40)}]`).join(' ')}`;
    case 'settleBrackets':
      return `settlement of the brackets in ${names.provision(op.provisionId)}`;
    case 'changeHeading':
      return `new heading of ${names.section(op.sectionId)}: "${quote(op.heading)}"`;
    case 'addSection':
      return `ADD section ${op.sectionId} "${quote(op.heading)}" ${sectionPlace(op.position, names)}`;
  }
}

function provisionPlace(position: ProvisionPosition, names: Names): string {
  if ('before' in position) return `before ${names.provision(position.before)}`;
  if ('after' in position) return `after ${names.provision(position.after)}`;
  if ('asChildOf' in position) return `as a sub-item of ${names.provision(position.asChildOf)}`;
  return `at the end of ${names.section(position.atEndOf)}`;
}

function sectionPlace(position: SectionPosition, names: Names): string {
  if ('beforeSection' in position) return `before ${names.section(position.beforeSection)}`;
  if ('afterSection' in position) return `after ${names.section(position.afterSection)}`;
  return `at the end of the ${position.atEndOfPart}`;
}

/** "A", "A and B", "A, B and C". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Who stands behind a proposal: its proposers, the group they speak for, its co-sponsors. */
export function sponsorsPhrase(
  sponsors: { readonly proposers: readonly string[]; readonly coSponsors?: readonly string[]; readonly onBehalfOf?: string | null },
  names: Names,
): string {
  const proposers = listed(sponsors.proposers.map((id) => names.stakeholder(id)));
  const behalf = sponsors.onBehalfOf ? ` on behalf of ${names.stakeholder(sponsors.onBehalfOf)}` : '';
  const coSponsors = sponsors.coSponsors?.length
    ? `, co-sponsored by ${listed(sponsors.coSponsors.map((id) => names.stakeholder(id)))}`
    : '';
  return `${proposers}${behalf}${coSponsors}`;
}

/** Where and when a decision was taken: " at CWG-WSIS&SDG-44 on 2026-04-10". */
export function sittingPhrase(sitting: { readonly meeting?: string; readonly date?: string }): string {
  return `${sitting.meeting ? ` at ${sitting.meeting}` : ''}${sitting.date ? ` on ${sitting.date}` : ''}`;
}

/** Where, when and as what a version was adopted: " at sixth Plenary Meeting (Geneva, 2023-07-20) as Resolution 1334 (Modified 2023)". */
export function adoptionPhrase(adoption: {
  readonly meeting?: string;
  readonly date?: string;
  readonly place?: string;
  readonly number?: string;
}): string {
  const where = adoption.place
    ? ` at ${adoption.meeting} (${[adoption.place, adoption.date].filter(Boolean).join(', ')})`
    : sittingPhrase(adoption);
  return `${where}${adoption.number ? ` as ${adoption.number}` : ''}`;
}

/** How a version was adopted: " without a vote", " by a recorded vote of 150 to 5, with 10 abstentions", nothing when not recorded. */
export function methodPhrase(method: AdoptionMethod | undefined): string {
  if (!method) return '';
  if (method.kind === 'consensus') return ' without a vote';
  const { yes, no, abstain } = method.tally;
  return ` by a recorded vote of ${yes} to ${no === 0 ? 'none' : no}, with ${abstain === 0 ? 'no abstentions' : counted(abstain, 'abstention')}`;
}

/** "explanation of vote before the adoption", "explanation of position after the adoption". */
export function explanationPhrase(explanation: Pick<PositionExplainedV1, 'kind' | 'timing'>): string {
  return `explanation of ${explanation.kind} ${explanation.timing === 'before-adoption' ? 'before' : 'after'} the adoption`;
}

const RULING_WORDS: Record<Ruling, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  'accepted-as-modified': 'Accepted as modified',
  deferred: 'Deferred',
};

/** A ruling as the chair announces it: "Accepted as modified". */
export function rulingWord(ruling: Ruling): string {
  return RULING_WORDS[ruling];
}

/** A text shortened for a one-line summary, on one line. */
export function quote(text: string, maxLength = 80): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= maxLength ? line : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}

/** "1 amendment", "3 amendments". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
