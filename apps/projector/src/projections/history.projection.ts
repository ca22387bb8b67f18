import { EntityManager, In } from 'typeorm';
import { RecordedEvent } from '#libs/contracts';
import { ConsultationHistoryRow, HistorySubjectKind, HistorySubjectRow } from '#libs/read-models';
import { Projection } from '../projection';
import { HistorySubjects, SubjectKind, SubjectUpdate, historyStep, nothingToLoad, subjectsToLoad } from './history-entries';

const ROW_KIND: Record<SubjectKind, HistorySubjectKind> = {
  stakeholders: 'stakeholder',
  documents: 'document',
  contributions: 'contribution',
  amendments: 'amendment',
  decisions: 'decision',
};

/**
 * The consultation history: one row per event of a consultation (registration, phases,
 * participants, documents, contributions, amendments, every decision and adoption,
 * reservations, corrections) with who was involved, the provisions it touched and a
 * line a person reads. What later events need to know of earlier ones (names, symbols,
 * an amendment's sponsors and provisions) the projection keeps in `history_subjects`.
 */
export class HistoryProjection implements Projection {
  readonly name = 'history';
  readonly version = 1;
  readonly tables = ['consultation_history', 'history_subjects'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const step = historyStep(event, await this.subjectsOf(event, manager));
    for (const update of step.remember) await manager.upsert(HistorySubjectRow, subjectRow(update), ['kind', 'id']);
    if (step.entry) {
      const { actor } = event.metadata;
      await manager.upsert(
        ConsultationHistoryRow,
        {
          position: event.position,
          consultationId: step.entry.consultationId,
          recordedAt: new Date(event.recordedAt),
          kind: step.entry.kind,
          actorId: actor.id,
          actor: { id: actor.id, role: actor.role, ...(actor.name !== undefined ? { name: actor.name } : {}) },
          stakeholders: [...step.entry.stakeholders],
          provisions: [...step.entry.provisions],
          documentId: step.entry.documentId ?? null,
          summary: step.entry.summary,
          details: step.entry.details,
        },
        ['position'],
      );
    }
    if (step.extend) {
      const row = await manager.findOne(ConsultationHistoryRow, { where: { position: step.extend.position }, select: { position: true, provisions: true } });
      if (row) {
        const provisions = [...new Set([...row.provisions, ...step.extend.provisions])];
        await manager.update(ConsultationHistoryRow, { position: row.position }, { provisions });
      }
    }
  }

  /** Loads what the event names, then what those subjects name (an amendment's sponsors and contribution), until nothing new is named. */
  private async subjectsOf(event: RecordedEvent, manager: EntityManager): Promise<HistorySubjects> {
    const subjects = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
    const tried = new Set<string>();
    for (;;) {
      const wanted = subjectsToLoad(event, subjects);
      const fresh = (Object.keys(ROW_KIND) as SubjectKind[]).flatMap((kind) => wanted[kind].filter((id) => !tried.has(`${kind}:${id}`)).map((id) => ({ kind, id })));
      if (nothingToLoad(wanted) || fresh.length === 0) return subjects;
      fresh.forEach(({ kind, id }) => tried.add(`${kind}:${id}`));
      for (const kind of Object.keys(ROW_KIND) as SubjectKind[]) {
        const ids = fresh.filter((f) => f.kind === kind).map((f) => f.id);
        if (ids.length === 0) continue;
        const rows = await manager.find(HistorySubjectRow, { where: { kind: ROW_KIND[kind], id: In(ids) }, select: { id: true, data: true } });
        for (const row of rows) subjects[kind].set(row.id, row.data);
      }
    }
  }
}

/** A subject as stored: the whole subject in `data`, and the columns a person looking at the table reads. */
function subjectRow(update: SubjectUpdate): HistorySubjectRow {
  const { subject } = update;
  const common = { kind: ROW_KIND[update.kind], id: update.id, data: subject };
  switch (update.kind) {
    case 'stakeholders':
      return { ...common, consultationId: null, documentId: null, name: update.subject.name, stakeholders: [], provisions: [] };
    case 'documents':
      return { ...common, consultationId: update.subject.consultationId, documentId: update.id, name: update.subject.symbol, stakeholders: [], provisions: [] };
    case 'contributions':
      return { ...common, consultationId: update.subject.consultationId, documentId: null, name: update.subject.symbol, stakeholders: [...update.subject.stakeholders], provisions: [] };
    case 'amendments': {
      const a = update.subject;
      return {
        ...common,
        consultationId: a.consultationId,
        documentId: a.documentId,
        name: a.description,
        stakeholders: [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])],
        provisions: [...a.provisions],
      };
    }
    case 'decisions':
      return { ...common, consultationId: update.subject.consultationId, documentId: update.subject.documentId, name: update.subject.ruling ?? '', stakeholders: [], provisions: [...update.subject.provisions] };
  }
}
