import { Controller, Get, Inject, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses } from '#libs/runtime';
import { found } from '../http/pagination';
import { invalidRequest } from '../http/invalid-request';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { GetProvisionProvenance } from './get-provision-provenance';
import { ProvisionProvenanceView } from './provenance.view';

const PROVISION_ID = /^[^\s\p{C}]{1,200}$/u;

/**
 * The provenance of a provision. Its operation id is the one it was published under, in the
 * controller of the negotiation views it was served by then: clients generate code from it.
 */
@ApiTags('negotiation')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class ProvenanceController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('documents/:id/provisions/:provisionId/provenance')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ReadsDraftsOf('document')
  @ApiOperation({
    operationId: 'NegotiationViewsController_provenance',
    summary:
      'Where a provision came from (the registered text, or the amendment, contribution and decision that put it there), every amendment and decision that bore on it since, reservations on it, the versions that carried it, and its current label and text.',
  })
  @ApiParam({ name: 'provisionId', example: 'op-1-1' })
  @ApiOkResponse({ type: ProvisionProvenanceView })
  async provenance(@Param('id', ParseUUIDPipe) id: string, @Param('provisionId') provisionId: string): Promise<ProvisionProvenanceView> {
    if (!PROVISION_ID.test(provisionId))
      throw invalidRequest('provisionId must be a provision id (1 to 200 visible characters, no spaces)', [
        { field: 'provisionId', message: 'must be a provision id' },
      ]);
    return found(await this.queries.execute(new GetProvisionProvenance(id, provisionId)), `provision ${provisionId} in document ${id}`);
  }
}
