import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

export class RegisterConsultationDto {
  @ApiProperty({ example: 'Review of Resolution 1334 (Modified 2023)', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @CleanText()
  title: string;

  @ApiProperty({ example: 'ITU Council', description: 'The body that holds the consultation.', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @CleanText()
  body: string;

  @ApiProperty({ example: 'WSIS+20 review', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @CleanText()
  subject: string;

  @ApiProperty({ enum: UN_LANGUAGES, example: 'ar', description: 'Language of the original text.' })
  @IsIn(UN_LANGUAGES)
  originalLanguage: UnLanguage;
}
