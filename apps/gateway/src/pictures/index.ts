import { GetContentionHandler } from './get-contention';
import { GetParticipationFiguresHandler } from './get-participation-figures';
import { GetProgressHandler } from './get-progress';

export * from './contention-figures';
export * from './contention-request';
export * from './get-contention';
export * from './get-participation-figures';
export * from './get-progress';
export * from './pictures.controller';
export * from './progress-figures';

/** The pictures' query handlers, for the gateway module's providers. */
export const PICTURES_QUERY_HANDLERS = [GetContentionHandler, GetParticipationFiguresHandler, GetProgressHandler];
