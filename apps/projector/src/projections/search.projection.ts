import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionCover,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionSubstance,
  ContributionWithdrawnV1,
  DOCUMENT_REGISTERED,
  DocumentRegisteredV1,
  RecordedEvent,
  VERSION_ADOPTED,
  VersionAdoptedV1,
} from '#libs/contracts';
import { InterchangeProvision, ResolutionDocument, searchKey, toInterchange } from '#libs/text';
import { Projection } from '../projection';
import { WorkingText, changesWorkingText, evolveWorkingText } from './documents.projection';

/** One provision as a search entry: its wording, the label it has there and its section's heading. */
export interface ProvisionEntry {
  readonly provisionId: string;
  /** The labels from the top-level provision down: "3 '1'", "أ )". */
  readonly label: string;
  readonly heading: string;
  /** Its words and its footnotes. */
  readonly text: string;
}

/** Every provision of a text, sub-items included, as search entries. */
export function provisionEntries(document: ResolutionDocument): ProvisionEntry[] {
  const entries: ProvisionEntry[] = [];
  const visit = (provision: InterchangeProvision, heading: string, parentLabel: string) => {
    const label = [parentLabel, provision.label].filter((part) => part !== '').join(' ');
    entries.push({
      provisionId: provision.id,
      label: label === '' ? provision.id : label,
      heading,
      text: [provision.text, ...provision.footnotes].join('\n'),
    });
    for (const child of provision.children) visit(child, heading, label);
  };
  const text = toInterchange(document);
  for (const section of [...text.preamble, ...text.operative]) {
    for (const provision of section.provisions) visit(provision, section.heading, '');
  }
  return entries;
}

// The prose of a report or a contribution's cover page, as the importer keeps it in the metadata.
const PROSE_METADATA = ['summary', 'purpose', 'actionRequested', 'expectedResults', 'narrative'] as const;

/** What a document's own entry is searched by: symbol, title, enacting body, section headings, and the prose of a report. */
export function documentEntryText(document: ResolutionDocument, symbol: string): string {
  const prose = PROSE_METADATA.flatMap((field) => {
    const value = document.metadata[field];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });
  const headings = [...document.preamble, ...document.operative].map((section) => section.heading);
  return [symbol, document.title, document.body, ...headings, ...prose].filter((line) => line.trim() !== '').join('\n');
}

/** What a contribution is searched by: its cover (symbol, title, agenda item, purpose, action requested) and a report's text. */
export function contributionEntryText(cover: ContributionCover, substance: ContributionSubstance): string {
  const lines = [cover.symbol, cover.title, cover.agendaItem, cover.purpose, cover.actionRequested, substance.kind === 'report' ? substance.text : undefined];
  return lines.filter((line): line is string => line !== undefined && line.trim() !== '').join('\n');
}

/** The entry key of a provision's wording: one row per distinct label, heading and text of a provision. */
export function provisionEntryKey(documentId: string, entry: ProvisionEntry): string {
  const wording = createHash('sha256').update(`${entry.label}\u0000${entry.heading}\u0000${entry.text}`).digest('hex').slice(0, 24);
  return `provision:${documentId}:${entry.provisionId}:${wording}`;
}

/** The search key as stored: between single spaces, so whole words match '% key %'. */
function storedKey(text: string): string {
  return ` ${searchKey(text)} `;
}

/** A document as this projection keeps it (a row of search_documents). */
interface IndexedDocument {
  readonly document_id: string;
  readonly consultation_id: string;
  readonly symbol: string;
  readonly current_version: number;
  readonly current_label: string;
  readonly latest_version: ResolutionDocument;
  readonly working: ResolutionDocument;
  readonly applied: WorkingText['applied'];
}

/**
 * The search index: each document (title, headings, a report's prose), each provision of
 * the working text and of every version, and each contribution's cover and report text,
 * with its search key. The working text is kept here as the write side folds it, and the
 * provisions are indexed again whenever a decision changes it.
 */
export class SearchProjection implements Projection {
  readonly name = 'search';
  readonly version = 1;
  readonly tables = ['search_entries', 'search_documents'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case DOCUMENT_REGISTERED:
        await this.register(event as RecordedEvent<DocumentRegisteredV1>, manager);
        return;
      case CONTRIBUTION_SUBMITTED:
      case CONTRIBUTION_REVISED:
        await this.indexContribution(event as RecordedEvent<ContributionSubmittedV1 | ContributionRevisedV1>, manager);
        return;
      case CONTRIBUTION_WITHDRAWN: {
        const e = event.payload as ContributionWithdrawnV1;
        await manager.query(`UPDATE search_entries SET status = 'withdrawn' WHERE entry_key = $1`, [`contribution:${e.contributionId}`]);
        return;
      }
      default:
        if (changesWorkingText(event)) await this.changeWorkingText(event, manager);
    }
  }

  private async register(event: RecordedEvent<DocumentRegisteredV1>, manager: EntityManager): Promise<void> {
    const e = event.payload;
    // Registration starts the document afresh, also when a rebuild replays over old rows.
    await manager.query('DELETE FROM search_entries WHERE document_id = $1 AND kind <> $2', [e.documentId, 'contribution']);
    await manager.query(
      `INSERT INTO search_documents (document_id, consultation_id, symbol, current_version, current_label, latest_version, working, applied)
       VALUES ($1, $2, $3, 1, $4, $5, $5, '[]')
       ON CONFLICT (document_id) DO UPDATE SET consultation_id = EXCLUDED.consultation_id, symbol = EXCLUDED.symbol, current_version = 1,
         current_label = EXCLUDED.current_label, latest_version = EXCLUDED.latest_version, working = EXCLUDED.working, applied = '[]'`,
      [e.documentId, e.consultationId, e.symbol, e.versionLabel, JSON.stringify(e.text)],
    );
    const state: IndexedDocument = {
      document_id: e.documentId,
      consultation_id: e.consultationId,
      symbol: e.symbol,
      current_version: 1,
      current_label: e.versionLabel,
      latest_version: e.text,
      working: e.text,
      applied: [],
    };
    await this.indexDocument(manager, state, event);
    await this.indexWorkingProvisions(manager, state, event, 1);
  }

  private async changeWorkingText(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const documentId = (event.payload as { documentId: string }).documentId;
    const [before] = (await manager.query('SELECT * FROM search_documents WHERE document_id = $1', [documentId])) as IndexedDocument[];
    if (!before) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    const next = evolveWorkingText({ latestVersion: before.latest_version, working: before.working, applied: before.applied }, event)!;
    const adopted = event.type === VERSION_ADOPTED ? (event.payload as VersionAdoptedV1) : undefined;
    const state: IndexedDocument = {
      ...before,
      working: next.working,
      applied: next.applied,
      ...(adopted ? { current_version: adopted.versionNumber, current_label: adopted.label, latest_version: adopted.text } : {}),
    };
    await manager.query(
      `UPDATE search_documents SET working = $2, applied = $3, current_version = $4, current_label = $5, latest_version = $6 WHERE document_id = $1`,
      [documentId, JSON.stringify(state.working), JSON.stringify(state.applied), state.current_version, state.current_label, JSON.stringify(state.latest_version)],
    );
    await this.indexDocument(manager, state, event);
    await this.indexWorkingProvisions(manager, state, event, adopted?.versionNumber);
  }

  private async indexDocument(manager: EntityManager, state: IndexedDocument, event: RecordedEvent): Promise<void> {
    const text = documentEntryText(state.working, state.symbol);
    await this.upsertEntry(manager, {
      entryKey: `document:${state.document_id}`,
      kind: 'document',
      id: state.document_id,
      documentId: state.document_id,
      consultationId: state.consultation_id,
      language: state.working.language,
      label: `${state.symbol} (${state.current_label})`,
      title: state.working.title,
      text,
      status: null,
      event,
    });
  }

  /**
   * Marks the provisions of the working text, and of the version just frozen if any: the
   * wordings no longer in the working text lose the mark, and those read nowhere any more
   * (a working wording a later decision replaced before any adoption) are dropped.
   */
  private async indexWorkingProvisions(manager: EntityManager, state: IndexedDocument, event: RecordedEvent, versionNumber?: number): Promise<void> {
    const documentId = state.document_id;
    await manager.query(`UPDATE search_entries SET in_working = false WHERE document_id = $1 AND kind = 'provision' AND in_working`, [documentId]);
    const entries = provisionEntries(state.working);
    if (entries.length > 0) {
      await manager.query(
        `INSERT INTO search_entries
           (entry_key, kind, id, document_id, consultation_id, language, label, title, text, search_text, in_working, version_numbers, status, position, recorded_at)
         SELECT e.entry_key, 'provision', e.id, $1, $2, $3, e.label, e.title, e.text, e.search_text, true, $4::integer[], NULL, $5, $6
           FROM unnest($7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[]) AS e (entry_key, id, label, title, text, search_text)
         ON CONFLICT (entry_key) DO UPDATE SET
           in_working = true,
           version_numbers = ARRAY(SELECT DISTINCT v FROM unnest(search_entries.version_numbers || EXCLUDED.version_numbers) AS v ORDER BY v)`,
        [
          documentId,
          state.consultation_id,
          state.working.language,
          versionNumber === undefined ? [] : [versionNumber],
          event.position,
          new Date(event.recordedAt),
          entries.map((entry) => provisionEntryKey(documentId, entry)),
          entries.map((entry) => entry.provisionId),
          entries.map((entry) => entry.label),
          entries.map((entry) => entry.heading),
          entries.map((entry) => entry.text),
          entries.map((entry) => storedKey(entry.text)),
        ],
      );
    }
    await manager.query(
      `DELETE FROM search_entries WHERE document_id = $1 AND kind = 'provision' AND NOT in_working AND cardinality(version_numbers) = 0`,
      [documentId],
    );
  }

  private async indexContribution(event: RecordedEvent<ContributionSubmittedV1 | ContributionRevisedV1>, manager: EntityManager): Promise<void> {
    const { contributionId, consultationId, substance, ...cover } = event.payload;
    await this.upsertEntry(manager, {
      entryKey: `contribution:${contributionId}`,
      kind: 'contribution',
      id: contributionId,
      documentId: substance.kind === 'report' ? null : substance.documentId,
      consultationId,
      language: cover.originalLanguage,
      label: cover.symbol,
      title: cover.title,
      text: contributionEntryText(cover, substance),
      status: event.type === CONTRIBUTION_SUBMITTED ? 'submitted' : 'revised',
      event,
    });
  }

  private async upsertEntry(
    manager: EntityManager,
    entry: {
      entryKey: string;
      kind: 'document' | 'contribution';
      id: string;
      documentId: string | null;
      consultationId: string;
      language: string;
      label: string;
      title: string;
      text: string;
      status: string | null;
      event: RecordedEvent;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_entries
         (entry_key, kind, id, document_id, consultation_id, language, label, title, text, search_text, in_working, version_numbers, status, position, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, $11, $12, $13)
       ON CONFLICT (entry_key) DO UPDATE SET
         document_id = EXCLUDED.document_id, consultation_id = EXCLUDED.consultation_id, language = EXCLUDED.language, label = EXCLUDED.label,
         title = EXCLUDED.title, text = EXCLUDED.text, search_text = EXCLUDED.search_text, status = EXCLUDED.status,
         position = EXCLUDED.position, recorded_at = EXCLUDED.recorded_at`,
      [
        entry.entryKey,
        entry.kind,
        entry.id,
        entry.documentId,
        entry.consultationId,
        entry.language,
        entry.label,
        entry.title,
        entry.text,
        storedKey(entry.text),
        entry.status,
        entry.event.position,
        new Date(entry.event.recordedAt),
      ],
    );
  }
}
