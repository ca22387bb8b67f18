import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Logger } from '#libs/platform';
import { actorOf } from '../auth/auth.decorators';
import { Metrics } from '../metrics/metrics';

/** One refusal, as an auditor reads it: who asked for what, when, and why it was refused. */
export interface AccessRefusal {
  /** The actor the token named; absent when no valid token was sent. */
  readonly actorId?: string;
  readonly roles?: readonly string[];
  /** The client's address, as the trusted proxies tell it. */
  readonly address: string;
  readonly method: string;
  /** The path and query asked for, at most 1000 characters. */
  readonly path: string;
  /** 401 (a token refused), 403 (a role or an object the actor may not act on). */
  readonly status: number;
  /** A stable code: forbidden, not-allowed, restricted, or the token's refusal (bad-signature, expired...). */
  readonly reason: string;
  readonly detail: string;
}

const MAX_PATH_LENGTH = 1000;
const MAX_DETAIL_LENGTH = 2000;

/** Where refusals are kept for auditors (GET /api/v1/audit/refusals). */
export abstract class RefusalLog {
  abstract record(refusal: AccessRefusal): Promise<void>;

  /** Records a refusal of this request: its actor (if authenticated), address, method and path. */
  recordRequest(request: Request, status: number, reason: string, detail: string): Promise<void> {
    const actor = actorOf(request);
    return this.record({
      ...(actor ? { actorId: actor.id, roles: actor.roles } : {}),
      address: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      method: request.method,
      path: request.originalUrl.slice(0, MAX_PATH_LENGTH),
      status,
      reason,
      detail: detail.slice(0, MAX_DETAIL_LENGTH),
    });
  }
}

/** Refusals in the access_refusals table of the read side's database; the request is answered even when the row cannot be written. */
export class PostgresRefusalLog extends RefusalLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger?: Logger,
    private readonly metrics?: Metrics,
  ) {
    super();
  }

  async record(refusal: AccessRefusal): Promise<void> {
    this.metrics?.recordAccessRefusal(refusal.reason);
    try {
      await this.dataSource.query(
        `INSERT INTO access_refusals (actor_id, roles, address, method, path, status, reason, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          refusal.actorId ?? null,
          refusal.roles ?? null,
          refusal.address,
          refusal.method,
          refusal.path,
          refusal.status,
          refusal.reason,
          refusal.detail,
        ],
      );
    } catch (error) {
      this.logger?.error('access refusal not recorded', {
        reason: refusal.reason,
        status: refusal.status,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/** Where no database is at hand (unit tests of the guard): refusals are kept in memory. */
export class MemoryRefusalLog extends RefusalLog {
  readonly refusals: AccessRefusal[] = [];

  async record(refusal: AccessRefusal): Promise<void> {
    this.refusals.push(refusal);
  }
}
