import { InternalAuditController } from './internal-audit.controller';
import { LedgerAuditService } from './ledger-audit.service';

export { LedgerAuditService, AuditUnavailableError } from './ledger-audit.service';
export { InternalAuditController, INTERNAL_AUDIT_TOKEN_HEADER } from './internal-audit.controller';

/** What LedgerModule provides for the audit (LedgerAuditService needs the module's PostgresEventStore). */
export const LEDGER_AUDIT_PROVIDERS = [LedgerAuditService];
/** The internal audit API, beside the internal command API, when the gateway runs in another process. */
export const LEDGER_AUDIT_INTERNAL_CONTROLLERS = [InternalAuditController];
