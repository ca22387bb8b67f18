import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { EVENT_STORE_MIGRATIONS } from '#libs/eventstore';
import {
  AppConfig,
  ConfigError,
  EmbeddedPostgresHandle,
  SERVICE_NAMES,
  ServiceName,
  createLogger,
  loadConfig,
  runMigrations,
  startEmbeddedPostgres,
} from '#libs/platform';
import { READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { configureHttpApp } from '#libs/runtime';
import { formBodyMiddleware } from '../../gateway/src/web/form-bodies';
import { multipartUploadMiddleware } from '../../gateway/src/web/multipart-upload';
import { wordBodyMiddleware } from '../../gateway/src/word-uploads/word-body';
import { webRefusalPage } from '../../gateway/src/web/web-refusal-page';
import { PROJECTOR_MIGRATIONS } from '../../projector/src/migrations';
import { DrainHttpServer, drainableHttpServer } from './http-drain';
import { rootModuleFor } from './service-modules';

const USAGE = `usage: main.js <all|gateway|ledger|projector>
  all        every service in one process (the embedded default)
  gateway    the HTTP API (full mode)
  ledger     the write side and outbox relay (full mode)
  projector  the read side (full mode)`;

function servicesFrom(argument: string | undefined): readonly ServiceName[] {
  if (argument === undefined || argument === 'all') return SERVICE_NAMES;
  if ((SERVICE_NAMES as readonly string[]).includes(argument)) return [argument as ServiceName];
  throw new ConfigError([`unknown service "${argument}"\n${USAGE}`]);
}

function portFor(config: AppConfig, services: readonly ServiceName[]): number {
  if (services.includes('gateway')) return config.gatewayPort;
  return services.includes('ledger') ? config.ledgerPort : config.projectorPort;
}

async function main(): Promise<void> {
  const services = servicesFrom(process.argv[2]);
  const config = loadConfig(process.env, services);
  const component = services.length === 1 ? services[0] : 'ledger-all';
  const logger = createLogger(component, config.logLevel);
  for (const notice of config.notices) logger.warn(notice);

  let embedded: EmbeddedPostgresHandle | undefined;
  let app: NestExpressApplication | undefined;
  let drainHttpServer: DrainHttpServer | undefined;
  let stopping = false;
  // In this order: no new requests and the running ones answered; the relay and the projector
  // past their batch and the pools closed (Nest's shutdown hooks); PostgreSQL last.
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('a second signal during shutdown: exiting at once', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal, graceMs: config.shutdownGraceMs });
    let exitCode = 0;
    try {
      await drainHttpServer?.(config.shutdownGraceMs, logger);
      await app?.close();
    } catch (error) {
      logger.error('shutdown failed', { error: error instanceof Error ? error.stack : String(error) });
      exitCode = 1;
    }
    await embedded?.stop();
    logger.info('stopped', { signal, exitCode });
    process.exit(exitCode);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));

  let databaseUrl: string;
  if (config.database.kind === 'embedded') {
    embedded = await startEmbeddedPostgres(config.database.dataDir, config.database.port, logger, undefined, {
      callerHandlesSignals: true,
    });
    databaseUrl = embedded.url;
  } else {
    databaseUrl = config.database.url;
  }
  if (services.includes('ledger')) await runMigrations(databaseUrl, 'ledger', EVENT_STORE_MIGRATIONS);
  if (services.includes('projector') || services.includes('gateway')) {
    await runMigrations(databaseUrl, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
  }

  app = await NestFactory.create<NestExpressApplication>(rootModuleFor(config, services, databaseUrl, component), {
    bodyParser: false,
    logger: ['error', 'warn'],
  });
  configureHttpApp(app, {
    maxBodyBytes: config.maxBodyBytes,
    logger,
    bodyReaders: services.includes('gateway')
      ? [
          formBodyMiddleware(config.maxBodyBytes),
          wordBodyMiddleware(config.uploads.maxUploadBytes),
          multipartUploadMiddleware(config.uploads.maxUploadBytes),
        ]
      : [],
    refusalPage: services.includes('gateway') ? webRefusalPage : undefined,
    openApi: services.includes('gateway')
      ? {
          title: 'Consultation ledger',
          description:
            'Multistakeholder drafting of resolutions: consultations, contributions, amendments and decisions as events. Errors are RFC 9457 problem details.',
        }
      : undefined,
  });
  const port = portFor(config, services);
  drainHttpServer = drainableHttpServer(app.getHttpServer());
  await app.listen(port, '0.0.0.0');
  logger.info('listening', { port, services, mode: config.mode });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`failed to start: ${error instanceof Error ? error.stack : (JSON.stringify(error) ?? String(error))}\n`);
  process.exit(1);
});
