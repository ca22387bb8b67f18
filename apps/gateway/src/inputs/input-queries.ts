import { DataSource } from 'typeorm';
import type { InputWithdrawalColumn } from '#libs/read-models';
import { StakeholderInputDetailView, StakeholderInputView } from './input.view';

/*
 * Reads of the stakeholder_inputs projection, with the stakeholder's name and category from
 * the registry. Other views (the compilation, the state of play) call these as they are.
 */

interface InputSqlRow {
  readonly id: string;
  readonly consultation_id: string;
  readonly document_id: string;
  readonly version_number: number;
  readonly provision_ids: string[];
  readonly stakeholder_id: string;
  readonly stakeholder_name: string | null;
  readonly category: StakeholderInputView['category'];
  readonly title: string;
  readonly text: string;
  readonly language: string;
  readonly submitted_at: Date;
  readonly withdrawal: InputWithdrawalColumn | null;
}

const SELECT_INPUTS = `
  SELECT i.id, i.consultation_id, i.document_id, i.version_number, i.provision_ids, i.stakeholder_id, s.name AS stakeholder_name,
         s.category, i.title, i.text, i.language, i.submitted_at, i.withdrawal
    FROM stakeholder_inputs i
    LEFT JOIN stakeholders s ON s.id = i.stakeholder_id`;

function inputView(row: InputSqlRow): StakeholderInputView {
  return {
    inputId: row.id,
    stakeholderId: row.stakeholder_id,
    stakeholderName: row.stakeholder_name ?? row.stakeholder_id,
    category: row.category,
    versionNumber: row.version_number,
    provisionIds: row.provision_ids,
    title: row.title,
    text: row.text,
    language: row.language,
    submittedAt: new Date(row.submitted_at).toISOString(),
    withdrawn: row.withdrawal !== null,
  };
}

export interface InputFilter {
  readonly provisionId?: string;
  readonly stakeholderId?: string;
  /** Only those on this version. */
  readonly versionNumber?: number;
  /** Leave out the withdrawn ones. */
  readonly publishedOnly?: boolean;
}

/** The inputs on a document, in the order sent, filtered. */
export async function listInputs(dataSource: DataSource, documentId: string, filter: InputFilter = {}): Promise<StakeholderInputView[]> {
  const rows: InputSqlRow[] = await dataSource.query(
    `${SELECT_INPUTS}
     WHERE i.document_id = $1
       AND ($2::text IS NULL OR $2 = ANY (i.provision_ids))
       AND ($3::text IS NULL OR i.stakeholder_id = $3)
       AND ($4::int IS NULL OR i.version_number = $4)
       AND (NOT $5 OR i.withdrawal IS NULL)
     ORDER BY i.last_position, i.id`,
    [documentId, filter.provisionId ?? null, filter.stakeholderId ?? null, filter.versionNumber ?? null, filter.publishedOnly ?? false],
  );
  return rows.map(inputView);
}

/** One input, or null when it is not (yet) projected. */
export async function getInput(dataSource: DataSource, inputId: string): Promise<StakeholderInputDetailView | null> {
  const [row]: InputSqlRow[] = await dataSource.query(`${SELECT_INPUTS} WHERE i.id = $1`, [inputId]);
  if (!row) return null;
  return { ...inputView(row), documentId: row.document_id, consultationId: row.consultation_id, withdrawal: row.withdrawal };
}

/**
 * How many inputs still published (not withdrawn) concern each provision of a document, on
 * every version or on the one named: what the state of play shows beside each provision.
 */
export async function countInputsByProvision(
  dataSource: DataSource,
  documentId: string,
  versionNumber?: number,
): Promise<Map<string, number>> {
  const rows: { provision_id: string; inputs: string }[] = await dataSource.query(
    `SELECT p.provision_id, COUNT(DISTINCT i.id) AS inputs
       FROM stakeholder_inputs i CROSS JOIN LATERAL unnest(i.provision_ids) AS p (provision_id)
      WHERE i.document_id = $1 AND i.withdrawal IS NULL AND ($2::int IS NULL OR i.version_number = $2)
      GROUP BY p.provision_id`,
    [documentId, versionNumber ?? null],
  );
  return new Map(rows.map((row) => [row.provision_id, Number(row.inputs)]));
}
