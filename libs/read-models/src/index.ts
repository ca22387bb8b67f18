import { CreateConsultationReadModels1732400100000 } from './migrations/1732400100000-create-consultation-read-models';
import { CreateWorkflowReadModels1732400300000 } from './migrations/1732400300000-create-workflow-read-models';
import { CreateDocumentTextHistory1732400400000 } from './migrations/1732400400000-create-document-text-history';
import { CreateCompilationHistoryProvenance1732400500000 } from './migrations/1732400500000-create-compilation-history-provenance';
import { CreateParticipationSearch1732400600000 } from './migrations/1732400600000-create-participation-search';
import { CreateAccessRefusals1732401000000 } from './migrations/1732401000000-create-access-refusals';
import { CreateRateLimitBuckets1732401100000 } from './migrations/1732401100000-create-rate-limit-buckets';
import { AddCoSubmission1732401200000 } from './migrations/1732401200000-add-co-submission';
import { AddVersionAdoption1732401300000 } from './migrations/1732401300000-add-version-adoption';
import { KeyProjectionCheckpointsByNameAndVersion1732401450000 } from './migrations/1732401450000-key-projection-checkpoints-by-name-and-version';
import { AddAdoptionMethodAndExplanations1732401900000 } from './migrations/1732401900000-add-adoption-method-and-explanations';
import { ExplanationRow } from './explanation-row.entity';
import { CreateMeetingsStateOfPlay1732401600000 } from './migrations/1732401600000-create-meetings-state-of-play';
import { MeetingRow } from './meeting-row.entity';
import { StateOfPlayProvisionRow, StateOfPlayRoundRow } from './state-of-play-rows.entity';
import { AddVersionRevision1732401500000 } from './migrations/1732401500000-add-version-revision';
import { CreateSilences1732401700000 } from './migrations/1732401700000-create-silences';
import { SilenceRow } from './silence-row.entity';
import { CreateStakeholderInputs1732401800000 } from './migrations/1732401800000-create-stakeholder-inputs';
import { AmendmentRow } from './amendment-row.entity';
import {
  CompilationAmendmentRow,
  CompilationContributionRow,
  CompilationStakeholderRow,
  CompilationVersionRow,
} from './compilation-rows.entity';
import { ConsultationHistoryRow, HISTORY_KINDS, HistorySubjectRow } from './history-rows.entity';
import {
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
} from './provenance-rows.entity';
import { ConsultationSummary } from './consultation-summary.entity';
import { ContributionRevisionRow, ContributionRow } from './contribution-row.entity';
import { DecisionRow } from './decision-row.entity';
import { DocumentRow } from './document-row.entity';
import { DOCUMENT_TEXTS_PROJECTION, DocumentTextHistoryRow } from './document-text-history.entity';
import { DocumentVersionRow } from './document-version-row.entity';
export type { VersionRevisionColumn } from './document-version-row.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { StakeholderRow } from './stakeholder-row.entity';
import {
  ParticipationConsultationRow,
  ParticipationDocumentRow,
  ParticipationFactRow,
  ParticipationStakeholderRow,
} from './participation-fact.entity';
import { SearchDocumentRow, SearchEntryRow } from './search-entry.entity';
import { StakeholderInputRow } from './stakeholder-input-row.entity';
import { CreateAwareness1732402300000 } from './migrations/1732402300000-create-awareness';
import { KeepTextChangesWithSnapshots1732403100000 } from './migrations/1732403100000-keep-text-changes-with-snapshots';
import {
  CommentRow,
  NOTIFICATIONS_PROJECTION,
  NotificationAmendmentRow,
  NotificationConsultationRow,
  NotificationDocumentRow,
  NotificationReadRow,
  NotificationRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
} from './awareness-rows.entity';
import { CreateLanguageVersions1732402100000 } from './migrations/1732402100000-create-language-versions';
import { AddHistoryMessages1732402200000 } from './migrations/1732402200000-add-history-messages';
import {
  LANGUAGE_VERSIONS_PROJECTION,
  LanguageVersionRow,
  LanguageVersionSnapshotRow,
  TranslationTaskRow,
} from './language-version-rows.entity';

export type { AmendmentDecisionPayload, AmendmentStatusColumn } from './amendment-row.entity';
export type { CoSubmissionColumn, ContributionStatusColumn } from './contribution-row.entity';
export type { DecisionKindColumn, DecisionPayload } from './decision-row.entity';
export type { AppliedChangeColumn } from './document-row.entity';
export type {
  AmendmentDecisionRecord,
  AmendmentPlacement,
  AmendmentWithdrawalRecord,
  ProvisionRole,
  SectionRole,
} from './compilation-rows.entity';
export type { HistoryActor, HistoryKind, HistorySubjectKind } from './history-rows.entity';
export type { TimelineList, TimelineMessage, TimelineValue } from './timeline-message';
export type { ParticipationRoleColumn, ParticipationStatusColumn, ParticipationSubjectColumn } from './participation-fact.entity';
export type { SearchKindColumn } from './search-entry.entity';
export type { MeetingReadingColumn } from './meeting-row.entity';
export type { SilenceBreakColumn, SilenceStateColumn } from './silence-row.entity';
export type { InputWithdrawalColumn } from './stakeholder-input-row.entity';
export type { CitedProvisionColumn, NotificationDetailColumn, NotificationKindColumn } from './awareness-rows.entity';
export type { LanguageSnapshotKindColumn, TranslationTaskStatusColumn } from './language-version-rows.entity';
export type { ProvenanceRecord, ProvenanceRecordKind, ProvenanceRole, ProvisionAsPrinted } from './provenance-rows.entity';
export {
  AmendmentRow,
  ConsultationSummary,
  ContributionRevisionRow,
  ContributionRow,
  DecisionRow,
  DocumentRow,
  DocumentTextHistoryRow,
  DOCUMENT_TEXTS_PROJECTION,
  DocumentVersionRow,
  ProjectionCheckpoint,
  StakeholderRow,
  CompilationAmendmentRow,
  CompilationContributionRow,
  CompilationStakeholderRow,
  CompilationVersionRow,
  ConsultationHistoryRow,
  HISTORY_KINDS,
  HistorySubjectRow,
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
  ParticipationConsultationRow,
  ParticipationDocumentRow,
  ParticipationFactRow,
  ParticipationStakeholderRow,
  SearchDocumentRow,
  SearchEntryRow,
  SilenceRow,
  StakeholderInputRow,
  CreateParticipationSearch1732400600000,
  CreateCompilationHistoryProvenance1732400500000,
  CreateConsultationReadModels1732400100000,
  CreateWorkflowReadModels1732400300000,
  CreateDocumentTextHistory1732400400000,
  KeyProjectionCheckpointsByNameAndVersion1732401450000,
  AddAdoptionMethodAndExplanations1732401900000,
  ExplanationRow,
  CreateMeetingsStateOfPlay1732401600000,
  MeetingRow,
  StateOfPlayProvisionRow,
  StateOfPlayRoundRow,
  AddVersionRevision1732401500000,
  CreateStakeholderInputs1732401800000,
  CreateLanguageVersions1732402100000,
  AddHistoryMessages1732402200000,
  LANGUAGE_VERSIONS_PROJECTION,
  LanguageVersionRow,
  LanguageVersionSnapshotRow,
  TranslationTaskRow,
  CreateAwareness1732402300000,
  KeepTextChangesWithSnapshots1732403100000,
  CommentRow,
  NOTIFICATIONS_PROJECTION,
  NotificationAmendmentRow,
  NotificationConsultationRow,
  NotificationDocumentRow,
  NotificationReadRow,
  NotificationRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
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
  DocumentTextHistoryRow,
  CompilationStakeholderRow,
  CompilationContributionRow,
  CompilationVersionRow,
  CompilationAmendmentRow,
  ConsultationHistoryRow,
  HistorySubjectRow,
  ProvenanceStakeholderRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceAmendmentRow,
  ProvenanceRecordRow,
  ParticipationStakeholderRow,
  ParticipationConsultationRow,
  ParticipationDocumentRow,
  ParticipationFactRow,
  SearchDocumentRow,
  SearchEntryRow,
  ExplanationRow,
  MeetingRow,
  StateOfPlayProvisionRow,
  StateOfPlayRoundRow,
  SilenceRow,
  StakeholderInputRow,
  LanguageVersionRow,
  LanguageVersionSnapshotRow,
  TranslationTaskRow,
  NotificationRow,
  NotificationConsultationRow,
  NotificationDocumentRow,
  NotificationAmendmentRow,
  CommentRow,
  NotificationReadRow,
  WebhookEndpointRow,
  WebhookDeliveryRow,
];
export const READ_MODEL_MIGRATIONS = [
  CreateConsultationReadModels1732400100000,
  CreateWorkflowReadModels1732400300000,
  CreateDocumentTextHistory1732400400000,
  CreateCompilationHistoryProvenance1732400500000,
  CreateParticipationSearch1732400600000,
  CreateAccessRefusals1732401000000,
  CreateRateLimitBuckets1732401100000,
  AddCoSubmission1732401200000,
  AddVersionAdoption1732401300000,
  KeyProjectionCheckpointsByNameAndVersion1732401450000,
  AddAdoptionMethodAndExplanations1732401900000,
  CreateMeetingsStateOfPlay1732401600000,
  AddVersionRevision1732401500000,
  CreateSilences1732401700000,
  CreateStakeholderInputs1732401800000,
  CreateLanguageVersions1732402100000,
  AddHistoryMessages1732402200000,
  CreateAwareness1732402300000,
  KeepTextChangesWithSnapshots1732403100000,
];
export { foldTextHistory, VERSION_STARTS } from './document-text-fold';
export type { FoldedText, TextHistoryFoldRow } from './document-text-fold';
