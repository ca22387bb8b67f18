import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, Length, ValidateIf } from 'class-validator';
import { CleanText } from '#libs/runtime';

/** The whole text as a stakeholder wants it: plain text, or the interchange format. */
export class DeriveProposalDto {
  @ApiPropertyOptional({
    description:
      "The whole text as plain text (as extracted from a word-processor file), imported as the document's base text was, in its language and style.",
    example: 'Resolution 1334 (Modified 2023)\n...',
  })
  @ValidateIf((dto: DeriveProposalDto) => dto.document === undefined)
  @IsString()
  @Length(1, 500_000)
  @CleanText()
  source?: string;

  @ApiPropertyOptional({
    description: 'The whole text in the interchange format (as `GET /documents/{id}/versions/{n}` answers it), edited.',
  })
  @ValidateIf((dto: DeriveProposalDto) => dto.source === undefined)
  @IsObject()
  document?: Record<string, unknown>;
}
