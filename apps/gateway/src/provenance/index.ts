import { GetProvisionProvenanceHandler } from './get-provision-provenance';

export * from './get-provision-provenance';
export * from './provenance.view';
export * from './provenance.controller';

/** The query handler of a provision's provenance, for the gateway module's providers. */
export const PROVENANCE_QUERY_HANDLERS = [GetProvisionProvenanceHandler];
