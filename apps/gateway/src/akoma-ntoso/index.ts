import { GetAkomaNtosoContextHandler } from './get-akoma-ntoso-context';
import { GetAmendmentAkomaNtosoHandler } from './get-amendment-akoma-ntoso';

export * from './akoma-ntoso-context';
export * from './akoma-ntoso.view';
export * from './get-akoma-ntoso-context';
export * from './get-amendment-akoma-ntoso';

/** The query handlers that gather what an Akoma Ntoso file says beyond the words, for the gateway module's providers. */
export const AKOMA_NTOSO_QUERY_HANDLERS = [GetAkomaNtosoContextHandler, GetAmendmentAkomaNtosoHandler];
