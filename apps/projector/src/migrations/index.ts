import { CreateProjectionRebuildRequests1732400900000 } from './1732400900000-create-projection-rebuild-requests';

export { CreateProjectionRebuildRequests1732400900000 };

/**
 * The projection machinery's own schema (not a read model): run with the read models'
 * migrations by every service that runs those, the gateway included, which queues rebuilds.
 */
export const PROJECTOR_MIGRATIONS = [CreateProjectionRebuildRequests1732400900000];
