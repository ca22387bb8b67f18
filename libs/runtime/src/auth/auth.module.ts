import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthConfig } from '#libs/platform';
import { AUTH_CONFIG, BearerAuthGuard } from './bearer-auth.guard';
import { TokenVerifier } from './token-verifier';

/** Bearer-token identity for the HTTP API: installs BearerAuthGuard as a global guard. */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(config) },
        { provide: APP_GUARD, useClass: BearerAuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
