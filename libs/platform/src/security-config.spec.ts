import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuthConfig } from './auth-config';
import { loadConfig } from './config';
import { DEFAULT_SECURITY_CONFIG, loadSecurityConfig } from './security-config';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!';

describe('abuse limits', () => {
  const load = (env: Record<string, string>) => {
    const problems: string[] = [];
    return { config: loadSecurityConfig(env, problems), problems };
  };

  it('has limits by default: generous per actor, tighter per address, loopback not limited, no proxy trusted', () => {
    expect(load({})).toEqual({ config: DEFAULT_SECURITY_CONFIG, problems: [] });
    expect(DEFAULT_SECURITY_CONFIG).toMatchObject({
      actorRateLimit: { burst: 1000, perSecond: 100 },
      addressRateLimit: { burst: 500, perSecond: 50 },
      trustProxy: false,
      maxJsonDepth: 32,
    });
  });

  it('reads the limits, fractions included, and 0 to turn one off', () => {
    const { config, problems } = load({
      RATE_LIMIT_ACTOR_BURST: '20',
      RATE_LIMIT_ACTOR_PER_SECOND: '0.5',
      RATE_LIMIT_ADDRESS_PER_SECOND: '0',
      RATE_LIMIT_LOOPBACK: 'on',
      MAX_JSON_DEPTH: '16',
    });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      actorRateLimit: { burst: 20, perSecond: 0.5 },
      addressRateLimit: { burst: 500, perSecond: 0 },
      limitLoopback: true,
      maxJsonDepth: 16,
    });
  });

  it('trusts only the proxies it is told of, and never every proxy', () => {
    expect(load({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).config.trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(load({ TRUST_PROXY: '1' }).config.trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: 'true' }).problems).toEqual([expect.stringContaining('TRUST_PROXY must name the proxies')]);
  });

  it('names every wrong setting', () => {
    const { problems } = load({
      RATE_LIMIT_ACTOR_PER_SECOND: 'lots',
      RATE_LIMIT_ADDRESS_BURST: '0',
      RATE_LIMIT_LOOPBACK: 'maybe',
      MAX_JSON_DEPTH: '1000',
    });
    expect(problems).toEqual([
      'RATE_LIMIT_ACTOR_PER_SECOND must be a number of requests, 0 or more (got "lots")',
      'RATE_LIMIT_ADDRESS_BURST must be at least 1 while RATE_LIMIT_ADDRESS_PER_SECOND is not 0',
      'RATE_LIMIT_LOOPBACK must be on or off (got "maybe")',
      'MAX_JSON_DEPTH must be a whole number from 4 to 256 (got "1000")',
    ]);
  });

  it('shares the limits across gateways in the full mode by default, not in the embedded default', () => {
    expect(DEFAULT_SECURITY_CONFIG.sharedRateLimit).toEqual({ enabled: false, leaseTokens: 1, timeoutMs: 1000 });
    const full = (env: Record<string, string>) => {
      const problems: string[] = [];
      return { shared: loadSecurityConfig(env, problems, 'full').sharedRateLimit, problems };
    };
    expect(full({})).toEqual({ shared: { enabled: true, leaseTokens: 1, timeoutMs: 1000 }, problems: [] });
    expect(full({ RATE_LIMIT_SHARED: 'off' }).shared.enabled).toBe(false);
    expect(full({ RATE_LIMIT_SHARED_LEASE: '10', RATE_LIMIT_SHARED_TIMEOUT_MS: '250' }).shared).toEqual({
      enabled: true,
      leaseTokens: 10,
      timeoutMs: 250,
    });
    expect(load({ RATE_LIMIT_SHARED: 'off' })).toEqual({ config: DEFAULT_SECURITY_CONFIG, problems: [] });
  });

  it('names a wrong shared-limit setting, and refuses one in the embedded mode, where one process is the limit', () => {
    expect(load({ RATE_LIMIT_SHARED: 'yes', RATE_LIMIT_SHARED_LEASE: '0', RATE_LIMIT_SHARED_TIMEOUT_MS: '1s' }).problems).toEqual([
      'RATE_LIMIT_SHARED must be on or off (got "yes")',
      'RATE_LIMIT_SHARED_LEASE must be a whole number of tokens from 1 to 100 (got "0")',
      'RATE_LIMIT_SHARED_TIMEOUT_MS must be a whole number of milliseconds from 10 to 60000 (got "1s")',
    ]);
    expect(load({ RATE_LIMIT_SHARED: 'on' }).problems).toEqual([expect.stringContaining('RATE_LIMIT_SHARED=on needs RUN_MODE=full')]);
    const problems: string[] = [];
    loadSecurityConfig({ RATE_LIMIT_SHARED_LEASE: '2.5' }, problems, 'full');
    expect(problems).toEqual(['RATE_LIMIT_SHARED_LEASE must be a whole number of tokens from 1 to 100 (got "2.5")']);
  });

  it('is part of the configuration of every service', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: '/nonexistent' }, ['gateway', 'ledger', 'projector']).security).toEqual(
      DEFAULT_SECURITY_CONFIG,
    );
  });
});

describe('keys from files and from an identity provider', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'security-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problemsOf = (env: Record<string, string>) => {
    const problems: string[] = [];
    loadAuthConfig(env, { mode: 'full', dataDir: dir, problems });
    return problems;
  };

  it('reads the shared secret from a file, without its final line break', () => {
    const path = join(dir, 'jwt-secret');
    writeFileSync(path, `${SECRET}\n`, { mode: 0o600 });
    expect(loadAuthConfig({ JWT_SECRET_FILE: path }, { mode: 'full', dataDir: dir }).sharedSecret).toEqual({
      value: SECRET,
      source: 'JWT_SECRET_FILE',
    });
    expect(problemsOf({ JWT_SECRET_FILE: join(dir, 'missing') })).toEqual([
      expect.stringMatching(/^JWT_SECRET_FILE cannot be read \(ENOENT\)/),
    ]);
    expect(problemsOf({ JWT_SECRET_FILE: path, JWT_SECRET: SECRET })).toContain('JWT_SECRET and JWT_SECRET_FILE are both set: set one');
  });

  it('never repeats a secret in a problem', () => {
    const path = join(dir, 'short');
    writeFileSync(path, 'tooshort-secret-value');
    const problems = problemsOf({ JWT_SECRET_FILE: path });
    expect(problems).toEqual(['JWT_SECRET_FILE must be at least 32 bytes (e.g. the output of: openssl rand -base64 32)']);
    expect(problems.join()).not.toContain('tooshort-secret-value');
  });

  it('accepts a JWKS URL alone in the production mode', () => {
    const config = loadAuthConfig(
      { JWT_JWKS_URL: 'https://idp.example/realms/itu/protocol/openid-connect/certs', JWT_ISSUER: 'https://idp.example/realms/itu' },
      { mode: 'full', dataDir: dir },
    );
    expect(config).toMatchObject({
      mode: 'production',
      issuer: 'https://idp.example/realms/itu',
      jwks: { kind: 'url', url: 'https://idp.example/realms/itu/protocol/openid-connect/certs', cacheMaxAgeMs: 600_000 },
    });
    expect(config.sharedSecret).toBeUndefined();
  });

  it('takes the issuer and its key set from OIDC_ISSUER, exactly as written', () => {
    const config = loadAuthConfig(
      { OIDC_ISSUER: 'https://tenant.idp.example/', JWT_JWKS_CACHE_MS: '60000' },
      { mode: 'full', dataDir: dir },
    );
    expect(config.issuer).toBe('https://tenant.idp.example/');
    expect(config.jwks).toEqual({
      kind: 'oidc-discovery',
      issuer: 'https://tenant.idp.example/',
      discoveryUrl: 'https://tenant.idp.example/.well-known/openid-configuration',
      cacheMaxAgeMs: 60_000,
      timeoutMs: 5000,
    });
  });

  it('refuses keys fetched in the clear from another machine, and both ways of naming a key set', () => {
    expect(problemsOf({ JWT_JWKS_URL: 'http://idp.example/certs' })).toEqual([
      expect.stringContaining('JWT_JWKS_URL must be an https URL'),
    ]);
    expect(problemsOf({ JWT_JWKS_URL: 'http://127.0.0.1:8080/certs' })).toEqual([]);
    expect(problemsOf({ OIDC_ISSUER: 'https://idp.example', JWT_JWKS_URL: 'https://idp.example/certs' })).toEqual([
      expect.stringContaining('both set'),
    ]);
    expect(problemsOf({ OIDC_ISSUER: 'not a url' })).toEqual(['OIDC_ISSUER is not a valid URL']);
  });
});
