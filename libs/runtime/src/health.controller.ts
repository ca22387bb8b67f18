import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ApiProblemResponses } from './openapi';
import { KAFKA } from './tokens';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 3000;

async function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await withTimeout(probe());
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
// Probes answer without a token; the limit per client address still applies (not to loopback).
@ApiProblemResponses('too-many-requests')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka | undefined,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers.', security: [] })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get()
  @ApiOperation({ summary: 'Readiness: PostgreSQL answers, and Kafka in the full mode. 503 when not ready.', security: [] })
  @ApiServiceUnavailableResponse({
    description: 'Not ready: the same body as when ready, `status` down, with each check and the error of those down.',
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: 'up' | 'down'; checks: Record<string, CheckResult> }> {
    const checks: Record<string, CheckResult> = { postgres: await check(() => this.dataSource.query('SELECT 1')) };
    if (this.kafka) {
      checks.kafka = await check(async () => {
        const admin = this.kafka!.admin();
        await admin.connect();
        try {
          await admin.describeCluster();
        } finally {
          await admin.disconnect();
        }
      });
    }
    const up = Object.values(checks).every((c) => c.status === 'up');
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', checks };
  }
}
