import { DynamicModule, Module, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GatewayModule } from '../../gateway/src/gateway.module';
import { LedgerCommandExecutor } from '../../ledger/src/ledger-command-executor';
import { LedgerModule } from '../../ledger/src/ledger.module';
import { LedgerAuditService } from '../../ledger/src/audit';
import { ProjectorModule } from '../../projector/src/projector.module';
import { InProcessEventBus } from '#libs/eventstore';
import { AppConfig, ServiceName } from '#libs/platform';
import { AuthModule, HealthController, MetricsModule, PlatformModule } from '#libs/runtime';

@Module({})
class ServiceRootModule {}

/**
 * The module tree of one process: every service in the embedded default, one service in
 * the full mode. The same modules serve both; only the transport adapters differ.
 */
export function rootModuleFor(config: AppConfig, services: readonly ServiceName[], databaseUrl: string, component: string): DynamicModule {
  const runs = (service: ServiceName) => services.includes(service);
  const ledger = runs('ledger') ? LedgerModule.register({ exposeInternalApi: !runs('gateway') }) : undefined;
  const imports: (DynamicModule | Type)[] = [
    PlatformModule.forRoot(config, databaseUrl, component, new InProcessEventBus()),
    CqrsModule.forRoot(),
    MetricsModule.forRoot(),
  ];
  if (ledger) imports.push(ledger);
  if (runs('projector')) imports.push(ProjectorModule);
  if (runs('gateway')) {
    imports.push(AuthModule.forRoot(config.auth!));
    imports.push(
      GatewayModule.register(config, ledger ? { module: ledger, executor: LedgerCommandExecutor, audit: LedgerAuditService } : undefined),
    );
  }
  return { module: ServiceRootModule, imports, controllers: [HealthController] };
}
