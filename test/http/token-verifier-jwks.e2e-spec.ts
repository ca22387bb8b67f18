import { generateKeyPairSync } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { SignJWT, exportJWK, importPKCS8 } from 'jose';
import { AuthConfig, JwksSetting } from '#libs/platform';
import { TokenCheck, TokenVerifier } from '../../libs/runtime/src/auth/token-verifier';

const NOW = new Date();
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

function keyPair(type: 'rsa' | 'ec' | 'ed25519') {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : type === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  return { publicKey: pair.publicKey, privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}
const published = { rs: keyPair('rsa'), es: keyPair('ec'), ed: keyPair('ed25519') };
const unpublished = keyPair('rsa');

/** An identity provider on this machine: its discovery document and its key set, counting requests. */
class IdentityProvider {
  server!: Server;
  requests: string[] = [];
  issuer = '';
  up = true;
  discoveryIssuer?: string;

  async start(): Promise<void> {
    const keys = [
      { ...(await exportJWK(published.rs.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(published.es.publicKey)), kid: 'es-1', alg: 'ES256', use: 'sig' },
      { ...(await exportJWK(published.ed.publicKey)), kid: 'ed-1', alg: 'EdDSA', use: 'sig' },
    ];
    this.server = createServer((request, response) => {
      this.requests.push(request.url ?? '');
      if (!this.up) return void response.writeHead(503).end();
      response.setHeader('content-type', 'application/json');
      if (request.url === '/realms/itu/.well-known/openid-configuration') {
        return void response.end(
          JSON.stringify({ issuer: this.discoveryIssuer ?? this.issuer, jwks_uri: `${this.issuer}/protocol/openid-connect/certs` }),
        );
      }
      if (request.url === '/realms/itu/protocol/openid-connect/certs') return void response.end(JSON.stringify({ keys }));
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/itu`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('bearer tokens verified against an identity provider key set', () => {
  const idp = new IdentityProvider();
  beforeAll(() => idp.start());
  afterAll(() => idp.stop());
  beforeEach(() => {
    idp.requests = [];
    idp.up = true;
    idp.discoveryIssuer = undefined;
  });

  const config = (jwks: JwksSetting): AuthConfig => ({
    mode: 'production',
    issuer: idp.issuer,
    audience: 'consultation-ledger',
    clockSkewSeconds: 60,
    jwks,
  });
  const byUrl = (): AuthConfig =>
    config({ kind: 'url', url: `${idp.issuer}/protocol/openid-connect/certs`, cacheMaxAgeMs: 600_000, timeoutMs: 2000 });
  const byDiscovery = (): AuthConfig =>
    config({
      kind: 'oidc-discovery',
      issuer: idp.issuer,
      discoveryUrl: `${idp.issuer}/.well-known/openid-configuration`,
      cacheMaxAgeMs: 600_000,
      timeoutMs: 2000,
    });

  async function token(
    alg: 'RS256' | 'ES256' | 'EdDSA',
    kid: string,
    privatePem: string,
    claims: Record<string, unknown> = {},
  ): Promise<string> {
    const payload = {
      roles: ['stakeholder'],
      sub: 'egypt',
      iss: idp.issuer,
      aud: 'consultation-ledger',
      iat: NOW_SECONDS - 3600 * 2,
      exp: NOW_SECONDS + 3600,
      ...claims,
    };
    return new SignJWT(payload).setProtectedHeader({ alg, kid }).sign(await importPKCS8(privatePem, alg));
  }
  const code = (check: TokenCheck) => (check.ok ? 'ok' : check.refusal.code);

  it('accepts tokens signed with each published key, fetching the key set once', async () => {
    const verifier = await TokenVerifier.create(byUrl());
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem)))).toBe('ok');
    expect(code(await verifier.verify(await token('ES256', 'es-1', published.es.privatePem)))).toBe('ok');
    expect(code(await verifier.verify(await token('EdDSA', 'ed-1', published.ed.privatePem)))).toBe('ok');
    expect(idp.requests).toEqual(['/realms/itu/protocol/openid-connect/certs']);
  });

  it('finds the key set through OIDC discovery', async () => {
    const verifier = await TokenVerifier.create(byDiscovery());
    const check = await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem));
    expect(check).toEqual({ ok: true, actor: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] } });
    expect(idp.requests).toEqual(['/realms/itu/.well-known/openid-configuration', '/realms/itu/protocol/openid-connect/certs']);
  });

  it('refuses a token signed with a key the provider does not publish', async () => {
    const verifier = await TokenVerifier.create(byUrl());
    expect(code(await verifier.verify(await token('RS256', 'rs-forged', unpublished.privatePem)))).toBe('unknown-key');
    expect(code(await verifier.verify(await token('RS256', 'rs-1', unpublished.privatePem)))).toBe('bad-signature');
  });

  it('refuses HS256 and unsigned tokens where only a key set is configured', async () => {
    const verifier = await TokenVerifier.create(byUrl());
    const hs = await new SignJWT({ roles: ['secretariat'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(idp.issuer)
      .setAudience('consultation-ledger')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-an-attacker-chose-of-32-bytes!'));
    expect(code(await verifier.verify(hs))).toBe('algorithm-not-allowed');
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(
      code(
        await verifier.verify(
          `${b64({ alg: 'none' })}.${b64({ sub: 'x', roles: ['secretariat'], iss: idp.issuer, aud: 'consultation-ledger', exp: NOW_SECONDS + 60 })}.`,
        ),
      ),
    ).toBe('algorithm-not-allowed');
  });

  it('says the keys are unavailable, not that the token is bad, when the provider is down, and recovers', async () => {
    const verifier = await TokenVerifier.create(byDiscovery());
    idp.up = false;
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem)))).toBe('keys-unavailable');
    idp.up = true;
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem)))).toBe('ok');
  });

  it('refuses a discovery document that names another issuer', async () => {
    idp.discoveryIssuer = 'https://impostor.example/realms/itu';
    const verifier = await TokenVerifier.create(byDiscovery());
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem)))).toBe('keys-unavailable');
  });

  it('checks issuer, audience and expiry of key-set tokens as of any other', async () => {
    const verifier = await TokenVerifier.create(byUrl());
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem, { aud: 'another-api' })))).toBe(
      'wrong-audience',
    );
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem, { iss: 'https://elsewhere.example' })))).toBe(
      'wrong-issuer',
    );
    expect(code(await verifier.verify(await token('RS256', 'rs-1', published.rs.privatePem, { exp: NOW_SECONDS - 3600 })))).toBe('expired');
  });

  it('refuses a token too long to be one, unread', async () => {
    const verifier = await TokenVerifier.create(byUrl());
    expect(code(await verifier.verify('a'.repeat(9000)))).toBe('malformed');
    expect(idp.requests).toEqual([]);
  });
});
