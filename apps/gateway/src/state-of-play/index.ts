import { GetStateOfPlayHandler } from './get-state-of-play';

export * from './get-state-of-play';
export * from './state-of-play.view';
export * from './state-of-play.controller';

/** The query handler of a document's state of play, for the gateway module's providers. */
export const STATE_OF_PLAY_QUERY_HANDLERS = [GetStateOfPlayHandler];
