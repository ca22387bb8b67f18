import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAKEHOLDER_CATEGORIES, UN_LANGUAGES } from '#libs/contracts';
import type { StakeholderCategory } from '#libs/contracts';

/** A stakeholder's written input as published: never ruled on, withdrawn only by its submitter. */
export class StakeholderInputView {
  @ApiProperty({ format: 'uuid' }) inputId: string;
  @ApiProperty({ example: 'apc' }) stakeholderId: string;
  @ApiProperty({ example: 'Association for Progressive Communications', description: 'Its id while the registry is not projected.' })
  stakeholderName: string;
  @ApiProperty({ enum: STAKEHOLDER_CATEGORIES, nullable: true, type: String }) category: StakeholderCategory | null;
  @ApiProperty({ description: 'The version (revision) it comments on.' }) versionNumber: number;
  @ApiProperty({ type: [String], description: 'The provisions it concerns; empty when on the text as a whole.' }) provisionIds: string[];
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: UN_LANGUAGES }) language: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty() withdrawn: boolean;
}

export class InputWithdrawalView {
  @ApiProperty() by: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** One input, with the document and consultation it belongs to and its withdrawal. */
export class StakeholderInputDetailView extends StakeholderInputView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiProperty({ type: InputWithdrawalView, nullable: true }) withdrawal: InputWithdrawalView | null;
}

export class StakeholderInputListView {
  @ApiProperty({ type: [StakeholderInputView], description: 'In the order they were sent.' }) items: StakeholderInputView[];
}
