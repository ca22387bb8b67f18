import { Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { AuditReport } from '#libs/audit';
import { WrittenCheckpoint } from '#libs/eventstore';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, ProblemException, Public, problem, streamBundle } from '#libs/runtime';
import { AuditUnavailableError, LedgerAuditService } from './ledger-audit.service';

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

  @Get('bundle')
  async bundle(@Res() response: Response, @Headers(INTERNAL_AUDIT_TOKEN_HEADER) token?: string): Promise<void> {
    this.authenticate(token);
    try {
      await streamBundle(response, (write) => this.audit.exportBundle(write));
    } catch (error) {
      if (error instanceof AuditUnavailableError)
        throw new ProblemException(problem(409, 'audit-unavailable', 'Audit bundle unavailable', error.message));
      throw error;
    }
  }

  @Get('documents/:documentId/provisions/:provision/why')
  async why(
    @Param('documentId') documentId: string,
    @Param('provision') provision: string,
    @Query('position') position?: string,
    @Query('asOf') asOf?: string,
    @Headers(INTERNAL_AUDIT_TOKEN_HEADER) token?: string,
  ): Promise<unknown> {
    this.authenticate(token);
    return this.audit.explainProvision(documentId, provision, {
      ...(position !== undefined ? { position: Number(position) } : {}),
      ...(asOf !== undefined ? { time: asOf } : {}),
    });
  }

  private authenticate(token: string | undefined): void {
    if (!sameSecret(token, this.config.internalApiToken)) {
      throw new ProblemException(problem(401, 'unauthenticated', 'Unauthenticated', 'Only the gateway calls the internal audit API.'));
    }
  }
}
