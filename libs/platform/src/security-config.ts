/**
 * Abuse limits and the shape of what a request may be: rate limits per actor and per
 * address, which proxies tell the client's address, and how deep a JSON body may nest.
 * Read once at start with the rest of the configuration; no framework here.
 */

/** A token bucket: `burst` requests at once, `perSecond` regained each second; 0 turns it off. */
export interface RateLimitSetting {
  readonly burst: number;
  readonly perSecond: number;
}

/**
 * The rate limits every gateway on one database shares, on top of each process's own buckets:
 * a bucket per key in PostgreSQL, so that N gateways behind a balancer let through what one
 * would, not N times as much.
 */
export interface SharedRateLimitSetting {
  /** On by default in the full mode (several gateways), off in the embedded default (one process). */
  readonly enabled: boolean;
  /** Tokens a gateway takes from the shared bucket per round trip; 1 asks on every request. */
  readonly leaseTokens: number;
  /** How long a request waits for the shared bucket before it is let through on the process's own (fail-open). */
  readonly timeoutMs: number;
}

export interface SecurityConfig {
  /** Per authenticated actor (the token's `sub`), on every route under /api. */
  readonly actorRateLimit: RateLimitSetting;
  /** Per client address, before anything else is done with the request. */
  readonly addressRateLimit: RateLimitSetting;
  /** The same limits, shared across gateways through the database. */
  readonly sharedRateLimit: SharedRateLimitSetting;
  /**
   * Whether requests from this machine (loopback) are limited per address. Off by default:
   * the tests, the benchmarks and a same-host health checker come from there, and a proxy on
   * the same host must be named in TRUST_PROXY anyway for addresses to mean anything.
   */
  readonly limitLoopback: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client; false trusts none. */
  readonly trustProxy: false | number | string;
  /** The deepest nesting of arrays and objects a JSON body may have. */
  readonly maxJsonDepth: number;
}

export const DEFAULT_SECURITY_CONFIG: SecurityConfig = {
  actorRateLimit: { burst: 1000, perSecond: 100 },
  addressRateLimit: { burst: 500, perSecond: 50 },
  sharedRateLimit: { enabled: false, leaseTokens: 1, timeoutMs: 1000 },
  limitLoopback: false,
  trustProxy: false,
  maxJsonDepth: 32,
};

type Env = Readonly<Record<string, string | undefined>>;

const PROXY_NAME = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

/** Reads the abuse limits; problems are pushed to `problems` to be reported with the rest. */
export function loadSecurityConfig(env: Env, problems: string[], mode: 'embedded' | 'full' = 'embedded'): SecurityConfig {
  const rate = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+(\.\d+)?$/.test(raw)) {
      problems.push(`${name} must be a number of requests, 0 or more (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  };
  const limit = (prefix: string, fallback: RateLimitSetting): RateLimitSetting => {
    const setting = { burst: rate(`${prefix}_BURST`, fallback.burst), perSecond: rate(`${prefix}_PER_SECOND`, fallback.perSecond) };
    if (setting.perSecond > 0 && setting.burst < 1) problems.push(`${prefix}_BURST must be at least 1 while ${prefix}_PER_SECOND is not 0`);
    return setting;
  };

  const actorRateLimit = limit('RATE_LIMIT_ACTOR', DEFAULT_SECURITY_CONFIG.actorRateLimit);
  const addressRateLimit = limit('RATE_LIMIT_ADDRESS', DEFAULT_SECURITY_CONFIG.addressRateLimit);

  const sharedRateLimit = loadSharedRateLimit(env, problems, mode);

  let limitLoopback = DEFAULT_SECURITY_CONFIG.limitLoopback;
  if (env.RATE_LIMIT_LOOPBACK) {
    if (env.RATE_LIMIT_LOOPBACK === 'on' || env.RATE_LIMIT_LOOPBACK === 'off') limitLoopback = env.RATE_LIMIT_LOOPBACK === 'on';
    else problems.push(`RATE_LIMIT_LOOPBACK must be on or off (got "${env.RATE_LIMIT_LOOPBACK}")`);
  }

  let trustProxy: SecurityConfig['trustProxy'] = false;
  const rawProxy = env.TRUST_PROXY?.trim();
  if (rawProxy) {
    if (/^\d{1,2}$/.test(rawProxy)) trustProxy = Number(rawProxy);
    else if (rawProxy.split(',').every((name) => PROXY_NAME.test(name.trim()))) trustProxy = rawProxy;
    else {
      problems.push(
        `TRUST_PROXY must name the proxies in front of the gateway (loopback, an address or a subnet, comma-separated) or their number (got "${rawProxy}"); ` +
          'trusting every proxy would let any client choose the address it is limited by',
      );
    }
  }

  let maxJsonDepth = DEFAULT_SECURITY_CONFIG.maxJsonDepth;
  if (env.MAX_JSON_DEPTH) {
    if (/^\d+$/.test(env.MAX_JSON_DEPTH) && Number(env.MAX_JSON_DEPTH) >= 4 && Number(env.MAX_JSON_DEPTH) <= 256)
      maxJsonDepth = Number(env.MAX_JSON_DEPTH);
    else problems.push(`MAX_JSON_DEPTH must be a whole number from 4 to 256 (got "${env.MAX_JSON_DEPTH}")`);
  }

  return {
    actorRateLimit,
    addressRateLimit,
    sharedRateLimit,
    limitLoopback,
    trustProxy,
    maxJsonDepth,
  };
}

function loadSharedRateLimit(env: Env, problems: string[], mode: 'embedded' | 'full'): SharedRateLimitSetting {
  let enabled = mode === 'full';
  const rawShared = env.RATE_LIMIT_SHARED;
  if (rawShared) {
    if (rawShared !== 'on' && rawShared !== 'off') problems.push(`RATE_LIMIT_SHARED must be on or off (got "${rawShared}")`);
    else if (rawShared === 'on' && mode === 'embedded') {
      problems.push('RATE_LIMIT_SHARED=on needs RUN_MODE=full: the embedded mode runs one gateway, whose own buckets are the limit');
    } else enabled = rawShared === 'on';
  }
  let leaseTokens = DEFAULT_SECURITY_CONFIG.sharedRateLimit.leaseTokens;
  const rawLease = env.RATE_LIMIT_SHARED_LEASE;
  if (rawLease) {
    if (/^\d+$/.test(rawLease) && Number(rawLease) >= 1 && Number(rawLease) <= 100) leaseTokens = Number(rawLease);
    else problems.push(`RATE_LIMIT_SHARED_LEASE must be a whole number of tokens from 1 to 100 (got "${rawLease}")`);
  }
  let timeoutMs = DEFAULT_SECURITY_CONFIG.sharedRateLimit.timeoutMs;
  const rawTimeout = env.RATE_LIMIT_SHARED_TIMEOUT_MS;
  if (rawTimeout) {
    if (/^\d+$/.test(rawTimeout) && Number(rawTimeout) >= 10 && Number(rawTimeout) <= 60_000) timeoutMs = Number(rawTimeout);
    else problems.push(`RATE_LIMIT_SHARED_TIMEOUT_MS must be a whole number of milliseconds from 10 to 60000 (got "${rawTimeout}")`);
  }
  return { enabled, leaseTokens, timeoutMs };
}
