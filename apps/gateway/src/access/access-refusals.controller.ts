import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, Roles, problem } from '#libs/runtime';
import { isBigintText, readInstant } from '#libs/security';
import { decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';
import { AccessRefusalPage } from './access-refusal.view';
import { ReadsNoDrafts } from './reads-drafts';

const MAX_PAGE_SIZE = 200;
const ACTOR_ID = /^[^\s\p{C}]{1,256}$/u;
const REASON = /^[a-z-]{1,40}$/;

interface RefusalRow {
  id: string;
  recorded_at: Date;
  actor_id: string | null;
  roles: string[] | null;
  address: string;
  method: string;
  path: string;
  status: number;
  reason: string;
  detail: string;
}

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', `${field} ${message}`, { errors: [{ field, message }] }));
}

function single(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(field, 'must be given once, as text');
  return value;
}

/** Every refused request (a token refused, a role or an object the actor may not act on), newest first, for auditors. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/audit')
export class AccessRefusalsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get('refusals')
  @ApiProblemResponses('validation', 'forbidden')
  @Roles('auditor')
  @ReadsNoDrafts('an auditor reads everything')
  @ApiOperation({
    summary: 'Refused requests (auditor): who asked for what, when, from where, and why it was refused.',
    description:
      'Every 401 for a token that was sent and refused, and every 403 (a role, a rule of the object, a restricted consultation), newest first, keyset-paginated.',
  })
  @ApiQuery({ name: 'actor', required: false, description: 'Only the refusals of this actor.' })
  @ApiQuery({ name: 'reason', required: false, example: 'restricted' })
  @ApiQuery({ name: 'status', required: false, enum: ['401', '403'] })
  @ApiQuery({ name: 'from', required: false, description: 'Recorded at or after (ISO 8601).' })
  @ApiQuery({ name: 'to', required: false, description: 'Recorded before (ISO 8601).' })
  @ApiQuery({ name: 'limit', required: false, description: `1 to ${MAX_PAGE_SIZE}; 50 by default.` })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AccessRefusalPage })
  async refusals(
    @Query('actor') actorParam?: unknown,
    @Query('reason') reasonParam?: unknown,
    @Query('status') statusParam?: unknown,
    @Query('from') fromParam?: unknown,
    @Query('to') toParam?: unknown,
    @Query('limit') limitParam?: unknown,
    @Query('cursor') cursorParam?: unknown,
  ): Promise<AccessRefusalPage> {
    const actor = single('actor', actorParam);
    if (actor !== undefined && !ACTOR_ID.test(actor)) throw invalid('actor', 'must be an actor id');
    const reason = single('reason', reasonParam);
    if (reason !== undefined && !REASON.test(reason)) throw invalid('reason', 'must be a refusal code such as forbidden or restricted');
    const status = single('status', statusParam);
    if (status !== undefined && status !== '401' && status !== '403') throw invalid('status', 'must be 401 or 403');
    // A date alone names its start, for `to` as for `from`: `to` is exclusive.
    const moment = (field: string, raw: string | undefined) => {
      if (raw === undefined) return undefined;
      const at = readInstant(raw, { dateAlone: 'start' });
      if (!at) throw invalid(field, 'must be an ISO 8601 date or date-time with a time zone, from 1970 to 9999');
      return at.toISOString();
    };
    const from = moment('from', single('from', fromParam));
    const to = moment('to', single('to', toParam));
    const rawLimit = single('limit', limitParam);
    const limit = rawLimit === undefined ? 50 : /^\d{1,3}$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(limit >= 1 && limit <= MAX_PAGE_SIZE)) throw invalid('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
    const rawCursor = single('cursor', cursorParam);
    const cursor = rawCursor === undefined ? undefined : decodeKeysetCursor(rawCursor);
    if (rawCursor !== undefined && (!cursor || cursor.key !== 'refusal' || !isBigintText(cursor.id)))
      throw invalid('cursor', 'is not one this service issued');

    // Every filter is a parameter of the statement: nothing a caller sends becomes SQL.
    const rows: RefusalRow[] = await this.dataSource.query(
      `SELECT id::text AS id, recorded_at, actor_id, roles, address, method, path, status, reason, detail
         FROM access_refusals
        WHERE ($1::text IS NULL OR actor_id = $1)
          AND ($2::text IS NULL OR reason = $2)
          AND ($3::smallint IS NULL OR status = $3)
          AND ($4::timestamptz IS NULL OR recorded_at >= $4)
          AND ($5::timestamptz IS NULL OR recorded_at < $5)
          AND ($6::bigint IS NULL OR id < $6)
        ORDER BY id DESC
        LIMIT $7`,
      [actor ?? null, reason ?? null, status ?? null, from ?? null, to ?? null, cursor?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        id: row.id,
        recordedAt: row.recorded_at.toISOString(),
        ...(row.actor_id !== null ? { actorId: row.actor_id } : {}),
        ...(row.roles !== null ? { roles: row.roles } : {}),
        address: row.address,
        method: row.method,
        path: row.path,
        status: row.status,
        reason: row.reason,
        detail: row.detail,
      })),
      ...(rows.length > limit && last ? { next: encodeKeysetCursor({ key: 'refusal', id: last.id }) } : {}),
    };
  }
}
