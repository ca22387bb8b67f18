import { ApiProperty } from '@nestjs/swagger';
import { REGIONS, STAKEHOLDER_CATEGORIES } from '#libs/contracts';
import type { Region, StakeholderCategory } from '#libs/contracts';
import type { ParticipationReport } from './participation-tally';

/*
 * What the participation query answers, one class per shape for OpenAPI. The handler
 * returns plain objects of these shapes (see participation-tally.ts for the arithmetic).
 */

export class AmendmentOutcomesView {
  @ApiProperty({ example: 2 }) accepted: number;
  @ApiProperty({ example: 0 }) acceptedAsModified: number;
  @ApiProperty({ example: 1 }) merged: number;
  @ApiProperty({ example: 1 }) rejected: number;
  @ApiProperty({ example: 0 }) deferred: number;
  @ApiProperty({ example: 0 }) withdrawn: number;
  @ApiProperty({ example: 1 }) pending: number;
}

export class ContributionCountsView {
  @ApiProperty({ description: 'Distinct contributions it submitted, co-sponsored, or that were submitted on its behalf.', example: 2 })
  total: number;
  @ApiProperty({ description: 'As a submitter or as the group on whose behalf it was submitted.', example: 2 }) submitted: number;
  @ApiProperty({ example: 0 }) coSponsored: number;
  @ApiProperty({ description: 'Of the total, withdrawn since.', example: 1 }) withdrawn: number;
}

export class AmendmentCountsView {
  @ApiProperty({ description: 'Distinct amendments it proposed or co-sponsored; the outcomes add up to it.', example: 5 }) total: number;
  @ApiProperty({ description: 'As a proposer or as the group on whose behalf they were proposed.', example: 4 }) proposed: number;
  @ApiProperty({ example: 1 }) coSponsored: number;
  @ApiProperty({ type: AmendmentOutcomesView }) outcomes: AmendmentOutcomesView;
  @ApiProperty({ description: 'Accepted, accepted as modified, merged or rejected.', example: 4 }) decided: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '(accepted + accepted as modified + merged) / decided, to four decimals; null while none is decided.',
    example: 0.75,
  })
  acceptanceRate: number | null;
}

export class InputCountsView {
  @ApiProperty({ description: 'Distinct written inputs it sent (never ruled on).', example: 2 }) total: number;
  @ApiProperty({ description: 'Of the total, withdrawn since.', example: 0 }) withdrawn: number;
}

export class TallyView {
  @ApiProperty({ type: ContributionCountsView }) contributions: ContributionCountsView;
  @ApiProperty({ type: AmendmentCountsView }) amendments: AmendmentCountsView;
  @ApiProperty({ description: 'Reservations recorded for it.', example: 1 }) reservations: number;
  @ApiProperty({ type: InputCountsView, description: "A non-state stakeholder's written inputs." }) inputs: InputCountsView;
}

export class GroupTallyView extends TallyView {
  @ApiProperty({ description: 'Distinct stakeholders that took part (submitted, proposed, co-sponsored or reserved).', example: 2 })
  stakeholders: number;
  @ApiProperty({ description: 'Distinct stakeholders admitted as participants.', example: 3 }) admitted: number;
}

export class StakeholderParticipationView {
  @ApiProperty({ example: 'egypt' }) id: string;
  @ApiProperty({ example: 'Arab Republic of Egypt' }) name: string;
  @ApiProperty({ enum: STAKEHOLDER_CATEGORIES }) category: StakeholderCategory;
  @ApiProperty({ enum: REGIONS }) region: Region;
  @ApiProperty({ type: [String] }) memberIds: string[];
  @ApiProperty({ description: 'A group speaks for the stakeholders it lists.' }) isGroup: boolean;
  @ApiProperty({ type: TallyView, description: 'What it did itself; for a group, what was done in its name.' }) direct: TallyView;
  @ApiProperty({ type: TallyView, description: 'What the groups it belongs to did, counted for it as a member.' }) throughGroups: TallyView;
}

export class CategoryParticipationView {
  @ApiProperty({ enum: STAKEHOLDER_CATEGORIES }) category: StakeholderCategory;
  @ApiProperty({ type: GroupTallyView, description: 'Groups counted under their own category.' }) direct: GroupTallyView;
  @ApiProperty({ type: GroupTallyView, description: "Groups' contributions and amendments counted under their members' categories." })
  throughGroups: GroupTallyView;
}

export class RegionParticipationView {
  @ApiProperty({ enum: REGIONS }) region: Region;
  @ApiProperty({ type: GroupTallyView }) direct: GroupTallyView;
  @ApiProperty({ type: GroupTallyView }) throughGroups: GroupTallyView;
}

export class ParticipationView implements ParticipationReport {
  @ApiProperty({ type: String, nullable: true, description: 'Null when counted across all consultations.' }) consultationId: string | null;
  @ApiProperty({ type: String, nullable: true }) consultationTitle: string | null;
  @ApiProperty({
    type: [StakeholderParticipationView],
    description: 'Those that took part or were admitted, by category, region and name.',
  })
  stakeholders: StakeholderParticipationView[];
  @ApiProperty({ type: [CategoryParticipationView], description: 'Every stakeholder category, with zeros where none took part.' })
  byCategory: CategoryParticipationView[];
  @ApiProperty({ type: [RegionParticipationView], description: 'Every region, with zeros where none took part.' })
  byRegion: RegionParticipationView[];
  @ApiProperty({ type: GroupTallyView, description: 'Everyone together; each contribution and amendment counted once.' })
  totals: GroupTallyView;
}
