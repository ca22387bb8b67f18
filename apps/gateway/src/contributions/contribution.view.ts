import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContributionRevisionRow, ContributionRow, ContributionStatusColumn } from '#libs/read-models';
import type { ContributionCover, ContributionSubstance } from '#libs/contracts';
import { AT, POSITION } from '../views/view-fields';

/* What the queries of contributions and their revisions answer. */

export class ContributionWithdrawalView {
  @ApiProperty() by: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty(AT) at: string;
}

export class CoSubmitterAnswerView {
  @ApiProperty({ example: 'egypt' }) stakeholderId: string;
  @ApiProperty({ description: 'Who recorded the answer: the co-submitter, a member of it, or the secretariat.' }) by: string;
  @ApiPropertyOptional({ description: 'The letter the secretariat recorded it from.' }) reference?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty(AT) at: string;
}

/** Where the co-submitters named on the latest revision stand. */
export class CoSubmissionView {
  @ApiProperty({ description: 'The revision the answers are to.' }) revision: number;
  @ApiProperty({ type: [String], description: 'Named co-submitters that have not answered yet.' }) awaiting: string[];
  @ApiProperty({ type: [CoSubmitterAnswerView] }) confirmed: CoSubmitterAnswerView[];
  @ApiProperty({ type: [CoSubmitterAnswerView] }) declined: CoSubmitterAnswerView[];
}

export class ContributionView {
  @ApiProperty() id: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'C23/71-E' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '0 for the original, 1 for Rev.1 ...' }) revision: number;
  @ApiProperty({
    enum: ['submitted', 'revised', 'awaiting-co-submitters', 'declined', 'withdrawn'],
    description:
      'awaiting-co-submitters (or declined): a submitter the cover names has not agreed, and the contribution is not before the meeting.',
  })
  status: ContributionStatusColumn;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The cover of the latest revision.' }) cover: ContributionCover;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'A draft, amendments to a document, or a report.' })
  substance: ContributionSubstance;
  @ApiProperty({ type: ContributionWithdrawalView, nullable: true }) withdrawal: ContributionWithdrawalView | null;
  @ApiProperty({ type: CoSubmissionView, nullable: true, description: 'Null when the submitter spoke for everyone it named.' })
  coSubmission: CoSubmissionView | null;
  @ApiProperty(AT) submittedAt: string;
  @ApiProperty(AT) updatedAt: string;
  @ApiProperty(POSITION) lastPosition: number;
}

export class ContributionPage {
  @ApiProperty({ type: [ContributionView] }) items: ContributionView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}

export class ContributionRevisionView {
  @ApiProperty() contributionId: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) cover: ContributionCover;
  @ApiProperty({ type: 'object', additionalProperties: true }) substance: ContributionSubstance;
  @ApiProperty(AT) recordedAt: string;
}

export function contributionView(row: ContributionRow): ContributionView {
  return {
    id: row.id,
    consultationId: row.consultationId,
    symbol: row.symbol,
    title: row.title,
    revision: row.revision,
    status: row.status,
    cover: row.cover,
    substance: row.substance,
    withdrawal: row.withdrawal ? { ...row.withdrawal } : null,
    coSubmission: row.coSubmission
      ? {
          revision: row.coSubmission.revision,
          awaiting: [...row.coSubmission.awaiting],
          confirmed: row.coSubmission.confirmed.map((a) => ({ ...a })),
          declined: row.coSubmission.declined.map((a) => ({ ...a })),
        }
      : null,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastPosition: row.lastPosition,
  };
}

export function contributionRevisionView(row: ContributionRevisionRow): ContributionRevisionView {
  return {
    contributionId: row.contributionId,
    revision: row.revision,
    cover: row.cover,
    substance: row.substance,
    recordedAt: row.recordedAt.toISOString(),
  };
}
