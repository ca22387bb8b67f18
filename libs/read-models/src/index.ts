import { CreateConsultationReadModels1732400100000 } from './migrations/1732400100000-create-consultation-read-models';
import { ConsultationSummary } from './consultation-summary.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';

export { ConsultationSummary, ProjectionCheckpoint, CreateConsultationReadModels1732400100000 };

/** Everything the read side's schema is made of; the projector owns these migrations. */
export const READ_MODEL_ENTITIES = [ConsultationSummary, ProjectionCheckpoint];
export const READ_MODEL_MIGRATIONS = [CreateConsultationReadModels1732400100000];
