import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Region, Ruling, StakeholderCategory } from '#libs/contracts';
import type { AmendmentDecisionRecord, AmendmentWithdrawalRecord } from '#libs/read-models';
import type { AmendmentOperation } from '#libs/text';

/*
 * What the compilation and provenance say about the people and decisions behind an
 * amendment: parties by name and category, the contribution that brought it, the
 * chair's decisions on it. Plain JSON, one class per shape for OpenAPI.
 */

export const OPERATION = {
  type: 'object',
  additionalProperties: true,
  description: 'An amendment operation of the text engine (add, modify, replaceText, suppress, move, ...).',
} as const;
const AT = { format: 'date-time' } as const;

/** A stakeholder as the negotiation views name it. */
export class PartyView {
  @ApiProperty({ example: 'egypt' }) id: string;
  @ApiProperty({ example: 'Arab Republic of Egypt', description: 'The registered name; the id when the registry does not know it.' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: 'member-state' }) category: StakeholderCategory | null;
  @ApiProperty({ type: String, nullable: true, example: 'arab-states' }) region: Region | null;
}

/** The parties a view names, by id: what a handler reads from its projection's stakeholders. */
export type Parties = ReadonlyMap<string, PartyView>;

/** A stakeholder by id, named by the registry when it knows it. */
export function partyOf(parties: Parties, id: string): PartyView {
  return parties.get(id) ?? { id, name: id, category: null, region: null };
}

/** Every stakeholder an amendment names: proposers, co-sponsors and the group they speak for. */
export function sponsorIds(amendment: {
  proposers: readonly string[];
  coSponsors: readonly string[];
  onBehalfOf: string | null;
}): string[] {
  return [...amendment.proposers, ...amendment.coSponsors, ...(amendment.onBehalfOf ? [amendment.onBehalfOf] : [])];
}

export class ContributionRefView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'C26/15(Rev.1)-A', description: 'Its symbol when it brought (or last revised) the amendment.' }) symbol: string;
}

/** One of the chair's decisions on an amendment: a ruling, a merge that took it in, or a correction citing an earlier decision. */
export class DecisionRecordView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['ruling', 'merge', 'correction'] }) kind: 'ruling' | 'merge' | 'correction';
  @ApiProperty({ enum: ['accepted', 'rejected', 'accepted-as-modified', 'deferred', 'merged'] }) ruling: Ruling | 'merged';
  @ApiPropertyOptional({ ...OPERATION, description: "The chair's compromise text (accepted as modified)." })
  compromise?: AmendmentOperation;
  @ApiPropertyOptional({ ...OPERATION, description: 'For a merge: the single text the chair made of the amendments.' })
  operation?: AmendmentOperation;
  @ApiPropertyOptional({ type: [String], description: 'For a merge: the amendments it took in.' }) amendmentIds?: string[];
  @ApiPropertyOptional({ ...OPERATION, description: 'What the decision applied to the working text (in provenance).' })
  applied?: AmendmentOperation;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ description: 'For a correction: the decision it corrects (which stays in the record).' }) corrects?: string;
  @ApiPropertyOptional({ description: 'The correction that superseded this decision.' }) correctedBy?: string;
  @ApiPropertyOptional({ example: 'CWG-WSIS&SDG-44' }) meeting?: string;
  @ApiPropertyOptional({ example: '2026-04-10' }) date?: string;
  @ApiProperty({ description: 'The chair who took it.' }) decidedBy: string;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty({ description: 'Global position of the decision in the log.' }) position: number;
}

export class WithdrawalView {
  @ApiProperty({ description: 'Who withdrew it.' }) by: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty() position: number;
}

/**
 * A decision as recorded, its fields in a reading order. `applied` (the operation as the
 * text engine rebased it onto the working text) is left out unless asked for: the
 * compilation shows what was proposed and decided; provenance also what it did.
 */
export function decisionRecordView(decision: AmendmentDecisionRecord, { withApplied = false } = {}): DecisionRecordView {
  const optional = <K extends keyof AmendmentDecisionRecord>(key: K) => (decision[key] === undefined ? {} : { [key]: decision[key] });
  return {
    id: decision.id,
    kind: decision.kind,
    ruling: decision.ruling,
    ...optional('meeting'),
    ...optional('date'),
    ...optional('reason'),
    ...optional('compromise'),
    ...optional('operation'),
    ...(decision.amendmentIds ? { amendmentIds: [...decision.amendmentIds] } : {}),
    ...(withApplied ? optional('applied') : {}),
    ...optional('corrects'),
    ...optional('correctedBy'),
    decidedBy: decision.decidedBy,
    recordedAt: decision.recordedAt,
    position: decision.position,
  };
}

export function withdrawalView(withdrawal: AmendmentWithdrawalRecord | null): WithdrawalView | null {
  return withdrawal ? { ...withdrawal } : null;
}

/** The decision in force on an amendment: the latest one that no correction superseded. */
export function decisionInForce(decisions: readonly AmendmentDecisionRecord[]): AmendmentDecisionRecord | undefined {
  return [...decisions].reverse().find((decision) => decision.correctedBy === undefined);
}
