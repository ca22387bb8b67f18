import { Provider, Type } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { AuditGateway, HttpAuditGateway, InProcessAudit, InProcessAuditGateway } from './audit-gateway';
import { AuditController } from './audit.controller';

export { AuditController } from './audit.controller';
export { AuditGateway } from './audit-gateway';

/** The audit's controllers for GatewayModule. */
export const AUDIT_CONTROLLERS = [AuditController];

/**
 * How the gateway reaches the ledger's audit: the ledger's LedgerAuditService when the ledger
 * runs in this process (`inProcessAudit`, its class), else the ledger's internal API.
 */
export function auditGatewayProvider(config: AppConfig, inProcessAudit?: Type<InProcessAudit>): Provider {
  return inProcessAudit
    ? { provide: AuditGateway, useFactory: (audit: InProcessAudit) => new InProcessAuditGateway(audit), inject: [inProcessAudit] }
    : { provide: AuditGateway, useValue: new HttpAuditGateway(config.ledgerUrl, config.internalApiToken!) };
}
