import { Agent, Server, createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { createLogger } from '#libs/platform';
import { Socket, connect } from 'node:net';
import { drainableHttpServer } from '../../apps/server/src/http-drain';

const silent = createLogger('test', 'error', () => undefined);

/** A server that answers `/wait-<ms>` after that many milliseconds. */
async function slowServer(): Promise<{ server: Server; url: string; drain: (graceMs: number) => Promise<void> }> {
  const server = createServer((req, res) => {
    const ms = Number(/^\/wait-(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
    setTimeout(() => res.end(`waited ${ms}`), ms).unref();
  });
  const drain = drainableHttpServer(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, drain: (graceMs) => drain(graceMs, silent) };
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
    const { url, drain } = await slowServer();
    const inFlight = get(`${url}/wait-300`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const drained = drain(10_000);
    await expect(get(`${url}/wait-0`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await inFlight).toBe('waited 300');
    await drained;
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('closes the connections of requests still running at the end of the grace period', async () => {
    const { url, drain } = await slowServer();
    const tooSlow = get(`${url}/wait-5000`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await drain(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(tooSlow).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('answers a request whose connection was accepted before the stop but whose first bytes come after it, then closes that connection', async () => {
    const { url, drain } = await slowServer();
    const { port } = new URL(url);
    const socket: Socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = drain(10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    socket.write('GET /wait-0 HTTP/1.1\r\nHost: drain\r\n\r\n');
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('waited 0');
    await drained;
  });

  it('does not wait for a connection that never sends a request', async () => {
    const { url, drain } = await slowServer();
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => undefined);
    const started = Date.now();
    await drain(10_000);
    await closed;
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
