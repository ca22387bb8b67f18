import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICE_NAMES, ServiceName, loadConfig } from '#libs/platform';

/*
 * docker-compose.yml describes the full mode as production runs it, but no Docker engine runs
 * here. What can be checked without one is checked: every variable the file sets is one the
 * configuration reads, every variable a service requires is set, and the ports agree.
 */

const REPO_ROOT = join(__dirname, '..');

interface ComposeService {
  readonly command?: readonly string[];
  readonly environment?: Record<string, string | number | boolean>;
  readonly ports?: readonly string[];
}

const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');

/** What an operator gives for the `${NAME:?...}` variables the file requires from the environment. */
const OPERATOR_SETS: Record<string, string> = {
  INTERNAL_API_TOKEN: 'an-internal-token-of-at-least-32-characters',
  JWT_SECRET: 'a-jwt-secret-of-at-least-32-bytes-long',
  AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};

/** A service's environment as the container sees it: the image's ENV lines, then the compose file's, with ${...} filled in. */
function environmentOf(service: ComposeService): Record<string, string> {
  const env: Record<string, string> = {};
  const imageEnvLines = [...dockerfile.matchAll(/^ENV\s+(.+)$/gm)].map((line) => line[1]);
  for (const [, name, value] of imageEnvLines.flatMap((line) => [...line.matchAll(/(\w+)=(\S+)/g)])) env[name] = value;
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    env[name] = String(value).replace(/\$\{(\w+)(?::?[?-][^}]*)?\}/g, (_, variable: string) => {
      if (!(variable in OPERATOR_SETS))
        throw new Error(`docker-compose.yml takes \${${variable}} from the environment; give the test a value for it`);
      return OPERATOR_SETS[variable];
    });
  }
  return env;
}

/** Loads the configuration of one service from `env` and says which variables it read. */
function configurationReads(env: Record<string, string>, service: ServiceName): { read: Set<string>; problems?: string } {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get: (target, name) => {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name);
    },
    ownKeys: () => {
      throw new Error('the configuration enumerates the environment: this check can no longer tell which variables it knows');
    },
  });
  try {
    loadConfig(watched, [service]);
    return { read };
  } catch (error) {
    return { read, problems: (error as Error).message };
  }
}

const appServices = Object.entries(compose.services).filter(([, service]) => service.command !== undefined);

describe('docker-compose.yml, checked without a Docker engine', () => {
  it('runs each service of the full mode once, under its own name', () => {
    const commands = appServices.map(([, service]) => service.command![0]).sort();
    expect(commands).toEqual([...SERVICE_NAMES].sort());
  });

  it.each(appServices)('%s: has every variable its service requires, and sets none the configuration does not read', (_, service) => {
    const name = service.command![0] as ServiceName;
    const env = environmentOf(service);
    const { read, problems } = configurationReads(env, name);
    expect(problems).toBeUndefined();
    // A variable is known when any service's configuration reads it: the file shares one block between them.
    const known = new Set([...read, ...SERVICE_NAMES.flatMap((other) => [...configurationReads(env, other).read])]);
    const unknown = Object.keys(service.environment ?? {}).filter((variable) => !known.has(variable));
    expect(unknown).toEqual([]);
  });

  it('points the gateway at the port the ledger listens on, and publishes the port the gateway listens on', () => {
    const byName = Object.fromEntries(appServices.map(([, service]) => [service.command![0], environmentOf(service)]));
    const ledgerUrl = new URL(byName.gateway.LEDGER_URL);
    expect(ledgerUrl.hostname).toBe(appServices.find(([, service]) => service.command![0] === 'ledger')![0]);
    expect(ledgerUrl.port).toBe(byName.ledger.LEDGER_PORT);
    const gateway = appServices.find(([, service]) => service.command![0] === 'gateway')![1];
    expect(gateway.ports?.map((mapping) => mapping.split(':').pop())).toContain(byName.gateway.PORT);
  });
});
