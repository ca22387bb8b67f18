import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, AuthConfig, Logger } from '#libs/platform';
import { Metrics } from '../metrics/metrics';
import { MemoryRefusalLog, PostgresRefusalLog, PostgresSharedBucketStore, RateLimiter, RefusalLog, SharedRateLimit } from '../security';
import { APP_CONFIG } from '../tokens';
import { AUTH_CONFIG, BearerAuthGuard } from './bearer-auth.guard';
import { TokenVerifier } from './token-verifier';

/**
 * Bearer-token identity for the HTTP API: installs BearerAuthGuard as a global guard, and
 * gives every module the token verifier, the refusal log auditors read and the rate limiter.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(config) },
        {
          provide: RefusalLog,
          // The read side's database holds the log; without one (a unit test), memory does.
          useFactory: (dataSource?: DataSource, logger?: Logger, metrics?: Metrics) =>
            dataSource ? new PostgresRefusalLog(dataSource, logger, metrics) : new MemoryRefusalLog(),
          inject: [
            { token: DataSource, optional: true },
            { token: 'Logger', optional: true },
            { token: Metrics, optional: true },
          ],
        },
        {
          provide: RateLimiter,
          // Shared across gateways through the read side's database when the configuration says so (the full mode).
          useFactory: (app?: AppConfig, dataSource?: DataSource, logger?: Logger) => {
            const setting = app?.security.sharedRateLimit;
            const shared =
              setting?.enabled && dataSource
                ? new SharedRateLimit(
                    new PostgresSharedBucketStore(dataSource),
                    { leaseTokens: setting.leaseTokens, timeoutMs: setting.timeoutMs },
                    logger,
                  )
                : undefined;
            return new RateLimiter(app?.security, Date.now, shared);
          },
          inject: [
            { token: APP_CONFIG, optional: true },
            { token: DataSource, optional: true },
            { token: 'Logger', optional: true },
          ],
        },
        { provide: APP_GUARD, useClass: BearerAuthGuard },
      ],
      exports: [TokenVerifier, RefusalLog, RateLimiter],
    };
  }
}
