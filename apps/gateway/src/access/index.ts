import { AccessRefusalsController } from './access-refusals.controller';
import { DraftAccess } from './draft-access';
import { DraftsGuard } from './reads-drafts';

export { DraftAccess, withholdConflictsFromOutsiders } from './draft-access';
export type { DraftTarget } from './draft-access';
export { DraftsGuard, ReadsDraftsOf, ReadsNoDrafts, READS_DRAFTS } from './reads-drafts';
export type { DraftsDeclaration } from './reads-drafts';
export { AccessRefusalsController } from './access-refusals.controller';

/** What GatewayModule needs of access control: the refusals auditors read, and the drafts guard's service. */
export const ACCESS_CONTROLLERS = [AccessRefusalsController];
export const ACCESS_PROVIDERS = [DraftAccess, DraftsGuard];
