import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_SIGNING_KEY_FILE_NAME, loadAuditKeys } from './audit-config';
import { DEV_SECRET_FILE_NAME, loadAuthConfig } from './auth-config';
import { ConfigError } from './config';
import { DATA_ROOT, DEFAULT_SECRETS_DIR } from './data-folders';
import { ensureDatabaseFolderReachable, firstFolderClosedTo } from './database-folder-access';

/** The project's folder in a fresh clone: the default data folders are relative to it. */
function inFreshCheckout(run: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'data-folders-'));
  chmodSync(root, 0o755); // a clone's folder, not mkdtemp's private one
  const before = process.cwd();
  process.chdir(root);
  try {
    run(root);
  } finally {
    process.chdir(before);
    rmSync(root, { recursive: true, force: true });
  }
}

const modeOf = (path: string) => statSync(path).mode & 0o777;
const OTHERS = { uid: 424242, gid: 424242 };

describe('the data folders of the embedded default', () => {
  it('keeps the secrets in a 0700 folder of their own and leaves the data root open to the database user', () => {
    inFreshCheckout(() => {
      const notices: string[] = [];
      loadAuthConfig({}, { mode: 'embedded', notices });
      loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', notices });
      expect(modeOf(DEFAULT_SECRETS_DIR)).toBe(0o700);
      expect(modeOf(join(DEFAULT_SECRETS_DIR, DEV_SECRET_FILE_NAME))).toBe(0o600);
      expect(modeOf(join(DEFAULT_SECRETS_DIR, AUDIT_SIGNING_KEY_FILE_NAME))).toBe(0o600);
      expect(modeOf(DATA_ROOT) & 0o001).toBe(0o001);
      expect(firstFolderClosedTo(join(DATA_ROOT, 'postgres'), OTHERS)).toBeUndefined();
      expect(notices).toEqual([]);
    });
  });

  it('moves the secrets an older version kept in .data, so tokens and checkpoints stay valid, and says so', () => {
    inFreshCheckout(() => {
      mkdirSync(DATA_ROOT, { mode: 0o700 });
      chmodSync(DATA_ROOT, 0o700);
      writeFileSync(join(DATA_ROOT, DEV_SECRET_FILE_NAME), 'an-older-development-secret-of-43-characters\n', { mode: 0o600 });
      const older = loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', dataDir: join(tmpdir(), 'unused') });
      rmSync(join(tmpdir(), 'unused'), { recursive: true, force: true });
      writeFileSync(join(DATA_ROOT, AUDIT_SIGNING_KEY_FILE_NAME), older.signingKey!.pem, { mode: 0o600 });

      const notices: string[] = [];
      const auth = loadAuthConfig({}, { mode: 'embedded', notices });
      const audit = loadAuditKeys({}, { mode: 'embedded', purpose: 'sign', notices });
      expect(auth.sharedSecret!.value).toBe('an-older-development-secret-of-43-characters');
      expect(audit.signingKey!.pem).toBe(older.signingKey!.pem);
      expect(readFileSync(join(DEFAULT_SECRETS_DIR, DEV_SECRET_FILE_NAME), 'utf8')).toContain('an-older-development-secret');
      expect(notices).toEqual([
        `moved .data/${DEV_SECRET_FILE_NAME} to .data/secrets/${DEV_SECRET_FILE_NAME}: the development secrets now have a folder of their own`,
        `moved .data/${AUDIT_SIGNING_KEY_FILE_NAME} to .data/secrets/${AUDIT_SIGNING_KEY_FILE_NAME}: the development secrets now have a folder of their own`,
      ]);

      // The .data the older version made 0700 is opened once the secrets are out of it.
      expect(ensureDatabaseFolderReachable(join(DATA_ROOT, 'postgres'), OTHERS)).toMatch(
        /^opened \.data \(mode 0700 from an older version, now 0755\)/,
      );
      expect(modeOf(DATA_ROOT)).toBe(0o755);
      expect(ensureDatabaseFolderReachable(join(DATA_ROOT, 'postgres'), OTHERS)).toBeUndefined();
    });
  });

  it('names the folder the database user cannot enter, its mode and the fix, before initdb runs', () => {
    inFreshCheckout((root) => {
      const closed = join(root, 'private');
      mkdirSync(closed, { mode: 0o700 });
      chmodSync(closed, 0o700);
      const dataDir = join(closed, 'postgres');
      expect(firstFolderClosedTo(dataDir, OTHERS)).toEqual({ folder: closed, mode: 0o700 });
      expect(() => ensureDatabaseFolderReachable(dataDir, OTHERS)).toThrow(ConfigError);
      expect(() => ensureDatabaseFolderReachable(dataDir, OTHERS)).toThrow(
        `may not enter ${closed} (mode 0700). Let it pass with "chmod o+x ${closed}", or set DATA_DIR to a folder it can reach`,
      );
      expect(modeOf(closed)).toBe(0o700);
    });
  });

  it('lets the owner of a closed folder through, and counts a folder still to be made as open', () => {
    inFreshCheckout((root) => {
      const closed = join(root, 'private');
      mkdirSync(closed, { mode: 0o700 });
      chmodSync(closed, 0o700);
      const owner = { uid: statSync(closed).uid, gid: OTHERS.gid };
      expect(firstFolderClosedTo(join(closed, 'postgres'), owner)).toBeUndefined();
      expect(firstFolderClosedTo(join(root, 'not', 'yet', 'made', 'postgres'), OTHERS)).toBeUndefined();
    });
  });
});
