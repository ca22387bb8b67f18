import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { TEST_AUDIT_SIGNING_KEY, startService } from './ledger-cluster';
import { TEST_JWT_SECRET } from './tokens';

/** The embedded default the browser specs drive: one process with its own PostgreSQL, in a temporary data directory. */
export interface WebService {
  readonly base: string;
  /** Stops the process and removes its data directory. */
  stop(): Promise<void>;
}

/** Starts it with its data in a new directory named from `prefix` (`ledger-web-`). */
export async function startWebService(prefix: string): Promise<WebService> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const env = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
    RELAY_POLL_INTERVAL_MS: '50',
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
  };
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  let server;
  try {
    server = await startService('all', env);
  } catch (error) {
    remove();
    throw error;
  }
  const started = server;
  return {
    base: `http://127.0.0.1:${env.PORT}`,
    async stop() {
      await started.stop();
      remove();
    },
  };
}
