import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { AuditReport, BundleEnd, CitedExplanation, ReplayMoment } from '#libs/audit';
import {
  CheckpointWriter,
  EMBEDDED_KAFKA_NOTE,
  PostgresEventStore,
  WrittenCheckpoint,
  explainProvisionFromStore,
  exportAuditBundle,
  verifyRecordedHistory,
} from '#libs/eventstore';
import { AppConfig, Logger, createLogger, logConnectionErrors } from '#libs/platform';
import { APP_CONFIG, DATABASE_URL, KAFKA } from '#libs/runtime';

/** The audit cannot do what was asked with this configuration. */
export class AuditUnavailableError extends Error {}

/**
 * The ledger's audit: writes a signed checkpoint of the event store's head every
 * AUDIT_CHECKPOINT_EVERY_EVENTS events or AUDIT_CHECKPOINT_INTERVAL_MS, and on demand; and
 * verifies the recorded history against itself, Kafka and the checkpoints.
 */
@Injectable()
export class LedgerAuditService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private readonly pool: Pool;
  private readonly writer?: CheckpointWriter;
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  private writing?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(KAFKA) private readonly kafka: Kafka | undefined,
  ) {
    this.logger = createLogger('audit', config.logLevel);
    this.pool = logConnectionErrors(
      new Pool({ connectionString: databaseUrl, max: 2, application_name: 'ledger-audit' }),
      this.logger,
      'ledger-audit',
    );
    const signingKey = config.audit.signingKey;
    if (signingKey) this.writer = new CheckpointWriter(this.pool, signingKey.pem, this.logger);
  }

  onApplicationBootstrap(): void {
    const writer = this.writer;
    if (!writer) {
      this.logger.warn('audit checkpoints are not written: no signing key is configured');
      return;
    }
    // At start: catch up with what was recorded while the ledger was down.
    void this.checkpointInBackground();
    this.timer = setInterval(() => void this.checkpointInBackground(), this.config.audit.checkpointIntervalMs);
    this.timer.unref();
    this.unsubscribe = this.store.onAppend((position) => {
      if (position - writer.latestTreeSize >= this.config.audit.checkpointEveryEvents) void this.checkpointInBackground();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    // A checkpoint being signed finishes first.
    await this.writing;
    await this.pool.end();
  }

  /** Writes a checkpoint of the head now (if events were recorded since the latest) and answers the latest. */
  async checkpointNow(): Promise<WrittenCheckpoint | undefined> {
    if (!this.writer) return undefined;
    return this.writer.checkpoint();
  }

  /** Why checkpoints are not being written, if they are not. */
  get checkpointRefusal(): string | undefined {
    return this.writer ? this.writer.refused : 'no signing key is configured';
  }

  /** Recomputes the history from the store (and Kafka in the full mode) and checks it against the checkpoints. */
  async verify(): Promise<AuditReport> {
    const started = Date.now();
    const report = await verifyRecordedHistory({
      databaseUrl: this.databaseUrl,
      logger: this.logger,
      kafka: this.kafka && this.config.kafka ? { kafka: this.kafka, topic: this.config.kafka.eventsTopic } : undefined,
      kafkaSkipped: EMBEDDED_KAFKA_NOTE,
      publicKeyPem: this.config.audit.publicKeyPem,
    });
    const { timings, ...answer } = report;
    this.logger.info('audit verification done', {
      ok: report.ok,
      events: report.store.events,
      divergences: report.divergenceCount,
      firstDivergence: report.firstDivergence
        ? { kind: report.firstDivergence.kind, position: report.firstDivergence.position }
        : undefined,
      ms: Date.now() - started,
      ...timings,
    });
    return answer;
  }

  /** Writes the audit bundle (events, checkpoints, proofs, public key) through `write`; refused when no public key is configured. */
  async exportBundle(write: (text: string) => void | Promise<void>): Promise<BundleEnd & { headPosition: number }> {
    const publicKeyPem = this.config.audit.publicKeyPem;
    if (!publicKeyPem)
      throw new AuditUnavailableError(
        'no audit public key is configured (AUDIT_PUBLIC_KEY or AUDIT_SIGNING_KEY): the bundle would carry no key to check its checkpoints with',
      );
    const started = Date.now();
    const end = await exportAuditBundle({ databaseUrl: this.databaseUrl, publicKeyPem, write, logger: this.logger });
    this.logger.info('audit bundle exported', { ...end, ms: Date.now() - started });
    return end;
  }

  /** Why a provision reads as it does at a moment, each event cited with its inclusion proof under the latest checkpoint. */
  async explainProvision(
    documentId: string,
    provision: string,
    at: ReplayMoment = {},
  ): Promise<{ ok: true; explanation: CitedExplanation } | { ok: false; reason: string; candidates?: readonly string[] }> {
    const result = await explainProvisionFromStore({
      databaseUrl: this.databaseUrl,
      logger: this.logger,
      publicKeyPem: this.config.audit.publicKeyPem,
      documentId,
      provision,
      at,
    });
    if (!result.ok) return result;
    return { ok: true, explanation: result.cited! };
  }

  /** One background checkpoint at a time; a turn that finds one under way leaves it to finish. */
  private checkpointInBackground(): Promise<void> {
    this.writing ??= (async () => {
      try {
        await this.writer?.checkpoint();
      } catch (error) {
        this.logger.error('audit checkpoint could not be written; retrying on the next turn', { error: String(error) });
      } finally {
        this.writing = undefined;
      }
    })();
    return this.writing;
  }
}
