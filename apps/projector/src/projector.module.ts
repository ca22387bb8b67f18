import { Module } from '@nestjs/common';
import { ProjectionLagCollector } from './projection-lag.collector';
import { ProjectorService } from './projector.service';
import { WebhookRelayService } from './webhooks/webhook-relay.service';

/** The read side: consumes the event log and keeps the read models. */
@Module({ providers: [ProjectorService, ProjectionLagCollector, WebhookRelayService], exports: [ProjectorService] })
export class ProjectorModule {}
