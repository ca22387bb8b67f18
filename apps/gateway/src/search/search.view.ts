import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const SEARCH_KINDS = ['document', 'provision', 'contribution', 'input'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How a hit matched, best first. */
export const SEARCH_MATCHES = ['word', 'prefix', 'substring', 'all-terms'] as const;
export type SearchMatchKind = (typeof SEARCH_MATCHES)[number];

export class HighlightView {
  @ApiProperty({ description: 'UTF-16 offset in the snippet text.' }) start: number;
  @ApiProperty() end: number;
}

export class SnippetView {
  @ApiProperty({
    description: 'Plain text around the first match; "…" where the text was cut.',
    example: 'بالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين…',
  })
  text: string;
  @ApiProperty({
    description: 'The same text, HTML-escaped, with each match in <mark>.',
    example: '<mark>بالقرار</mark> 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين…',
  })
  html: string;
  @ApiProperty({ type: [HighlightView], description: 'Where the matches stand in `text`.' }) highlights: HighlightView[];
}

export class ProvisionVersionsView {
  @ApiProperty({ description: 'Whether the working text (the latest version with every decision since) reads so.' }) working: boolean;
  @ApiProperty({ type: [Number], description: 'The versions that read so (1 is the registered base text).' }) numbers: number[];
}

/** A provision as one language version reads it now. */
export class ProvisionLanguageView {
  @ApiProperty({ example: 'fr' }) language: string;
  @ApiProperty({ description: 'The label as printed in that language; empty for an unlabelled paragraph.', example: 'b)' }) label: string;
  @ApiProperty({ description: "Its section's heading in that language.", example: 'rappelant' }) title: string;
  @ApiProperty({ description: 'Its words (and footnotes) in that language.' }) text: string;
}

export class SearchHitView {
  @ApiProperty({ enum: SEARCH_KINDS }) kind: SearchKind;
  @ApiProperty({ description: "The document's, provision's or contribution's id.", example: 'pre-1-1' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'The document (of a provision, or the one a contribution amends or brings).' })
  documentId: string | null;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'ar' }) language: string;
  @ApiProperty({ description: "A document's symbol and version, a provision's label, a contribution's symbol.", example: 'أ )' })
  label: string;
  @ApiProperty({ description: "A document's or contribution's title; a provision's section heading.", example: 'إذ يذكّر' }) title: string;
  @ApiPropertyOptional({ type: ProvisionVersionsView, description: 'Provisions: where this wording stands.' })
  versions?: ProvisionVersionsView;
  @ApiPropertyOptional({
    type: [ProvisionLanguageView],
    description:
      'Provisions of a document with language versions: the provision in every language it exists in now (the original and each language version with words for it), ' +
      'in the order Arabic, Chinese, English, French, Russian, Spanish. Absent when the provision reads in one language only.',
  })
  languages?: ProvisionLanguageView[];
  @ApiPropertyOptional({ description: 'Contributions: submitted, revised or withdrawn.' }) status?: string;
  @ApiProperty({ type: SnippetView }) snippet: SnippetView;
  @ApiProperty({
    description:
      'Higher is better: 4 whole words, 3 start of a word, 2 inside a word, 1 every term but not as a phrase. Ties: the most recent first.',
    example: 4,
  })
  rank: number;
  @ApiProperty({ enum: SEARCH_MATCHES }) match: SearchMatchKind;
}

export class SearchPageView {
  @ApiProperty({ description: 'The search key the query was read as: what was looked for.', example: 'قرار' }) key: string;
  @ApiProperty({ type: [SearchHitView] }) items: SearchHitView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}
