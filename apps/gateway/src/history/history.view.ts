import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsultationHistoryRow, HISTORY_KINDS, HistoryKind, TimelineMessage } from '#libs/read-models';
import { Locale, timelineText } from '#libs/web';

export class HistoryActorView {
  @ApiProperty({ example: 'chair-cwg-wsis' }) id: string;
  @ApiProperty({ example: 'chair', description: 'The role it acted in.' }) role: string;
  @ApiPropertyOptional() name?: string;
}

/** One thing that happened in a consultation. */
export class HistoryEntryView {
  @ApiProperty({ description: 'Global position of the event: the order of the timeline.' }) position: number;
  @ApiProperty({ format: 'date-time', description: 'When the ledger recorded it.' }) recordedAt: string;
  @ApiProperty({ enum: HISTORY_KINDS }) kind: HistoryKind;
  @ApiProperty({ type: HistoryActorView }) actor: HistoryActorView;
  @ApiProperty({
    type: [String],
    description:
      'The stakeholders involved: who acted as a stakeholder, submitters, proposers, co-sponsors, the group they speak for, the one admitted or reserving.',
  })
  stakeholders: string[];
  @ApiProperty({ type: [String], description: 'The provisions touched (for a section-level amendment, the section too).' })
  provisions: string[];
  @ApiProperty({ type: String, nullable: true }) documentId: string | null;
  @ApiProperty({ example: 'Accepted at CWG-WSIS&SDG-44 on 2026-04-10: MOD of op-1-1 (1), proposed by Arab Republic of Egypt (C26/12-A)' })
  summary: string;

  @ApiProperty({
    description:
      'The same line in the language Accept-Language asks for (Arabic or English; English otherwise), names and quoted words as printed.',
    example: 'القرار: قُبل في CWG-WSIS&SDG-44 بتاريخ 2026-04-10: تعديل يقرر أن يكلف الأمين العام، 1، باقتراح من جمهورية مصر العربية',
  })
  text: string;

  @ApiProperty({ enum: ['ar', 'en'], description: 'The language of `text`.' })
  language: Locale;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The line as a message key of the timeline catalogue and its parameters (strings are words as printed, numbers, nested messages, `{ list }`), for clients that render it themselves.',
  })
  message: TimelineMessage | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event as recorded (type, stream, correlation and payload), without the text of a whole document.',
  })
  details: object;
}

export class HistoryPage {
  @ApiProperty({ type: [HistoryEntryView] }) items: HistoryEntryView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
  @ApiPropertyOptional({ description: 'Opaque cursor for the page before; absent on the first page.' }) previous?: string;
}

/** A row as the API answers it, its line rendered in `locale` (the English summary where the row has no message). */
export function historyEntryView(row: ConsultationHistoryRow, locale: Locale = 'en'): HistoryEntryView {
  const text = row.message ? timelineText(row.message, locale) : undefined;
  return {
    position: row.position,
    recordedAt: row.recordedAt.toISOString(),
    kind: row.kind,
    actor: { ...row.actor },
    stakeholders: row.stakeholders,
    provisions: row.provisions,
    documentId: row.documentId,
    summary: row.summary,
    text: text ?? row.summary,
    language: text === undefined ? 'en' : locale,
    message: row.message,
    details: row.details,
  };
}
