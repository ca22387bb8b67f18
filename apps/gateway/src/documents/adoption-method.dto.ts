import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { VOTES, Vote } from '#libs/contracts';
import { AdoptionMethodInput } from '#libs/domain';
import { ProblemException, problem } from '#libs/runtime';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
/** The General Assembly has 193 members; room for every member of any body the ledger serves. */
const MAX_VOTERS = 400;

export class VoteDto {
  @ApiProperty({ example: 'egypt', description: 'A registered member state; groups do not vote.' })
  @Matches(ACTOR_ID)
  stakeholderId: string;

  @ApiProperty({ enum: VOTES, example: 'yes' })
  @IsIn(VOTES)
  vote: Vote;
}

/** How the text was adopted: without a vote, or by a recorded vote with each member state's vote. */
export class AdoptionMethodDto {
  @ApiProperty({ enum: ['consensus', 'recorded-vote'], description: 'consensus: adopted without a vote.' })
  @IsIn(['consensus', 'recorded-vote'])
  kind: 'consensus' | 'recorded-vote';

  @ApiPropertyOptional({
    type: [VoteDto],
    description: 'For a recorded vote: each member state that voted, once, with its vote; the tally is counted from them.',
  })
  @ValidateIf((method: AdoptionMethodDto) => method.kind === 'recorded-vote' || method.votes !== undefined)
  @IsArray()
  @ArrayMinSize(1, { message: 'a recorded vote lists the vote of each member state that voted' })
  @ArrayMaxSize(MAX_VOTERS)
  @ValidateNested({ each: true })
  @Type(() => VoteDto)
  votes?: VoteDto[];
}

/** The method as the domain takes it; votes with an adoption without a vote are a contradiction the caller must resolve. */
export function adoptionMethodFrom(dto: AdoptionMethodDto | undefined): AdoptionMethodInput | undefined {
  if (!dto) return undefined;
  if (dto.kind === 'consensus') {
    if (dto.votes !== undefined)
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', 'method.votes go with a recorded vote only; an adoption without a vote has none'),
      );
    return { kind: 'consensus' };
  }
  return { kind: 'recorded-vote', votes: (dto.votes ?? []).map(({ stakeholderId, vote }) => ({ stakeholderId, vote })) };
}
