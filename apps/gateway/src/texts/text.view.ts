import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DiffSummary, InterchangeDocument, renderCleanText, renderHtml, renderMarkedText, toInterchange } from '#libs/text';
import { DocumentTextAt } from './get-document-text';
import { MarkedComparison, MarkedSide } from './get-marked-text';
import { TextFormat } from './text-request';

/*
 * What the text endpoints answer, in each representation: JSON (the interchange format
 * with where the text stands in the record), clean or marked plain text, and HTML pages
 * with the document's `lang` and `dir`.
 */

export class DocumentTextView {
  @ApiProperty() documentId: string;
  @ApiProperty({ description: 'The version the text is, or builds on with the decisions since.', example: 2 }) versionNumber: number;
  @ApiProperty({ example: 'Modified 2026' }) versionLabel: string;
  @ApiProperty({
    type: [String],
    description: 'The decisions applied to that version to make this text, in order; empty when the text is the version itself.',
  })
  appliedDecisionIds: string[];
  @ApiProperty({ description: 'Global position of the event that last changed the text at or before the moment asked.', example: 57 })
  position: number;
  @ApiProperty({ format: 'date-time', description: 'When that event was recorded.' }) recordedAt: string;
  @ApiProperty({ description: "The document's stream version after that event." }) streamVersion: number;
  @ApiProperty({
    description: 'That event: DocumentRegistered, AmendmentRuled, AmendmentsMerged, BracketsSettled, DecisionCorrected or VersionAdopted.',
    example: 'AmendmentRuled',
  })
  changedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'The decision that made that change; null for the registration.' }) decisionId:
    string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The text in the text engine's interchange format (labels written out, ids as identities).",
  })
  text: InterchangeDocument;
}

export class MarkedSideView {
  @ApiProperty({
    enum: ['version', 'working', 'pending'],
    description:
      'A version; the working text (the latest version with the decisions since); or the working text with every undecided amendment accepted.',
  })
  kind: MarkedSide['kind'];
  @ApiProperty({ description: 'The version, or the latest version the working text builds on.' }) versionNumber: number;
  @ApiProperty({ example: 'Modified 2023' }) versionLabel: string;
  @ApiPropertyOptional({ type: [String], description: 'working and pending: the decisions applied since the version.' })
  appliedDecisionIds?: string[];
  @ApiPropertyOptional({ description: "working and pending: global position of the document's last event projected." }) position?: number;
  @ApiPropertyOptional({ type: [String], description: 'pending: the undecided amendments applied, in order of proposal.' })
  amendmentIds?: string[];
}

export class NotAppliedView {
  @ApiProperty() amendmentId: string;
  @ApiProperty({ description: "The text engine's reason code.", example: 'overlapping-words' }) code: string;
  @ApiProperty({
    description: "Why, in English; `key` and `params` are the text engine's message, which a client renders in its reader's language.",
    example: 'the words it changes in resolves to instruct the Secretary-General, 1, or words next to them, were changed meanwhile',
  })
  reason: string;
  @ApiProperty({ example: 'amendment.rebase.wordsChanged' }) key: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { provision: 'resolves to instruct the Secretary-General, 1' } })
  params: Record<string, string | number>;
  @ApiProperty({ type: [String], description: "The proposers' stakeholder ids." }) proposers: string[];
  @ApiProperty({ description: 'What the amendment does (its operation kind).', example: 'modify' }) action: string;
  @ApiPropertyOptional({
    description: 'The provision it bears on, as printed in the version it was drafted on; absent for the title.',
    example: 'resolves to instruct the Secretary-General, 1',
  })
  provision?: string;
}

export class MarkedTextView {
  @ApiProperty() documentId: string;
  @ApiProperty({ type: MarkedSideView }) from: MarkedSideView;
  @ApiProperty({ type: MarkedSideView }) to: MarkedSideView;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Provision ids inserted, deleted, moved and modified; relabelled provisions (old and new label); headings and footnotes changed.',
  })
  summary: DiffSummary;
  @ApiProperty({
    description:
      'The marked text: one line per title, body, heading, provision and footnote, `TAG<TAB>content`, ITU tags ADD / MOD / SUP, struck words in [-…-], added words in [+…+].',
    example: 'MOD\t1\tto take all [-possible-][+appropriate+] measures to encourage the full involvement …',
  })
  marked: string;
  @ApiPropertyOptional({
    type: [NotAppliedView],
    description: 'to=pending: the undecided amendments left out, because they no longer apply or conflict with an earlier one.',
  })
  notApplied?: NotAppliedView[];
}

/** A rendered answer: the body, its media type and the language of the text. */
export interface Rendered {
  readonly body: string | object;
  readonly contentType?: string;
  readonly language: string;
  /** For a file (PDF, Akoma Ntoso): the name it is offered under. */
  readonly filename?: string;
  /** Set when the body is an HTML page to be printed to PDF before it is sent. */
  readonly print?: true;
}

export function documentTextView(at: DocumentTextAt): DocumentTextView {
  return {
    documentId: at.documentId,
    versionNumber: at.versionNumber,
    versionLabel: at.versionLabel,
    appliedDecisionIds: [...at.appliedDecisionIds],
    position: at.position,
    recordedAt: at.recordedAt.toISOString(),
    streamVersion: at.streamVersion,
    changedBy: at.eventType,
    decisionId: at.decisionId,
    text: toInterchange(at.document),
  };
}

export function markedTextView(comparison: MarkedComparison): MarkedTextView {
  return {
    documentId: comparison.documentId,
    from: sideView(comparison.from),
    to: sideView(comparison.to),
    summary: comparison.diff.summary,
    marked: renderMarkedText(comparison.diff, 'text'),
    ...(comparison.notApplied ? { notApplied: comparison.notApplied.map((item) => ({ ...item, proposers: [...item.proposers] })) } : {}),
  };
}

/** The text in the representation asked for: the JSON view, its clean text, or an HTML page. */
export function renderDocumentText(at: DocumentTextAt, format: TextFormat): Rendered {
  const language = at.document.language;
  if (format === 'text') return { body: renderCleanText(at.document), contentType: 'text/plain; charset=utf-8', language };
  if (format === 'html') return { body: renderHtml(at.document, { page: true }), contentType: 'text/html; charset=utf-8', language };
  if (format === 'pdf')
    return {
      body: renderHtml(at.document, { page: true }),
      contentType: 'application/pdf',
      language,
      print: true,
      filename: `${at.documentId}-${fileLabel(at.versionLabel)}.pdf`,
    };
  return { body: documentTextView(at), language };
}

/** The marked text in the representation asked for: the JSON view, the plain marked text, or an HTML page with <ins> and <del>. */
export function renderMarkedComparison(comparison: MarkedComparison, format: TextFormat): Rendered {
  const language = comparison.after.language;
  if (format === 'text') return { body: renderMarkedText(comparison.diff, 'text'), contentType: 'text/plain; charset=utf-8', language };
  if (format === 'html')
    return { body: renderMarkedText(comparison.diff, 'html', { page: true }), contentType: 'text/html; charset=utf-8', language };
  if (format === 'pdf') {
    const filename = `${comparison.documentId}-marked-${fileLabel(comparison.from.versionLabel)}-${fileLabel(comparison.to.versionLabel)}.pdf`;
    return {
      body: renderMarkedText(comparison.diff, 'html', { page: true }),
      contentType: 'application/pdf',
      language,
      print: true,
      filename,
    };
  }
  return { body: markedTextView(comparison), language };
}

/** A version label ("version 2", "working text") as a piece of a file name. */
export function fileLabel(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'text'
  );
}

function sideView(side: MarkedSide): MarkedSideView {
  const view: MarkedSideView = { kind: side.kind, versionNumber: side.versionNumber, versionLabel: side.versionLabel };
  if (side.kind === 'version') return view;
  return {
    ...view,
    appliedDecisionIds: [...side.appliedDecisionIds],
    position: side.position,
    ...(side.kind === 'pending' ? { amendmentIds: [...side.amendmentIds] } : {}),
  };
}
