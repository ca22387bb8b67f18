/*
 * The context of an Akoma Ntoso file from the read models' rows: the consultation's body
 * as the work's author, the versions up to the one exported as lifecycle events, the
 * chair's decisions up to the moment as workflow steps, the stakeholders by name.
 */
import type { AknContext, AknDecision, AknLifecycleEvent, AknParty } from '#libs/documents';
import type { DecisionRow, DocumentVersionRow, StakeholderRow } from '#libs/read-models';

export interface ContextRows {
  readonly documentId: string;
  /** The symbol the document is registered under. */
  readonly symbol: string;
  /** "ITU Council": the consultation's body. */
  readonly body: string;
  readonly versions: readonly Omit<DocumentVersionRow, 'text'>[];
  readonly decisions: readonly DecisionRow[];
  readonly stakeholders: readonly Pick<StakeholderRow, 'id' | 'name'>[];
}

/** Where the exported text stands: the version it is or builds on, and the moment (position, time) it was last changed. */
export interface ExportedMoment {
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly position: number;
  readonly recordedAt: Date;
}

export function akomaNtosoContext(rows: ContextRows, moment: ExportedMoment, generatedAt: Date): AknContext {
  const versions = rows.versions.filter((version) => version.number <= moment.versionNumber).sort((a, b) => a.number - b.number);
  const events: AknLifecycleEvent[] = versions.map((version) =>
    version.number === 1
      ? { id: `registration-${version.number}`, kind: 'registration', date: version.recordedAt.toISOString(), versionNumber: 1 }
      : {
          id: `adoption-${version.number}`,
          kind: 'adoption',
          date: version.adoptedDate ?? version.recordedAt.toISOString(),
          versionNumber: version.number,
          ...(version.adoptedMeeting ? { meeting: version.adoptedMeeting } : {}),
        },
  );
  const decisions: AknDecision[] = rows.decisions
    .filter((decision) => decision.position <= moment.position)
    .sort((a, b) => a.position - b.position)
    .map((decision) => ({
      id: decision.id,
      kind: decision.kind,
      date: decision.date ?? decision.recordedAt.toISOString(),
      decidedBy: decision.decidedBy,
      amendmentIds: decision.amendmentIds,
      ...outcomeOf(decision),
    }));
  const parties: AknParty[] = [
    ...rows.stakeholders.map((stakeholder): AknParty => ({ id: stakeholder.id, name: stakeholder.name, kind: 'organization' })),
    ...[...new Set(decisions.map((decision) => decision.decidedBy))].map((chair): AknParty => ({ id: chair, name: chair, kind: 'person' })),
  ];
  return {
    documentId: rows.documentId,
    symbol: rows.symbol,
    author: { id: 'body', name: rows.body, kind: 'organization' },
    version: { number: moment.versionNumber, label: moment.versionLabel, date: moment.recordedAt.toISOString() },
    events,
    decisions,
    parties,
    generatedAt: generatedAt.toISOString(),
  };
}

function outcomeOf(decision: DecisionRow): { outcome?: string } {
  const payload = decision.payload;
  return 'ruling' in payload && typeof payload.ruling === 'string' ? { outcome: payload.ruling } : {};
}

/** A file name a download can carry: the symbol (or the id), the version and the language. */
export function aknFilename(symbol: string, documentId: string, versionNumber: number, language: string): string {
  const stem = symbol.replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^-+|-+$/gu, '') || documentId;
  return `${stem}-v${versionNumber}.${language}.akn.xml`;
}
