import { Agent, Server, createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { createLogger } from '#libs/platform';
import { drainHttpServer } from './http-drain';

const silent = createLogger('test', 'error', () => undefined);

/** A server that answers `/wait-<ms>` after that many milliseconds. */
async function slowServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const ms = Number(/^\/wait-(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
    setTimeout(() => res.end(`waited ${ms}`), ms).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A GET through a keep-alive agent, as browsers and fetch keep their connections open. */
function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, { agent: new Agent({ keepAlive: true }) }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
      res.on('error', reject);
    })
      .on('error', (error: NodeJS.ErrnoException) => reject(error))
      .end();
  });
}

describe('drainHttpServer', () => {
  it('answers the request in flight, refuses new connections, and returns as soon as the answer is sent although its connection was kept alive', async () => {
    const { server, url } = await slowServer();
    const inFlight = get(`${url}/wait-300`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const drained = drainHttpServer(server, 10_000, silent);
    await expect(get(`${url}/wait-0`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await inFlight).toBe('waited 300');
    await drained;
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('closes the connections of requests still running at the end of the grace period', async () => {
    const { server, url } = await slowServer();
    const tooSlow = get(`${url}/wait-5000`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await drainHttpServer(server, 200, silent);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(tooSlow).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
