import { Module } from '@nestjs/common';
import { ProjectionLagCollector } from './projection-lag.collector';
import { ProjectorService } from './projector.service';

/** The read side: consumes the event log and keeps the read models. */
@Module({ providers: [ProjectorService, ProjectionLagCollector], exports: [ProjectorService] })
export class ProjectorModule {}
