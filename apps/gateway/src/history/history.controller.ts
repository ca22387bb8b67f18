import { Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { HISTORY_KINDS } from '#libs/read-models';
import { DEFAULT_LOCALE, fromAcceptLanguage } from '#libs/web';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses } from '#libs/runtime';
import { found } from '../http/pagination';
import { invalidRequest } from '../http/invalid-request';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { parseHistoryRequest } from './history-request';
import { HistoryPage } from './history.view';
import { ListConsultationHistory } from './list-consultation-history';

/**
 * The history of a consultation. Its operation id is the one it was published under, in the
 * controller of the negotiation views it was served by then: clients generate code from it.
 */
@ApiTags('negotiation')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class HistoryController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('consultations/:id/history')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ReadsDraftsOf('consultation')
  @ApiOperation({
    operationId: 'NegotiationViewsController_history',
    summary:
      'The history of a consultation: everything that happened, in order, with who was involved, the provisions touched and a one-line summary (in English, and as `text` in the language Accept-Language asks for: Arabic or English); filtered and keyset-paginated by position, forward (`next`) and back (`previous`).',
  })
  @ApiQuery({ name: 'stakeholder', required: false, description: 'Only what involves this stakeholder.' })
  @ApiQuery({ name: 'provision', required: false, description: 'Only what touches this provision (or section) id.' })
  @ApiQuery({ name: 'kind', required: false, description: `A comma list of ${HISTORY_KINDS.join(', ')}.` })
  @ApiQuery({ name: 'from', required: false, description: 'Recorded at or after: an ISO 8601 date or date-time.' })
  @ApiQuery({ name: 'to', required: false, description: 'Recorded before: an ISO 8601 date-time, or a date (which includes that day).' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 100; 20 by default.' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` or `previous` of the page read before.' })
  @ApiOkResponse({ type: HistoryPage })
  async history(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Record<string, unknown>,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<HistoryPage> {
    const request = parseHistoryRequest(query);
    if (!request.ok) throw invalidRequest(request.errors.map((error) => `${error.field} ${error.message}`).join('; '), request.errors);
    const { filter, limit, cursor } = request.value;
    const locale = fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
    return found(await this.queries.execute(new ListConsultationHistory(id, filter, limit, cursor, locale)), `consultation ${id}`);
  }
}
