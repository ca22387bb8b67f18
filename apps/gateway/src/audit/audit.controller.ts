import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditReport } from '#libs/audit';
import { ProblemException, Roles, problem } from '#libs/runtime';
import { AuditGateway } from './audit-gateway';
import { AuditReportView, CheckpointView } from './audit.views';

/** Tamper evidence: the recorded history verified, and signed checkpoints on demand. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(@Inject(AuditGateway) private readonly audit: AuditGateway) {}

  @Get('verify')
  @Roles('auditor', 'secretariat')
  @ApiOperation({
    summary: 'Verify the recorded history (auditor, secretariat).',
    description:
      'Recomputes every event hash, the hash chain and the Merkle tree from the event store, compares them with the Kafka topic (from offset 0; ' +
      'identical redeliveries are dropped) and with the signed checkpoints (signature, root, chain, consistency of each earlier one with the latest), ' +
      'and reports the first divergence with its position, event id and what differs. Always 200: `ok` says whether the history is intact. ' +
      'In the embedded default there is no Kafka; the report says so. The same check as `npm run cli -- audit verify`.',
  })
  @ApiOkResponse({ type: AuditReportView })
  verify(): Promise<AuditReport> {
    return this.audit.verify();
  }

  @Post('checkpoints')
  @HttpCode(200)
  @Roles('auditor', 'secretariat')
  @ApiOperation({
    summary: 'Sign a checkpoint of the head now (auditor, secretariat).',
    description:
      'The ledger writes one every AUDIT_CHECKPOINT_EVERY_EVENTS events or AUDIT_CHECKPOINT_INTERVAL_MS anyway; this one commits to the head at once, ' +
      'before an audit for instance. Answers the checkpoint written, or the latest when nothing was recorded since. 409 when the ledger refuses to sign ' +
      '(the store no longer matches its own hash chain) or when nothing is recorded yet.',
  })
  @ApiOkResponse({ type: CheckpointView })
  async checkpoint(): Promise<CheckpointView> {
    const answer = await this.audit.checkpoint();
    if (!answer.checkpoint) throw new ProblemException(problem(409, 'no-checkpoint', 'No checkpoint signed', answer.refusal ?? 'No checkpoint could be signed.'));
    return answer.checkpoint;
  }
}
