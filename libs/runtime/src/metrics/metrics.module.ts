import { DynamicModule, Global, Module } from '@nestjs/common';
import { Metrics } from './metrics';

/**
 * The process's one set of metrics: imported once at the root of the module tree, so that the
 * embedded default's services share one registry and register each metric once.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(metrics: Metrics = new Metrics()): DynamicModule {
    return { module: MetricsModule, providers: [{ provide: Metrics, useValue: metrics }], exports: [Metrics] };
  }
}
