import { Module } from '@nestjs/common';
import { ProjectorService } from './projector.service';

/** The read side: consumes the event log and keeps the read models. */
@Module({ providers: [ProjectorService], exports: [ProjectorService] })
export class ProjectorModule {}
