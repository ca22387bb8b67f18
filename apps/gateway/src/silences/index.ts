import { ListSilencesOfDocumentHandler } from './list-silences';

export * from './list-silences';
export * from './silence.view';
export { SilencesController } from './silences.controller';

export const SILENCE_QUERY_HANDLERS = [ListSilencesOfDocumentHandler];
