import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;
export const LANGUAGE_TEXT_FORMATS = ['plain', 'interchange', 'word'] as const;
export type LanguageTextFormat = (typeof LANGUAGE_TEXT_FORMATS)[number];

/** A language version's whole text, as the secretariat has it: plain text, the interchange format, or what `POST /word-imports` read from a Word file. */
export class LanguageVersionTextDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }],
    description:
      'The whole translated text: plain text (as extracted from a word-processor file, or the `source` that `POST /word-imports` answers for a .docx), ' +
      "imported in the original's style, its language detected from the text; or, with format `interchange`, the text in the interchange format.",
    example: 'القرار 1334 (المعدَّل في 2023)\n...',
  })
  @IsDefined()
  @CleanText()
  text: string | Record<string, unknown>;

  @ApiPropertyOptional({
    enum: LANGUAGE_TEXT_FORMATS,
    description:
      'How `text` is given; plain when absent. `word`: plain text read from a Word file by `POST /word-imports`, recorded as such.',
  })
  @IsOptional()
  @IsIn(LANGUAGE_TEXT_FORMATS)
  format?: LanguageTextFormat;
}

export class AddLanguageVersionDto extends LanguageVersionTextDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Doubtful pairs the secretariat looked at and accepts, by the provision ids the preview gives them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @Matches(PROVISION_ID, { each: true, message: 'acceptDoubtful must list provision ids' })
  acceptDoubtful?: string[];
}

export class TranslatedProvisionDto {
  @ApiProperty({ example: 'pre-1-b', description: 'The provision, by the id its task gives.' })
  @Matches(PROVISION_ID, { message: 'provisionId must be a provision id' })
  provisionId: string;

  @ApiProperty({ example: 'بالقرار 140 (المراجَع في الدوحة، 2026) لمؤتمر المندوبين المفوضين،' })
  @IsString()
  @Length(1, 20_000)
  @CleanText()
  text: string;
}

export class RecordTranslationDto {
  @ApiProperty({ enum: UN_LANGUAGES, example: 'ar', description: 'The language version the wording is for (not the original).' })
  @IsIn(UN_LANGUAGES)
  language: UnLanguage;

  @ApiProperty({
    type: [TranslatedProvisionDto],
    description:
      'The new wording of each provision; closes its open tasks in that language. May be empty when only the title or adoption line is given.',
  })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => TranslatedProvisionDto)
  provisions: TranslatedProvisionDto[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'sec-pre-1': 'إذ يذكّر' },
    description: 'Section headings translated with them, by section id.',
  })
  @IsOptional()
  @IsObject()
  headings?: Record<string, string>;

  @ApiPropertyOptional({
    example: 'القرار 1334 (المعدَّل في 2026)',
    description: "The title in this language: it translates the original's current title (an adopted designation awaits it).",
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @CleanText()
  title?: string;

  @ApiPropertyOptional({
    example: 'اعتُمد في الجلسة العامة السابعة',
    description: 'The adoption line in this language, without parentheses.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @CleanText()
  adoptionLine?: string;
}
