import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CleanText } from '#libs/runtime';
import type { ExplanationKind, ExplanationTiming } from '#libs/domain';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const EXPLANATION_KINDS: readonly ExplanationKind[] = ['position', 'vote'];
export const EXPLANATION_TIMINGS: readonly ExplanationTiming[] = ['before-adoption', 'after-adoption'];

/** An explanation of position or of vote, given from the floor or sent in writing. */
export class ExplainPositionDto {
  @ApiPropertyOptional({ example: 'eov-norway-1', description: 'Absent: the ledger names it (from the Idempotency-Key when given).' })
  @IsOptional()
  @Matches(ID)
  explanationId?: string;

  @ApiProperty({ example: 'norway', description: 'The delegation that explains (a member of a group may speak for it).' })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiProperty({
    enum: EXPLANATION_KINDS,
    description: 'position: on an adoption without a vote; vote: on a recorded vote (a member state).',
  })
  @IsIn(EXPLANATION_KINDS)
  kind: ExplanationKind;

  @ApiProperty({
    enum: EXPLANATION_TIMINGS,
    description: 'Before the adoption (on the version about to be adopted) or after it (on the version adopted).',
  })
  @IsIn(EXPLANATION_TIMINGS)
  timing: ExplanationTiming;

  @ApiProperty({ example: 'Norway voted against the draft because of paragraph 12.' })
  @IsString()
  @Length(1, 20000)
  @CleanText()
  text: string;

  @ApiPropertyOptional({ example: '61st plenary meeting' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @CleanText()
  meeting?: string;

  @ApiPropertyOptional({ example: 'plenary-61', description: 'The meeting as registered on the consultation.' })
  @IsOptional()
  @Matches(ID)
  meetingId?: string;

  @ApiPropertyOptional({ example: '2025-12-17' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be an ISO 8601 date (YYYY-MM-DD)' })
  date?: string;
}
