/*
 * The progress picture's figures: for each day something changed, at its end, the
 * provisions of every document of the consultation by standing. Once the chair has
 * recorded a state of play on a document, its recorded statuses as they stood then
 * (pending: open, bracketed, agreed ad referendum, agreed or deleted: agreed); before,
 * from the text: bracketed (brackets in their words), open (undecided amendments on them)
 * or agreed (neither). Pure.
 */
import type { ProgressMark, ProgressPoint } from '#libs/pictures';
import { ResolutionDocument, listUnsettledBrackets, outlineDocument } from '#libs/text';
import { ContentionAmendment, undecidedAt } from './contention-figures';
import { StatusRound, VersionText, recordedStatuses, standingOfStatus } from './recorded-statuses';

/** A text of a document as it stood from a time on (a row of the texts' history). */
export interface TextFrom {
  readonly documentId: string;
  readonly recordedAt: Date;
  readonly text: ResolutionDocument;
}

const DAY_MS = 86_400_000;

function day(at: Date | string): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The state of play recorded on the documents: its rounds, and the versions whose rewording reopens. */
export interface RecordedPlay {
  readonly rounds: readonly StatusRound[];
  readonly versions: readonly VersionText[];
}

const NOTHING_RECORDED: RecordedPlay = { rounds: [], versions: [] };

/** The points of the burn-down: a day each that a text, an amendment or a recorded status changed, in order. */
export function progressPoints(
  texts: readonly TextFrom[],
  amendments: readonly (ContentionAmendment & { documentId: string })[],
  play: RecordedPlay = NOTHING_RECORDED,
): ProgressPoint[] {
  const days = new Set<string>([...texts, ...play.rounds, ...play.versions].map((t) => day(t.recordedAt)));
  const statusesAt = recordedStatuses(play.rounds, play.versions);
  for (const a of amendments) {
    days.add(day(a.proposedAt));
    for (const d of a.decisions) days.add(day(d.recordedAt));
    if (a.withdrawal) days.add(day(a.withdrawal.recordedAt));
  }
  const documents = [...new Set(texts.map((t) => t.documentId))];
  const ordered = [...texts].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return [...days].sort().map((date) => {
    const end = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - 1);
    const moment = { kind: 'time' as const, at: end };
    const counts = { open: 0, bracketed: 0, agreed: 0 };
    for (const documentId of documents) {
      const text = ordered.filter((t) => t.documentId === documentId && t.recordedAt <= end).at(-1)?.text;
      if (!text) continue;
      const statuses = statusesAt(documentId, end);
      if (statuses) {
        for (const place of outlineDocument(text)) counts[standingOfStatus(statuses.get(place.provision.id) ?? 'pending')]++;
        continue;
      }
      const bracketed = new Set(listUnsettledBrackets(text).map((group) => group.provisionId));
      const open = new Set(
        amendments
          .filter((a) => a.documentId === documentId && 'provisionId' in a.placement && undecidedAt(a, moment))
          .map((a) => ('provisionId' in a.placement ? a.placement.provisionId : '')),
      );
      for (const place of outlineDocument(text)) {
        if (bracketed.has(place.provision.id)) counts.bracketed++;
        else if (open.has(place.provision.id)) counts.open++;
        else counts.agreed++;
      }
    }
    return { date, ...counts };
  });
}

/** The marks of the time axis, in date order: phase changes, deadlines, revisions and adoptions, meetings. */
export function progressMarks(input: {
  readonly phaseChanges: readonly { readonly recordedAt: Date; readonly to: string }[];
  readonly deadlines: Readonly<Record<string, string>>;
  readonly revisions: readonly { readonly recordedAt: Date; readonly label: string }[];
  readonly meetings: readonly { readonly date: string; readonly name: string }[];
}): ProgressMark[] {
  const marks: ProgressMark[] = [
    ...input.phaseChanges.map((p) => ({ kind: 'phase' as const, date: day(p.recordedAt), name: p.to })),
    ...Object.entries(input.deadlines).map(([phase, at]) => ({ kind: 'deadline' as const, date: day(at), name: phase })),
    ...input.revisions.map((r) => ({ kind: 'revision' as const, date: day(r.recordedAt), name: r.label })),
    ...input.meetings.map((m) => ({ kind: 'meeting' as const, date: m.date.slice(0, 10), name: m.name })),
  ];
  return marks.sort((a, b) => a.date.localeCompare(b.date));
}
