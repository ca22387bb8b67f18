/**
 * Audit keys: the Ed25519 key the ledger signs its checkpoints with, and the public key
 * verifiers check them with. Read once at start with the rest of the configuration.
 */
import { KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SECRETS_DIR, adoptSecretOfOlderVersion, makeSecretsFolder } from './data-folders';
// config.ts loads this file too; ConfigError is only used when a problem is thrown, long after both have loaded.
import { ConfigError } from './config';

export const AUDIT_SIGNING_KEY_FILE_NAME = 'audit-signing-key.pem';
export const DEFAULT_AUDIT_DATA_DIR = DEFAULT_SECRETS_DIR;

export interface AuditSigningKey {
  /** PKCS #8 PEM of the Ed25519 private key. */
  readonly pem: string;
  readonly source: 'AUDIT_SIGNING_KEY' | 'AUDIT_SIGNING_KEY_FILE' | 'development-key-file';
}

export interface AuditKeys {
  /** Signs checkpoints; the ledger's. */
  readonly signingKey?: AuditSigningKey;
  /** SPKI PEM of the Ed25519 key checkpoints are verified with: AUDIT_PUBLIC_KEY(_FILE), or the signing key's public half. */
  readonly publicKeyPem?: string;
}

export interface AuditKeyOptions {
  readonly mode: 'embedded' | 'full';
  /**
   * `sign`: the ledger; the full mode requires a signing key, the embedded default makes one
   * in the data folder the first time. `verify`: the command line and verifiers; the
   * development key is read when it exists, never made.
   */
  readonly purpose: 'sign' | 'verify';
  /** Where the development key is kept; `.data/secrets` unless given. */
  readonly dataDir?: string;
  /** Problems are pushed here when given (to be reported with the rest); else they are thrown as one ConfigError. */
  readonly problems?: string[];
  /** What was done that an operator should hear of (a key moved from where an older version kept it). */
  readonly notices?: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the audit keys; every problem is reported, none is fixed silently. */
export function loadAuditKeys(env: Env, options: AuditKeyOptions): AuditKeys {
  const problems: string[] = [];
  let signing = readKey(env, 'AUDIT_SIGNING_KEY', 'private', problems);
  const verifying = readKey(env, 'AUDIT_PUBLIC_KEY', 'public', problems);
  let signingKey: AuditSigningKey | undefined = signing && { pem: signing.pem, source: signing.source as AuditSigningKey['source'] };

  const signingConfigured = Boolean(env.AUDIT_SIGNING_KEY || env.AUDIT_SIGNING_KEY_FILE);
  if (!signingConfigured) {
    const dataDir = options.dataDir ?? DEFAULT_AUDIT_DATA_DIR;
    if (options.purpose === 'sign' && options.mode === 'full') {
      problems.push(
        'AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE is required for the ledger in the full mode: the PEM Ed25519 private key that signs audit checkpoints ' +
          '(openssl genpkey -algorithm ed25519 -out audit-signing-key.pem)',
      );
    } else if (options.mode === 'embedded' && (options.purpose === 'sign' || !verifying)) {
      // A verifier given a public key checks with that one alone.
      const pem = developmentKey(dataDir, options.purpose === 'sign', problems, options.notices);
      if (pem !== undefined) {
        signing = { pem, key: createPrivateKey(pem), source: 'development-key-file' };
        signingKey = { pem, source: 'development-key-file' };
      }
    }
  }

  let publicKeyPem: string | undefined;
  if (verifying) publicKeyPem = verifying.pem;
  else if (signing) publicKeyPem = createPublicKey(signing.key).export({ type: 'spki', format: 'pem' }).toString();
  if (signing && verifying) {
    const derived = createPublicKey(signing.key).export({ type: 'spki', format: 'der' });
    if (!derived.equals(verifying.key.export({ type: 'spki', format: 'der' }))) {
      problems.push(
        'AUDIT_PUBLIC_KEY is not the public half of AUDIT_SIGNING_KEY: checkpoints signed with the one would not verify with the other',
      );
    }
  }

  if (problems.length > 0 && !options.problems) throw new ConfigError(problems);
  options.problems?.push(...problems);
  return { signingKey, publicKeyPem };
}

interface ReadKey {
  readonly pem: string;
  readonly key: KeyObject;
  readonly source: string;
}

/** A PEM Ed25519 key from NAME (the PEM, possibly on one line with literal \n) or NAME_FILE. */
function readKey(
  env: Env,
  name: 'AUDIT_SIGNING_KEY' | 'AUDIT_PUBLIC_KEY',
  kind: 'private' | 'public',
  problems: string[],
): ReadKey | undefined {
  const fileName = `${name}_FILE`;
  if (env[name] && env[fileName]) {
    problems.push(`${name} and ${fileName} are both set: set one`);
    return undefined;
  }
  let pem: string;
  let source: string;
  if (env[name]) {
    pem = env[name]!.replace(/\\n/g, '\n');
    source = name;
  } else if (env[fileName]) {
    source = fileName;
    try {
      pem = readFileSync(env[fileName]!, 'utf8');
    } catch (error) {
      problems.push(`${fileName} cannot be read (${errorCode(error)}): ${env[fileName]}`);
      return undefined;
    }
  } else {
    return undefined;
  }
  if (kind === 'public' && /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    problems.push(`${source} holds a private key: give verifiers only the public key (openssl pkey -pubout)`);
    return undefined;
  }
  let key: KeyObject;
  try {
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    problems.push(`${source} is not a PEM ${kind} key (-----BEGIN ${kind === 'private' ? 'PRIVATE' : 'PUBLIC'} KEY----- ...)`);
    return undefined;
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    problems.push(
      `${source} is a ${key.asymmetricKeyType} key; audit checkpoints are signed with Ed25519 (openssl genpkey -algorithm ed25519)`,
    );
    return undefined;
  }
  return {
    pem:
      kind === 'private' ? key.export({ type: 'pkcs8', format: 'pem' }).toString() : key.export({ type: 'spki', format: 'pem' }).toString(),
    key,
    source,
  };
}

/** The development signing key: made once (when `create`), then read back on every start. */
function developmentKey(dataDir: string, create: boolean, problems: string[], notices?: string[]): string | undefined {
  const path = join(dataDir, AUDIT_SIGNING_KEY_FILE_NAME);
  try {
    const moved = adoptSecretOfOlderVersion(dataDir, AUDIT_SIGNING_KEY_FILE_NAME);
    if (moved) notices?.push(moved);
  } catch (error) {
    problems.push(`cannot move the development audit signing key into ${dataDir} (${errorCode(error)})`);
    return undefined;
  }
  if (create) {
    const cannotCreate = (error: unknown) =>
      `cannot create the development audit signing key ${path} (${errorCode(error)}): set AUDIT_SIGNING_KEY_FILE, or make ${dataDir} a writable folder`;
    try {
      makeSecretsFolder(dataDir);
    } catch (error) {
      problems.push(cannotCreate(error));
      return undefined;
    }
    // Written aside, then linked into place: link fails when the file exists, so two
    // processes starting together keep one key and neither reads a half-written file.
    const draft = `${path}.${process.pid}.tmp`;
    try {
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(draft, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
      linkSync(draft, path);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        problems.push(cannotCreate(error));
        return undefined;
      }
    } finally {
      rmSync(draft, { force: true });
    }
  }
  try {
    if ((statSync(path).mode & 0o077) !== 0) {
      problems.push(`the development audit signing key ${path} is readable by others: chmod 600 ${path}`);
      return undefined;
    }
    const pem = readFileSync(path, 'utf8');
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') {
      problems.push(`the development audit signing key ${path} is not an Ed25519 key`);
      return undefined;
    }
    return key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch (error) {
    if (!create && errorCode(error) === 'ENOENT') return undefined;
    problems.push(`cannot read the development audit signing key ${path} (${errorCode(error)})`);
    return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
