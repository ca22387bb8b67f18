import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '#libs/platform';

/** How long a connection accepted before the stop may take to send its first request. */
const FIRST_REQUEST_ALLOWANCE_MS = 1_000;

interface ConnectionState {
  busy: boolean;
  served: boolean;
}

export type DrainHttpServer = (graceMs: number, logger: Logger) => Promise<void>;

/**
 * Follows the server's connections from the start, so that a stop can tell a kept-alive
 * connection waiting for its next request (closed at once) from one just accepted whose
 * first request is still on its way (given a moment: closing it would reset a request the
 * client already sent). Node's closeIdleConnections cannot tell the two apart.
 */
export function drainableHttpServer(server: Server): DrainHttpServer {
  const connections = new Map<Socket, ConnectionState>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { busy: false, served: false });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const state = connections.get(request.socket);
    if (state) state.busy = true;
    // Answered, then closed: no further request on this connection once the stop began.
    if (draining) response.setHeader('connection', 'close');
    response.once('finish', () => {
      if (!state) return;
      state.busy = false;
      state.served = true;
      if (draining) request.socket.end();
    });
  });

  // A connection that has answered is ended, not destroyed: its last answer may still be on
  // its way out, and destroying it would lose an answer to a command already recorded.
  const closeIdle = (includeUnused: boolean) => {
    for (const [socket, state] of connections) {
      if (state.busy) continue;
      if (state.served) socket.end();
      else if (includeUnused) socket.destroy();
    }
  };

  /**
   * Stops taking connections and resolves once every request being served has been
   * answered. Requests still running after `graceMs` lose their connections.
   */
  return async (graceMs, logger) => {
    if (!server.listening) return;
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    closeIdle(false);
    const unusedTimer = setTimeout(() => closeIdle(true), Math.min(FIRST_REQUEST_ALLOWANCE_MS, graceMs));
    let graceTimer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace over'>((resolve) => (graceTimer = setTimeout(() => resolve('grace over'), graceMs)));
    try {
      if ((await Promise.race([closed, graceOver])) === 'grace over') {
        logger.warn('requests still running at the end of the grace period: closing their connections', { graceMs });
        server.closeAllConnections();
        await closed;
      }
    } finally {
      clearTimeout(unusedTimer);
      clearTimeout(graceTimer);
    }
  };
}
