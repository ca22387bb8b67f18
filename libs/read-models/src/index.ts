import { CreateConsultationReadModels1732400100000 } from './migrations/1732400100000-create-consultation-read-models';
import { CreateWorkflowReadModels1732400300000 } from './migrations/1732400300000-create-workflow-read-models';
import { AmendmentRow } from './amendment-row.entity';
import { ConsultationSummary } from './consultation-summary.entity';
import { ContributionRevisionRow, ContributionRow } from './contribution-row.entity';
import { DecisionRow } from './decision-row.entity';
import { DocumentRow } from './document-row.entity';
import { DocumentVersionRow } from './document-version-row.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { StakeholderRow } from './stakeholder-row.entity';

export type { AmendmentDecisionPayload, AmendmentStatusColumn } from './amendment-row.entity';
export type { ContributionStatusColumn } from './contribution-row.entity';
export type { DecisionKindColumn, DecisionPayload } from './decision-row.entity';
export type { AppliedChangeColumn } from './document-row.entity';
export {
  AmendmentRow,
  ConsultationSummary,
  ContributionRevisionRow,
  ContributionRow,
  DecisionRow,
  DocumentRow,
  DocumentVersionRow,
  ProjectionCheckpoint,
  StakeholderRow,
  CreateConsultationReadModels1732400100000,
  CreateWorkflowReadModels1732400300000,
};

/** Everything the read side's schema is made of; the projector owns these migrations. */
export const READ_MODEL_ENTITIES = [
  ConsultationSummary,
  ProjectionCheckpoint,
  StakeholderRow,
  DocumentRow,
  DocumentVersionRow,
  AmendmentRow,
  ContributionRow,
  ContributionRevisionRow,
  DecisionRow,
];
export const READ_MODEL_MIGRATIONS = [CreateConsultationReadModels1732400100000, CreateWorkflowReadModels1732400300000];
