import type { Server } from 'node:http';
import { Logger } from '#libs/platform';

const IDLE_SWEEP_MS = 50;

/**
 * Stops the server taking connections and resolves once every request it was serving has
 * been answered. Requests still running after `graceMs` lose their connections.
 */
export async function drainHttpServer(server: Server, graceMs: number, logger: Logger): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection outlives its last answer and would hold close() until the client's timeout.
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let graceTimer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => (graceTimer = setTimeout(() => resolve('grace over'), graceMs)));
  try {
    if ((await Promise.race([closed, graceOver])) === 'grace over') {
      logger.warn('requests still running at the end of the grace period: closing their connections', { graceMs });
      server.closeAllConnections();
      await closed;
    }
  } finally {
    clearInterval(sweep);
    clearTimeout(graceTimer);
  }
}
