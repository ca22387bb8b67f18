/**
 * Identity settings: who may sign the bearer tokens the HTTP API accepts, and for whom.
 * Read once at start with the rest of the configuration; no framework here.
 */
import { createPublicKey, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SECRETS_DIR, adoptSecretOfOlderVersion, makeSecretsFolder } from './data-folders';
// config.ts loads this file too; ConfigError is only used when a problem is thrown, long after both have loaded.
import { ConfigError } from './config';

/** The people of a consultation, as tokens name them (DOMAIN.md, "Who acts"). */
export const ACTOR_ROLES = ['stakeholder', 'chair', 'secretariat', 'translator', 'auditor'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export function isActorRole(value: unknown): value is ActorRole {
  return typeof value === 'string' && (ACTOR_ROLES as readonly string[]).includes(value);
}

/**
 * `development`: with no key configured, a generated secret kept in the data folder signs
 * and verifies tokens, so a bare machine works without setup. `production`: a key must be
 * configured and the development secret is never read.
 */
export type AuthMode = 'development' | 'production';
export type PublicKeyAlgorithm = 'RS256' | 'ES256' | 'EdDSA';

export interface SharedSecret {
  /** Its UTF-8 bytes are the HMAC-SHA-256 key. */
  readonly value: string;
  readonly source: 'JWT_SECRET' | 'JWT_SECRET_FILE' | 'development-secret-file';
}

/** The asymmetric algorithms accepted from a JSON Web Key Set; never HS256, never none. */
export const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;

/**
 * An identity provider's signing keys, fetched and cached: a JWKS URL given as such, or the
 * `jwks_uri` of an OpenID Connect issuer's discovery document, read at the first token.
 */
export type JwksSetting =
  | { readonly kind: 'url'; readonly url: string; readonly cacheMaxAgeMs: number; readonly timeoutMs: number }
  | {
      readonly kind: 'oidc-discovery';
      readonly issuer: string;
      readonly discoveryUrl: string;
      readonly cacheMaxAgeMs: number;
      readonly timeoutMs: number;
    };

export interface PublicKeySetting {
  /** The key as SPKI PEM, whatever PEM form it was given in. */
  readonly spkiPem: string;
  /** The one algorithm this key verifies: its type decides it, never the token's header. */
  readonly algorithm: PublicKeyAlgorithm;
}

export interface AuthConfig {
  readonly mode: AuthMode;
  readonly issuer: string;
  readonly audience: string;
  /** HS256: JWT_SECRET, or in the development mode without keys the generated secret. */
  readonly sharedSecret?: SharedSecret;
  /** RS256, ES256 or EdDSA: JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE. */
  readonly publicKey?: PublicKeySetting;
  /** An identity provider's key set: JWT_JWKS_URL, or OIDC_ISSUER's discovery document. */
  readonly jwks?: JwksSetting;
  /** How far `exp`, `nbf` and `iat` may be off because clocks differ. */
  readonly clockSkewSeconds: number;
}

export interface AuthConfigOptions {
  /** The run mode decides the default AUTH_MODE: development when embedded, production when full. */
  readonly mode: 'embedded' | 'full';
  /** Where the development secret is kept; `.data/secrets` unless given. */
  readonly dataDir?: string;
  /** Problems are pushed here when given (to be reported with the rest); else they are thrown as one ConfigError. */
  readonly problems?: string[];
  /** What was done that an operator should hear of (a secret moved from where an older version kept it). */
  readonly notices?: string[];
}

export const DEFAULT_TOKEN_ISSUER = 'consultation-ledger';
export const DEFAULT_TOKEN_AUDIENCE = 'consultation-ledger';
export const DEFAULT_AUTH_DATA_DIR = DEFAULT_SECRETS_DIR;
export const DEV_SECRET_FILE_NAME = 'dev-jwt-secret';
const MIN_SECRET_BYTES = 32;
const MIN_RSA_BITS = 2048;
const CLOCK_SKEW_SECONDS = 60;
const DEFAULT_JWKS_CACHE_MS = 10 * 60_000;
const JWKS_TIMEOUT_MS = 5_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the identity settings; every problem is reported, none is fixed silently. */
export function loadAuthConfig(env: Env, options: AuthConfigOptions): AuthConfig {
  const problems: string[] = [];
  const mode = authMode(env.AUTH_MODE, options.mode, problems);
  // The issuer is compared with `iss` exactly as the provider writes it, trailing slash or not.
  const oidcIssuer = env.OIDC_ISSUER && httpsUrl('OIDC_ISSUER', env.OIDC_ISSUER, problems) ? env.OIDC_ISSUER : undefined;
  const issuer = env.JWT_ISSUER || oidcIssuer || DEFAULT_TOKEN_ISSUER;
  const audience = env.JWT_AUDIENCE || DEFAULT_TOKEN_AUDIENCE;

  let sharedSecret = readSharedSecret(env, problems);
  const publicKey = readPublicKey(env, problems);
  const jwks = readJwks(env, oidcIssuer, problems);

  const keyConfigured = Boolean(
    env.JWT_SECRET || env.JWT_SECRET_FILE || env.JWT_PUBLIC_KEY || env.JWT_PUBLIC_KEY_FILE || env.JWT_JWKS_URL || env.OIDC_ISSUER,
  );
  if (!keyConfigured) {
    if (mode === 'production') {
      problems.push(
        'AUTH_MODE=production needs a key to verify bearer tokens: set JWT_SECRET or JWT_SECRET_FILE (HS256, at least 32 bytes), ' +
          "JWT_PUBLIC_KEY / JWT_PUBLIC_KEY_FILE (PEM; RS256, ES256 or EdDSA), or JWT_JWKS_URL / OIDC_ISSUER (the identity provider's key set)",
      );
    } else {
      const value = developmentSecret(options.dataDir ?? DEFAULT_AUTH_DATA_DIR, problems, options.notices);
      if (value !== undefined) sharedSecret = { value, source: 'development-secret-file' };
    }
  }

  if (problems.length > 0 && !options.problems) throw new ConfigError(problems);
  options.problems?.push(...problems);
  return { mode, issuer, audience, sharedSecret, publicKey, ...(jwks ? { jwks } : {}), clockSkewSeconds: CLOCK_SKEW_SECONDS };
}

/** JWT_SECRET, or the secret in the file JWT_SECRET_FILE names (a container secret); never both. */
function readSharedSecret(env: Env, problems: string[]): SharedSecret | undefined {
  if (env.JWT_SECRET && env.JWT_SECRET_FILE) {
    problems.push('JWT_SECRET and JWT_SECRET_FILE are both set: set one');
    return undefined;
  }
  let value: string;
  let source: 'JWT_SECRET' | 'JWT_SECRET_FILE';
  if (env.JWT_SECRET) {
    [value, source] = [env.JWT_SECRET, 'JWT_SECRET'];
  } else if (env.JWT_SECRET_FILE) {
    try {
      // A file written by `echo` or a secrets manager ends with a line break that is not part of the secret.
      [value, source] = [readFileSync(env.JWT_SECRET_FILE, 'utf8').replace(/\r?\n$/, ''), 'JWT_SECRET_FILE'];
    } catch (error) {
      problems.push(`JWT_SECRET_FILE cannot be read (${errorCode(error)}): ${env.JWT_SECRET_FILE}`);
      return undefined;
    }
  } else {
    return undefined;
  }
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
    problems.push(`${source} must be at least ${MIN_SECRET_BYTES} bytes (e.g. the output of: openssl rand -base64 32)`);
  }
  return { value, source };
}

/** A URL keys are fetched from: https, or http to this machine only (tests, a local identity provider). */
function httpsUrl(name: string, raw: string, problems: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} is not a valid URL`);
    return undefined;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) return url.toString();
  problems.push(`${name} must be an https URL (http only to localhost): keys fetched in the clear could be replaced on the way`);
  return undefined;
}

function readJwks(env: Env, oidcIssuer: string | undefined, problems: string[]): JwksSetting | undefined {
  const cacheMaxAgeMs =
    env.JWT_JWKS_CACHE_MS && /^\d+$/.test(env.JWT_JWKS_CACHE_MS) ? Number(env.JWT_JWKS_CACHE_MS) : DEFAULT_JWKS_CACHE_MS;
  if (env.JWT_JWKS_CACHE_MS && !/^\d+$/.test(env.JWT_JWKS_CACHE_MS))
    problems.push(`JWT_JWKS_CACHE_MS must be a whole number of milliseconds (got "${env.JWT_JWKS_CACHE_MS}")`);
  if (env.JWT_JWKS_URL) {
    if (env.OIDC_ISSUER) {
      problems.push('JWT_JWKS_URL and OIDC_ISSUER are both set: set one (OIDC_ISSUER finds the key set itself)');
      return undefined;
    }
    const url = httpsUrl('JWT_JWKS_URL', env.JWT_JWKS_URL, problems);
    return url ? { kind: 'url', url, cacheMaxAgeMs, timeoutMs: JWKS_TIMEOUT_MS } : undefined;
  }
  if (oidcIssuer) {
    return {
      kind: 'oidc-discovery',
      issuer: oidcIssuer,
      discoveryUrl: `${oidcIssuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
      cacheMaxAgeMs,
      timeoutMs: JWKS_TIMEOUT_MS,
    };
  }
  return undefined;
}

function authMode(raw: string | undefined, runMode: 'embedded' | 'full', problems: string[]): AuthMode {
  const fallback: AuthMode = runMode === 'embedded' ? 'development' : 'production';
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'development' || raw === 'production') return raw;
  problems.push(`AUTH_MODE must be one of development, production (got "${raw}")`);
  return 'production';
}

function readPublicKey(env: Env, problems: string[]): PublicKeySetting | undefined {
  if (env.JWT_PUBLIC_KEY && env.JWT_PUBLIC_KEY_FILE) {
    problems.push('JWT_PUBLIC_KEY and JWT_PUBLIC_KEY_FILE are both set: set one');
    return undefined;
  }
  let pem: string;
  let name: string;
  if (env.JWT_PUBLIC_KEY) {
    // Environment files often carry a PEM on one line with literal \n.
    pem = env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n');
    name = 'JWT_PUBLIC_KEY';
  } else if (env.JWT_PUBLIC_KEY_FILE) {
    name = 'JWT_PUBLIC_KEY_FILE';
    try {
      pem = readFileSync(env.JWT_PUBLIC_KEY_FILE, 'utf8');
    } catch (error) {
      problems.push(`JWT_PUBLIC_KEY_FILE cannot be read (${errorCode(error)}): ${env.JWT_PUBLIC_KEY_FILE}`);
      return undefined;
    }
  } else {
    return undefined;
  }
  // A private key would be accepted by createPublicKey (it derives the public half); a
  // signing key has no business on a server that only verifies.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    problems.push(`${name} holds a private key: give the server only the public key (openssl pkey -pubout)`);
    return undefined;
  }
  let key;
  try {
    key = createPublicKey(pem);
  } catch {
    problems.push(`${name} is not a PEM public key (-----BEGIN PUBLIC KEY----- ...)`);
    return undefined;
  }
  const spkiPem = key.export({ type: 'spki', format: 'pem' }).toString();
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
      if ((details.modulusLength ?? 0) < MIN_RSA_BITS) {
        problems.push(`${name} is an RSA key of ${details.modulusLength} bits; at least ${MIN_RSA_BITS} are needed`);
        return undefined;
      }
      return { spkiPem, algorithm: 'RS256' };
    case 'ec':
      if (details.namedCurve !== 'prime256v1') {
        problems.push(`${name} is an EC key on ${details.namedCurve}; ES256 needs P-256 (prime256v1)`);
        return undefined;
      }
      return { spkiPem, algorithm: 'ES256' };
    case 'ed25519':
      return { spkiPem, algorithm: 'EdDSA' };
    default:
      problems.push(`${name} is a ${key.asymmetricKeyType} key; use RSA (RS256), EC P-256 (ES256) or Ed25519 (EdDSA)`);
      return undefined;
  }
}

/** The development secret: made once (32 random bytes, base64url), then read back on every start. */
function developmentSecret(dataDir: string, problems: string[], notices?: string[]): string | undefined {
  const path = join(dataDir, DEV_SECRET_FILE_NAME);
  const cannotCreate = (error: unknown) =>
    `cannot create the development token secret ${path} (${errorCode(error)}): set JWT_SECRET, or make ${dataDir} a writable folder`;
  try {
    const moved = adoptSecretOfOlderVersion(dataDir, DEV_SECRET_FILE_NAME);
    if (moved) notices?.push(moved);
    makeSecretsFolder(dataDir);
  } catch (error) {
    problems.push(cannotCreate(error));
    return undefined;
  }
  // Written aside, then linked into place: link fails when the file exists, so two
  // processes starting together keep one secret and neither reads a half-written file.
  const draft = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    linkSync(draft, path);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      problems.push(cannotCreate(error));
      return undefined;
    }
  } finally {
    rmSync(draft, { force: true });
  }
  try {
    if ((statSync(path).mode & 0o077) !== 0) {
      problems.push(`the development token secret ${path} is readable by others: chmod 600 ${path}`);
      return undefined;
    }
    const value = readFileSync(path, 'utf8').trim();
    if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
      problems.push(`the development token secret ${path} is shorter than ${MIN_SECRET_BYTES} bytes: delete it to have a new one made`);
      return undefined;
    }
    return value;
  } catch (error) {
    problems.push(`cannot read the development token secret ${path} (${errorCode(error)})`);
    return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
