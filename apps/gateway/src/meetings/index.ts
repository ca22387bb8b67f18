import { ListMeetingsHandler } from './list-meetings';

export * from './list-meetings';
export * from './meeting.view';
export * from './meetings.controller';

/** The query handler of a consultation's meetings, for the gateway module's providers. */
export const MEETING_QUERY_HANDLERS = [ListMeetingsHandler];
