import { RequestMethod, Type } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AppConfig } from '#libs/platform';
import { REQUIRED_ROLES } from '#libs/runtime';
import { GatewayModule } from '../gateway.module';
import { READS_DRAFTS } from './reads-drafts';

/** Every route of the API (under api/v1), with what it declares. */
function apiRoutes(): { route: string; method: RequestMethod; handler: object; controller: Type }[] {
  const module = GatewayModule.register({ ledgerUrl: 'http://127.0.0.1:1', internalApiToken: 'x'.repeat(32) } as AppConfig);
  const routes = [];
  for (const controller of (module.controllers ?? []) as Type[]) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    if (!base.startsWith('api/v1')) continue;
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      const method: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler);
      routes.push({
        route: `${RequestMethod[method]} /${base}/${Reflect.getMetadata(PATH_METADATA, handler)}`.replace(/\/+$/, ''),
        method,
        handler,
        controller,
      });
    }
  }
  return routes;
}

describe('the routes of the API declare who may use them', () => {
  const routes = apiRoutes();

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  it('declares for every read whether it reads the drafts of a consultation, and which', () => {
    const undeclared = routes
      .filter((r) => r.method === RequestMethod.GET && Reflect.getMetadata(READS_DRAFTS, r.handler) === undefined)
      .map((r) => r.route);
    expect(undeclared).toEqual([]);
  });

  it('guards every controller whose reads name drafts', () => {
    const unguarded = routes
      .filter(
        (r) =>
          (Reflect.getMetadata(READS_DRAFTS, r.handler) as { target: string } | undefined)?.target !== undefined &&
          Reflect.getMetadata(READS_DRAFTS, r.handler).target !== 'none',
      )
      .filter(
        (r) =>
          !((Reflect.getMetadata(GUARDS_METADATA, r.controller) ?? []) as { name: string }[]).some((guard) => guard.name === 'DraftsGuard'),
      )
      .map((r) => r.route);
    expect(unguarded).toEqual([]);
  });

  it('names the roles of every command', () => {
    const open = routes
      .filter((r) => r.method === RequestMethod.POST && Reflect.getMetadata(REQUIRED_ROLES, r.handler) === undefined)
      .map((r) => r.route);
    expect(open).toEqual([]);
  });
});
