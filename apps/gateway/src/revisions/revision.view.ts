import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RevisionIssuedV1 } from '#libs/contracts';
import { provisionsChangedBy } from '#libs/domain';
import { AmendmentOperation, ResolutionDocument, citeProvision as citeText } from '#libs/text';
import { ImportWarningView } from '../views/import-warning.view';

const OPERATION = {
  type: 'object',
  additionalProperties: true,
  description: 'A text-engine operation (see the amendments endpoints).',
} as const;

/** A provision as printed: its label and the section it stands in. */
export class CitedProvisionView {
  @ApiProperty({ example: 'op-3' }) provisionId: string;
  @ApiProperty({ example: '3 (resolves to instruct the Secretary-General)', description: 'Its label as printed, with its section.' })
  label: string;
}

/** One change a revision makes to the working text. */
export class RevisionChangeView {
  @ApiProperty({ description: '0-based, in the order the changes apply.' }) index: number;
  @ApiProperty({ example: '3 (resolves to instruct the Secretary-General)', description: 'The provisions it bears on, as printed.' })
  label: string;
  @ApiProperty({ type: [CitedProvisionView], description: 'The provisions it changes or creates.' }) provisions: CitedProvisionView[];
  @ApiProperty(OPERATION) operation: AmendmentOperation;
}

export class UnexpressedView {
  @ApiProperty({ example: 'metadata-changed' }) code: string;
  @ApiProperty({ description: 'In English; `key` and `params` are the message a client renders in its reader’s language.' })
  message: string;
  @ApiProperty({ example: 'revision.unexpressed.coverChanged' }) key: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Provisions and sections cited as printed.' })
  params: Record<string, string | number>;
  @ApiPropertyOptional() id?: string;
}

export class MarkedPreviewView {
  @ApiProperty() text: string;
  @ApiProperty() html: string;
}

export class CarriedAmendmentsView {
  @ApiProperty({ type: [String], description: 'Undecided amendments it would carry onto the revision.' }) rebased: string[];
  @ApiProperty({ type: [String], description: 'Undecided amendments whose words it changed: it would overtake them.' }) overtaken: string[];
}

/** What a revision text would record, before anything is recorded. */
export class RevisionPreviewView {
  @ApiProperty() documentId: string;
  @ApiProperty({ description: 'The version it would become.' }) versionNumber: number;
  @ApiProperty({ example: 'Rev.2', description: 'Its label when none is given.' }) label: string;
  @ApiProperty({ description: 'The version the working text it replaces starts from.' }) basedOn: number;
  @ApiProperty({ type: [RevisionChangeView] }) changes: RevisionChangeView[];
  @ApiProperty({
    type: [UnexpressedView],
    description: 'Differences no change expresses; `not-reproduced` means the revision would be refused.',
  })
  unexpressed: UnexpressedView[];
  @ApiProperty({ type: [ImportWarningView] }) importWarnings: ImportWarningView[];
  @ApiProperty({ type: MarkedPreviewView, description: 'The working text marked up to the revision.' }) marked: MarkedPreviewView;
  @ApiProperty({
    type: CarriedAmendmentsView,
    description: 'What the revision would do to the undecided amendments, before the chair names any to overtake.',
  })
  amendments: CarriedAmendmentsView;
}

export class RevisionReflectsView {
  @ApiProperty({ description: 'Index into the changes.' }) change: number;
  @ApiProperty({ type: [String] }) provisionIds: string[];
  @ApiProperty({ type: [String] }) amendmentIds: string[];
  @ApiProperty({ type: [String] }) inputIds: string[];
}

/** A revision as issued. */
export class RevisionView {
  @ApiProperty({ description: '1 for Rev.1.' }) revision: number;
  @ApiProperty({ example: 'Rev.2' }) label: string;
  @ApiProperty({ type: String, nullable: true, example: 'A/80/L.12/Rev.2' }) symbol: string | null;
  @ApiProperty({ example: '2025-12-03' }) date: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty() decisionId: string;
  @ApiProperty({ type: String, nullable: true }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) meetingId: string | null;
  @ApiProperty({ description: 'How many changes it made to the working text it replaced.' }) changes: number;
  @ApiProperty({ type: [RevisionReflectsView] }) reflects: RevisionReflectsView[];
  @ApiProperty({ type: [String], description: 'Undecided amendments carried onto it.' }) rebased: string[];
  @ApiProperty({ type: [String], description: 'Undecided amendments it overtook.' }) overtaken: string[];
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty() position: number;
}

export class RevisionListView {
  @ApiProperty({ type: [RevisionView] }) items: RevisionView[];
}

/** A provision cited as printed in the first of the texts that has it: "3 (resolves to instruct the Secretary-General)". */
export function citeProvision(provisionId: string, ...texts: readonly ResolutionDocument[]): CitedProvisionView {
  for (const text of texts) {
    const label = citeText(text, provisionId);
    if (label !== undefined) return { provisionId, label };
  }
  return { provisionId, label: '' };
}

export function revisionChangeViews(
  changes: readonly AmendmentOperation[],
  before: ResolutionDocument,
  after: ResolutionDocument,
): RevisionChangeView[] {
  return changes.map((operation, index) => {
    const provisions = provisionsChangedBy(operation).map((id) => citeProvision(id, after, before));
    return { index, label: provisions.map((p) => p.label).join('; '), provisions, operation };
  });
}

export function revisionView(
  e: Omit<RevisionIssuedV1, 'text'>,
  recorded: { readonly recordedAt: Date; readonly position: number },
): RevisionView {
  return {
    revision: e.revision,
    label: e.label,
    symbol: e.symbol ?? null,
    date: e.date,
    versionNumber: e.versionNumber,
    decisionId: e.decisionId,
    meeting: e.meeting ?? null,
    meetingId: e.meetingId ?? null,
    changes: e.changes.length,
    reflects: e.reflects.map((r) => ({
      change: r.change,
      provisionIds: [...provisionsChangedBy(e.changes[r.change])],
      amendmentIds: [...r.amendmentIds],
      inputIds: [...r.inputIds],
    })),
    rebased: e.rebased.map((r) => r.amendmentId),
    overtaken: [...e.overtaken],
    recordedAt: recorded.recordedAt.toISOString(),
    position: recorded.position,
  };
}
