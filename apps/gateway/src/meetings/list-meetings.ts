import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationSummary, MeetingRow } from '#libs/read-models';
import { MeetingListView, meetingView } from './meeting.view';

/** The meetings of a consultation; null when the consultation is not (yet) known. */
export class ListMeetings extends Query<MeetingListView | null> {
  constructor(readonly consultationId: string) {
    super();
  }
}

@QueryHandler(ListMeetings)
export class ListMeetingsHandler implements IQueryHandler<ListMeetings> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId }: ListMeetings): Promise<MeetingListView | null> {
    const consultation = await this.dataSource.getRepository(ConsultationSummary).findOneBy({ id: consultationId });
    if (!consultation) return null;
    const rows = await this.dataSource
      .getRepository(MeetingRow)
      .find({ where: { consultationId }, order: { date: 'ASC', kind: 'ASC', number: 'ASC', meetingId: 'ASC' } });
    return { items: rows.map(meetingView) };
  }
}
