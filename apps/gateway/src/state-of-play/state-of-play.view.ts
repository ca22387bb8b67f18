import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROVISION_STATUSES, ProvisionStatus } from '#libs/contracts';
import type { StateOfPlayProvisionRow, StateOfPlayRoundRow } from '#libs/read-models';
import { ResolutionDocument, openingWords, outlineDocument } from '#libs/text';

/** Where a provision stands, cited as printed: its label and the heading of its section. */
export class ProvisionStandingView {
  @ApiProperty({ example: 'op-2' }) provisionId: string;
  @ApiProperty({ example: '2', description: 'The label as printed; empty where none is printed.' }) label: string;
  @ApiProperty({ example: 'resolves to instruct the Secretary-General', description: 'The heading of its section (empty where none).' })
  section: string;
  @ApiProperty({ enum: ['preamble', 'operative'] }) part: string;
  @ApiProperty({ enum: PROVISION_STATUSES }) status: ProvisionStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'The round that set the status; null while pending.' }) since: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The version the status was set on.' }) versionNumber: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The meeting of that round, when it cited one.' }) meetingId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'Stakeholder inputs on the provision.' }) inputs: number;
  @ApiProperty({ description: 'False for a provision the working text no longer has (deleted, until a revision removes it).' })
  inText: boolean;
}

export class StatusChangeView {
  @ApiProperty() provisionId: string;
  @ApiProperty() label: string;
  @ApiProperty() section: string;
  @ApiProperty({ enum: PROVISION_STATUSES }) from: ProvisionStatus;
  @ApiProperty({ enum: PROVISION_STATUSES }) to: ProvisionStatus;
}

export class RoundView {
  @ApiProperty() round: number;
  @ApiProperty() versionNumber: number;
  @ApiProperty({ type: String, nullable: true }) meetingId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Second informal consultation' }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'Provisions given a status in the round.' }) provisions: number;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class StatusCountsView {
  @ApiProperty() pending: number;
  @ApiProperty({ name: 'agreed-ad-ref' }) 'agreed-ad-ref': number;
  @ApiProperty() agreed: number;
  @ApiProperty() bracketed: number;
  @ApiProperty() deleted: number;
}

export class StateOfPlayView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiProperty() symbol: string;
  @ApiProperty({ description: 'The latest version: the registered text, a revision or an adopted version.' }) versionNumber: number;
  @ApiProperty({ example: 'Rev.2' }) versionLabel: string;
  @ApiProperty({ description: 'The last round recorded; 0 before the first.' }) round: number;
  @ApiProperty({ type: StatusCountsView }) counts: StatusCountsView;
  @ApiProperty({ type: [ProvisionStandingView], description: 'In reading order; deleted provisions the text no longer has come last.' })
  provisions: ProvisionStandingView[];
  @ApiProperty({ type: [String], description: 'Provisions still open: pending or bracketed.' }) open: string[];
  @ApiProperty({ type: [StatusChangeView], description: 'What the last round changed.' }) changedSinceLastRound: StatusChangeView[];
  @ApiProperty({ type: [RoundView] }) rounds: RoundView[];
}

/** What the state of play is made of: the document's latest text, the recorded statuses and rounds, the inputs per provision. */
export interface StateOfPlayInput {
  readonly documentId: string;
  readonly consultationId: string;
  readonly symbol: string;
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly working: ResolutionDocument;
  /** The latest version's text: provisions deleted from the working text are still cited from it. */
  readonly versionText: ResolutionDocument;
  readonly provisions: readonly StateOfPlayProvisionRow[];
  readonly rounds: readonly StateOfPlayRoundRow[];
  readonly inputsByProvision: ReadonlyMap<string, number>;
}

const SETTLED: readonly ProvisionStatus[] = ['agreed-ad-ref', 'agreed', 'deleted'];

/** The tracker negotiators keep by hand: every provision's status, the counts, the open ones and what the last round changed. */
export function stateOfPlayView(input: StateOfPlayInput): StateOfPlayView {
  const recorded = new Map(input.provisions.map((row) => [row.provisionId, row]));
  const meetingOf = new Map(input.rounds.map((round) => [round.round, round.meetingId]));
  const round = input.rounds.reduce((last, r) => Math.max(last, r.round), 0);
  const places = citedPlaces(input.working);
  const inText = new Set(places.keys());
  // A provision the working text lost (deleted by a decision) is cited as the latest version printed it.
  for (const [id, place] of citedPlaces(input.versionText)) if (recorded.has(id) && !places.has(id)) places.set(id, place);

  const provisions: ProvisionStandingView[] = [...places].map(([provisionId, place]) => {
    const row = recorded.get(provisionId);
    return {
      provisionId,
      ...place,
      status: row?.status ?? 'pending',
      since: row?.round ?? null,
      versionNumber: row?.versionNumber ?? null,
      meetingId: row ? (meetingOf.get(row.round) ?? null) : null,
      note: row?.note ?? null,
      inputs: input.inputsByProvision.get(provisionId) ?? 0,
      inText: inText.has(provisionId),
    };
  });
  const counts = Object.fromEntries(PROVISION_STATUSES.map((status) => [status, 0])) as Record<ProvisionStatus, number>;
  for (const provision of provisions) counts[provision.status]++;
  const changedSinceLastRound = provisions
    .filter((p) => round > 0 && p.since === round && recorded.get(p.provisionId)!.previousStatus !== p.status)
    .map((p) => ({
      provisionId: p.provisionId,
      label: p.label,
      section: p.section,
      from: recorded.get(p.provisionId)!.previousStatus,
      to: p.status,
    }));
  return {
    documentId: input.documentId,
    consultationId: input.consultationId,
    symbol: input.symbol,
    versionNumber: input.versionNumber,
    versionLabel: input.versionLabel,
    round,
    counts,
    provisions,
    open: provisions.filter((p) => !SETTLED.includes(p.status)).map((p) => p.provisionId),
    changedSinceLastRound,
    rounds: [...input.rounds]
      .sort((a, b) => a.round - b.round)
      .map((r) => ({
        round: r.round,
        versionNumber: r.versionNumber,
        meetingId: r.meetingId,
        meeting: r.meeting,
        date: r.date,
        provisions: r.statuses.length,
        recordedAt: r.recordedAt.toISOString(),
      })),
  };
}

/** Each provision's printed label, section heading and part, in reading order. */
function citedPlaces(text: ResolutionDocument): Map<string, { label: string; section: string; part: string }> {
  const headings = new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading]));
  return new Map(
    outlineDocument(text).map((place) => [
      place.provision.id,
      // Printed without a label (a UNGA preambular paragraph, the ITU's lone item), a provision is cited by its opening words.
      {
        label: place.printedLabel || openingWords(text.language, place.provision.text),
        section: headings.get(place.sectionId) ?? '',
        part: place.part,
      },
    ]),
  );
}
