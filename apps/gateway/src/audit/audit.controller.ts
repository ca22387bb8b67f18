import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditReport, CitedExplanation, ReplayMoment } from '#libs/audit';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem, streamBundle } from '#libs/runtime';
import { readInstant } from '#libs/security';
import { AuditGateway, AuditRefusedError } from './audit-gateway';
import { AuditReportView, CheckpointView, ProvisionWhyView } from './audit.view';
import { ReadsNoDrafts } from '../access';

/** Tamper evidence: the recorded history verified, signed checkpoints on demand, the audit bundle, and why a provision reads as it does. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/audit')
export class AuditController {
  constructor(@Inject(AuditGateway) private readonly audit: AuditGateway) {}

  @Get('verify')
  @ApiProblemResponses('forbidden', 'ledger-error', 'ledger-unavailable')
  @ReadsNoDrafts('auditors and the secretariat read everything')
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
  @ApiProblemResponses('forbidden', 'no-checkpoint', 'ledger-error', 'ledger-unavailable')
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
    if (!answer.checkpoint)
      throw new ProblemException(problem(409, 'no-checkpoint', 'No checkpoint signed', answer.refusal ?? 'No checkpoint could be signed.'));
    return answer.checkpoint;
  }

  @Get('bundle')
  @ApiProblemResponses('forbidden', 'audit-unavailable', 'ledger-error', 'ledger-unavailable')
  @ReadsNoDrafts('auditors read everything')
  @Roles('auditor')
  @ApiOperation({
    summary: 'Download the audit bundle (auditor).',
    description:
      'The whole history as one file of JSON lines: a header with the public key the checkpoints verify with, every signed checkpoint, every event as recorded ' +
      'with its hash and chain hash, the RFC 6962 consistency proofs between successive checkpoints, the inclusion proof of every event under the latest ' +
      'checkpoint, and a closing line with the counts. Check it offline with `npm run verify-bundle -- <file> --public-key <pem>`; the format is described ' +
      'in docs/audit-bundle-format.md. Streamed as it is read from one snapshot of the store; the same file as `npm run cli -- audit export`. ' +
      'Sign a checkpoint first (POST /audit/checkpoints) for the latest events to be covered. 409 when the ledger has no public key configured.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'The bundle, `application/x-ndjson`, as an attachment.' })
  async bundle(@Res() response: Response): Promise<void> {
    try {
      await streamBundle(response, (write) => this.audit.bundle(write), {
        'content-disposition': `attachment; filename="audit-bundle-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl"`,
        'cache-control': 'no-store',
      });
    } catch (error) {
      if (error instanceof AuditRefusedError)
        throw new ProblemException(problem(409, 'audit-unavailable', 'Audit bundle unavailable', error.message));
      throw error;
    }
  }

  @Get('documents/:documentId/provisions/:provision/why')
  @ApiProblemResponses('validation', 'forbidden', 'not-found', 'ledger-error', 'ledger-unavailable')
  @ReadsNoDrafts('auditors and the secretariat read everything')
  @Roles('auditor', 'secretariat')
  @ApiOperation({
    summary: 'Why a provision reads as it does (auditor, secretariat).',
    description:
      "Replays the document from the events alone (the write side's evolve functions and the text engine) up to the moment asked (`position`, or `asOf` an ISO time; " +
      'now by default), finds the provision by its id or its label as printed at that moment ("3", "ب", "هـ)", "operative 2/1", "recalling further/a", a sub-item "3/\'1\'"), ' +
      'and answers the events that gave it its wording: its registration, the decisions that changed it with the amendments, revisions and contributions behind them, ' +
      'the adoptions that carried it; relettering and reservations as context. Each event is cited with its position, id, hash and its inclusion proof under the latest ' +
      'signed checkpoint (`valid` says whether it leads to the signed root). 404 when the document or the provision is not there at that moment (with `candidates`).',
  })
  @ApiQuery({ name: 'position', required: false, description: 'The moment: after the event at this global position.' })
  @ApiQuery({ name: 'asOf', required: false, description: 'The moment: an ISO 8601 time.' })
  @ApiOkResponse({ type: ProvisionWhyView })
  async why(
    @Param('documentId') documentId: string,
    @Param('provision') provision: string,
    @Query('position') position?: string,
    @Query('asOf') asOf?: string,
  ): Promise<CitedExplanation> {
    const at: ReplayMoment = {};
    if (position !== undefined) {
      if (!/^\d{1,15}$/.test(position) || Number(position) < 1)
        throw new ProblemException(
          problem(400, 'validation', 'Invalid request', 'position must be a global position (a whole number from 1)'),
        );
      Object.assign(at, { position: Number(position) });
    }
    if (asOf !== undefined) {
      const time = readInstant(asOf, { dateAlone: 'start' });
      if (!time)
        throw new ProblemException(
          problem(400, 'validation', 'Invalid request', 'asOf must be an ISO 8601 time, from 1970 to 9999', {
            errors: [{ field: 'asOf', message: 'must be an ISO 8601 time, from 1970 to 9999' }],
          }),
        );
      Object.assign(at, { time: time.toISOString() });
    }
    const answer = await this.audit.why(documentId, provision, at);
    if (!answer.ok)
      throw new ProblemException(
        problem(404, 'not-found', 'Not found', answer.reason, answer.candidates ? { candidates: answer.candidates } : {}),
      );
    return answer.explanation;
  }
}
