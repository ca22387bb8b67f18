/**
 * The folders the embedded default keeps what it makes for itself in: the database in one,
 * the development secrets in another. They are apart because the embedded PostgreSQL may run
 * as a user of its own (PostgreSQL refuses root), which must reach its data folder, while the
 * secrets stay the starting user's alone.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const DATA_ROOT = '.data';
/** The development token secret and the development audit signing key: 0700, files 0600. */
export const DEFAULT_SECRETS_DIR = join(DATA_ROOT, 'secrets');
/** The embedded PostgreSQL's data folder unless DATA_DIR names another. */
export const DEFAULT_EMBEDDED_DATABASE_DIR = join(DATA_ROOT, 'postgres');

/**
 * Makes a secrets folder with mode 0700 while the folders above it keep the ordinary mode
 * (a recursive mkdir would give every folder it makes the secret's 0700).
 */
export function makeSecretsFolder(dir: string): void {
  mkdirSync(dirname(resolve(dir)), { recursive: true });
  mkdirSync(dir, { mode: 0o700, recursive: true });
}

/**
 * Versions before the secrets folder kept the development secrets in `.data` itself. A secret
 * found there is moved into the secrets folder, so tokens and signed checkpoints made with it
 * stay valid; the answer says what was moved, for the log.
 */
export function adoptSecretOfOlderVersion(secretsDir: string, fileName: string): string | undefined {
  if (resolve(secretsDir) !== resolve(DEFAULT_SECRETS_DIR)) return undefined;
  const current = join(secretsDir, fileName);
  const older = join(DATA_ROOT, fileName);
  if (existsSync(current) || !existsSync(older)) return undefined;
  makeSecretsFolder(secretsDir);
  renameSync(older, current);
  return `moved ${older} to ${current}: the development secrets now have a folder of their own`;
}
