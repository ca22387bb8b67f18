import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Actor } from '#libs/contracts';
import { ConsultationAccessFacts, hasRole, mayReadDrafts } from '#libs/domain';
import { ProblemException, RefusalLog, problem } from '#libs/runtime';

/** What a read route reads the drafts of, named by one of its path parameters. */
export type DraftTarget = 'consultation' | 'document' | 'amendment' | 'contribution' | 'input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The consultation of what a target names (t), and its access facts when it is projected; one query each.
const WITH_CONSULTATION = `SELECT t.consultation_id, c.restricted, c.chairs, c.participants
  FROM target t
  LEFT JOIN consultations c ON c.id = CASE WHEN t.consultation_id ~* '${UUID.source}' THEN t.consultation_id::uuid END`;
const ACCESS_FACTS_OF: Record<DraftTarget, string> = {
  consultation: 'SELECT id::text AS consultation_id, restricted, chairs, participants FROM consultations WHERE id = $1::uuid',
  document: `WITH target AS (SELECT consultation_id FROM documents WHERE id = $1) ${WITH_CONSULTATION}`,
  amendment: `WITH target AS (SELECT d.consultation_id FROM amendments a JOIN documents d ON d.id = a.document_id WHERE a.id = $1) ${WITH_CONSULTATION}`,
  contribution: `WITH target AS (SELECT consultation_id FROM contributions WHERE id = $1) ${WITH_CONSULTATION}`,
  input: `WITH target AS (SELECT consultation_id FROM stakeholder_inputs WHERE id = $1) ${WITH_CONSULTATION}`,
};

/** The consultation a request names, and its access facts once it is projected. */
interface NamedConsultation {
  readonly consultationId?: string;
  readonly facts?: ConsultationAccessFacts;
}

/**
 * The drafts of a restricted consultation are for its participants (libs/domain decides who
 * they are): this answers, from the read models, whether an actor may read what a request
 * names, and which consultations a list or a search must leave out for it.
 */
@Injectable()
export class DraftAccess {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RefusalLog) private readonly refusals: RefusalLog,
  ) {}

  /** The restricted consultations whose drafts the actor may not read: what lists and searches leave out. */
  async hiddenConsultations(actor: Actor): Promise<string[]> {
    if (hasRole(actor, 'secretariat') || hasRole(actor, 'translator') || hasRole(actor, 'auditor')) return [];
    const restricted: { id: string; chairs: string[]; participants: string[] }[] = await this.dataSource.query(
      'SELECT id::text AS id, chairs, participants FROM consultations WHERE restricted',
    );
    if (restricted.length === 0) return [];
    const groups = await this.groupsOf(actor.id);
    return restricted
      .filter(
        (row) => !mayReadDrafts(actor, { restricted: true, chairs: row.chairs, participants: row.participants }, (id) => groups.has(id)),
      )
      .map((row) => row.id);
  }

  /**
   * Lets the request through when the actor may read the drafts it names; else refuses it
   * with 403 (recorded for auditors). What is not projected yet is answered 404 to an actor
   * kept out of any restricted consultation, since nobody can tell yet whose it is.
   */
  async assertMayRead(request: Request, actor: Actor, target: DraftTarget, id: string): Promise<void> {
    // A malformed id is refused by the route's own pipe, after this; it names nothing to protect.
    if (!UUID.test(id)) return;
    const { consultationId, facts } = await this.consultationNamed(target, id);
    if (!facts) {
      if ((await this.hiddenConsultations(actor)).length === 0) return;
      throw new ProblemException(
        problem(404, 'not-found', 'Not found', `No ${target} ${id} (yet: what was just recorded appears once projected).`),
      );
    }
    const groups = facts.restricted ? await this.groupsOf(actor.id) : new Set<string>();
    if (mayReadDrafts(actor, facts, (groupId) => groups.has(groupId))) return;
    const detail = `Consultation ${consultationId} is restricted: its drafts are for its participants, its chairs, the secretariat and auditors.`;
    await this.refusals.recordRequest(request, 403, 'restricted', detail);
    throw new ProblemException(problem(403, 'restricted', 'Restricted consultation', detail));
  }

  /** Whether the actor may read the drafts of what the id names, unknown things included; records nothing. */
  async mayRead(actor: Actor, target: DraftTarget, id: string): Promise<boolean> {
    const { facts } = await this.consultationNamed(target, id);
    if (!facts) return (await this.hiddenConsultations(actor)).length === 0;
    const groups = facts.restricted ? await this.groupsOf(actor.id) : new Set<string>();
    return mayReadDrafts(actor, facts, (groupId) => groups.has(groupId));
  }

  private async consultationNamed(target: DraftTarget, id: string): Promise<NamedConsultation> {
    if (target === 'consultation' && !UUID.test(id)) return {};
    const [row]: { consultation_id: string; restricted: boolean | null; chairs: string[] | null; participants: string[] | null }[] =
      await this.dataSource.query(ACCESS_FACTS_OF[target], [id]);
    if (!row) return {};
    if (row.restricted === null) return { consultationId: row.consultation_id };
    return {
      consultationId: row.consultation_id,
      facts: { restricted: row.restricted, chairs: row.chairs ?? [], participants: row.participants ?? [] },
    };
  }

  /** The groups the registry lists the actor as a member of. */
  private async groupsOf(actorId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM stakeholders WHERE $1 = ANY (member_ids)', [actorId]);
    return new Set(rows.map((row) => row.id));
  }
}

/**
 * The conflicts a proposal answers name other pending amendments and what they do: a draft.
 * A stakeholder that may not read the consultation's drafts (it may still submit, as to a
 * secretariat) gets the answer without them.
 */
export async function withholdConflictsFromOutsiders<View extends { conflicts?: unknown[] }>(
  view: View,
  drafts: DraftAccess,
  actor: Actor,
  target: DraftTarget,
  id: string,
): Promise<View> {
  // Even an empty list would tell that no pending amendment touches the same words.
  if (view.conflicts === undefined || (await drafts.mayRead(actor, target, id))) return view;
  const { conflicts: _withheld, ...rest } = view;
  return Object.assign(Object.create(Object.getPrototypeOf(view)), rest) as View;
}
