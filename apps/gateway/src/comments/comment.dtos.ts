import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { CleanText } from '#libs/runtime';

const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** As the domain keeps it (MAX_COMMENT_CHARACTERS); the edge refuses longer before a command is sent. */
export const MAX_COMMENT_TEXT = 4000;

/** A comment in the thread of an amendment or of a provision of a document. */
export class PostCommentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Made by the server when absent.' })
  @IsOptional()
  @IsUUID()
  commentId?: string;

  @ApiProperty({ enum: ['amendment', 'provision'] })
  @IsIn(['amendment', 'provision'])
  on: 'amendment' | 'provision';

  @ApiProperty({ description: 'The amendment or the provision the thread is on.' })
  @Matches(SUBJECT_ID)
  subjectId: string;

  @ApiProperty({
    example: 'kenya',
    description: 'The stakeholder it speaks for (the caller or its group); the secretariat and chairs write as themselves.',
  })
  @Matches(ACTOR_ID)
  authorId: string;

  @ApiProperty({ description: `1 to ${MAX_COMMENT_TEXT} characters.` })
  @IsString()
  @Length(1, MAX_COMMENT_TEXT)
  @CleanText()
  text: string;

  @ApiProperty({ enum: UN_LANGUAGES, example: 'ar' })
  @IsIn(UN_LANGUAGES)
  language: UnLanguage;

  @ApiPropertyOptional({ format: 'uuid', description: 'The comment of the same thread it answers.' })
  @IsOptional()
  @IsUUID()
  replyTo?: string;
}

export class HideCommentDto {
  @ApiProperty({ description: 'Shown to readers in place of the comment.' })
  @IsString()
  @Length(1, 500)
  @CleanText()
  reason: string;
}

export class CommentHidingView {
  @ApiProperty() by: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CommentView {
  @ApiProperty() commentId: string;
  @ApiProperty() authorId: string;
  @ApiProperty() authorName: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null for a hidden comment, but to the secretariat.' }) text:
    string | null;
  @ApiProperty() language: string;
  @ApiPropertyOptional({ nullable: true, type: String }) replyTo: string | null;
  @ApiProperty({ format: 'date-time' }) postedAt: string;
  @ApiPropertyOptional({
    nullable: true,
    type: CommentHidingView,
    description: 'Who hid it and why: "hidden by the secretariat: <reason>".',
  })
  hidden: { by: string; reason: string; at: string } | null;
}

export class CommentThreadView {
  @ApiProperty({ enum: ['amendment', 'provision'] }) on: string;
  @ApiProperty() subjectId: string;
  @ApiProperty({ type: [CommentView] }) items: CommentView[];
}
