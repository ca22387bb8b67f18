import { ProjectionRebuildQueue } from './projection-rebuild-queue';
import { ListProjectionStatusesHandler } from './list-projection-statuses';

export * from './projection-status';
export * from './list-projection-statuses';
export * from './projection-rebuild-queue';
export * from './projections.controller';

/** The gateway module's providers for the projections' lag and rebuild endpoints. */
export const PROJECTION_PROVIDERS = [ListProjectionStatusesHandler, ProjectionRebuildQueue];
