import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StakeholderRow } from '#libs/read-models';
import type { Region, StakeholderCategory } from '#libs/contracts';
import { AT, POSITION } from '../views/view-fields';

/* What the stakeholder registry's queries answer. */

export class StakeholderView {
  @ApiProperty({ example: 'egypt' }) id: string;
  @ApiProperty({ example: 'Arab Republic of Egypt' }) name: string;
  @ApiProperty({ example: 'member-state' }) category: StakeholderCategory;
  @ApiProperty({ example: 'arab-states' }) region: Region;
  @ApiProperty({ type: [String], description: 'For a group: the stakeholders it speaks for.' }) memberIds: string[];
  @ApiProperty(AT) registeredAt: string;
  @ApiProperty(POSITION) lastPosition: number;
}

export class StakeholderPage {
  @ApiProperty({ type: [StakeholderView] }) items: StakeholderView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}

export function stakeholderView(row: StakeholderRow): StakeholderView {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    region: row.region,
    memberIds: row.memberIds,
    registeredAt: row.registeredAt.toISOString(),
    lastPosition: row.lastPosition,
  };
}
