import { Controller, Get, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { AuditReport } from '#libs/audit';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, ProblemException, Public, problem } from '#libs/runtime';
import { WrittenCheckpoint } from './checkpoint-writer';
import { LedgerAuditService } from './ledger-audit.service';

export const INTERNAL_AUDIT_TOKEN_HEADER = 'x-internal-token';

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The ledger's audit for the gateway in the full mode; only the gateway calls it, with the shared internal token. */
@ApiExcludeController()
@Public()
@Controller('internal/audit')
export class InternalAuditController {
  constructor(
    @Inject(LedgerAuditService) private readonly audit: LedgerAuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('verify')
  verify(@Headers(INTERNAL_AUDIT_TOKEN_HEADER) token?: string): Promise<AuditReport> {
    this.authenticate(token);
    return this.audit.verify();
  }

  @Post('checkpoints')
  @HttpCode(200)
  async checkpoint(@Headers(INTERNAL_AUDIT_TOKEN_HEADER) token?: string): Promise<{ checkpoint?: WrittenCheckpoint; refusal?: string }> {
    this.authenticate(token);
    const checkpoint = await this.audit.checkpointNow();
    return checkpoint ? { checkpoint } : { refusal: this.audit.checkpointRefusal ?? 'no event is recorded yet' };
  }

  private authenticate(token: string | undefined): void {
    if (!sameSecret(token, this.config.internalApiToken)) {
      throw new ProblemException(problem(401, 'unauthenticated', 'Unauthenticated', 'Only the gateway calls the internal audit API.'));
    }
  }
}
