import { KeyObject, generateKeyPairSync } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { SignJWT, exportJWK } from 'jose';
import { TEST_JWT_SECRET } from './tokens';

export const TOKEN_ISSUER = 'consultation-ledger';
export const TOKEN_AUDIENCE = 'consultation-ledger';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An identity provider on this machine, as a secretariat's would be: it signs tokens with an
 * EC P-256 key (ES256) and publishes its public key set at /certs, the JWKS URL the
 * services under test are given.
 */
export class TestIdentityProvider {
  private server?: Server;
  private readonly signing = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  /** A key of the same kind that the provider never published: what a forger would sign with. */
  private readonly forger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  jwksUrl = '';
  keySetRequests = 0;

  async start(): Promise<void> {
    const keys = [{ ...(await exportJWK(this.signing.publicKey)), kid: 'itu-idp-1', alg: 'ES256', use: 'sig' }];
    this.server = createServer((request, response) => {
      if (request.url !== '/certs') return void response.writeHead(404).end();
      this.keySetRequests++;
      response.setHeader('content-type', 'application/jwk-set+json');
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.jwksUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/certs`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A token the provider issues: ES256 with its published key. */
  issue(sub: string, roles: string[], claims: Record<string, unknown> = {}): Promise<string> {
    return sign({ alg: 'ES256', kid: 'itu-idp-1' }, this.signing.privateKey, { sub, roles, ...claims });
  }

  /** The same token, signed with a key the provider does not publish (its kid names one it does not have). */
  forgeWithUnknownKey(sub: string, roles: string[]): Promise<string> {
    return sign({ alg: 'ES256', kid: 'itu-idp-2' }, this.forger.privateKey, { sub, roles });
  }

  /** The same token, signed with another key under the provider's own kid. */
  forgeUnderKnownKid(sub: string, roles: string[]): Promise<string> {
    return sign({ alg: 'ES256', kid: 'itu-idp-1' }, this.forger.privateKey, { sub, roles });
  }

  /** HS256 keyed with the provider's public key, as published: the algorithm-confusion attack. */
  async forgeWithPublicKeyAsSecret(sub: string, roles: string[]): Promise<string> {
    const pem = this.signing.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    return sign({ alg: 'HS256' }, new TextEncoder().encode(pem), { sub, roles });
  }
}

async function sign(header: { alg: string; kid?: string }, key: KeyObject | Uint8Array, claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 3600, ...claims }).setProtectedHeader(header).sign(key);
}

/** HS256 with the services' shared secret, with any claims spoiled as a test wishes. */
export function hs256(claims: Record<string, unknown>, secret = TEST_JWT_SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sign({ alg: 'HS256' }, new TextEncoder().encode(secret), {
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    iat: now,
    exp: now + 3600,
    ...claims,
  });
}

/**
 * Every way a token is tampered with that the gateway must refuse, each with the reason its
 * 401 names: a forger's signature, a payload changed after signing, no signature at all,
 * an expired or not-yet-valid token, one for another audience or issuer, a key the identity
 * provider does not publish, and HS256 keyed with the provider's public key.
 */
export async function tamperedTokens(idp: TestIdentityProvider, sub: string, roles: string[]): Promise<[string, string, string][]> {
  const now = Math.floor(Date.now() / 1000);
  const genuine = await hs256({ sub, roles });
  const [header, , signature] = genuine.split('.');
  return [
    ['a bad signature (another secret)', await hs256({ sub, roles }, 'a-forgers-secret-that-is-32-bytes-long!!'), 'bad-signature'],
    [
      'a payload changed after signing',
      `${header}.${base64url({ sub, roles: ['secretariat'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: now + 3600 })}.${signature}`,
      'bad-signature',
    ],
    [
      'alg none',
      `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub, roles: ['secretariat'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: now + 3600 })}.`,
      'algorithm-not-allowed',
    ],
    [
      'alg none with a signature left on',
      `${base64url({ alg: 'none' })}.${base64url({ sub, roles, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: now + 3600 })}.${signature}`,
      'algorithm-not-allowed',
    ],
    ['an expired token', await hs256({ sub, roles, iat: now - 7200, exp: now - 3600 }), 'expired'],
    ['a token not valid yet', await hs256({ sub, roles, nbf: now + 3600 }), 'not-yet-valid'],
    ['a token for another audience', await hs256({ sub, roles, aud: 'another-api' }), 'wrong-audience'],
    ['a token from another issuer', await hs256({ sub, roles, iss: 'https://evil.example' }), 'wrong-issuer'],
    [
      'a token without exp',
      await sign({ alg: 'HS256' }, new TextEncoder().encode(TEST_JWT_SECRET), { sub, roles, exp: undefined }),
      'missing-claim',
    ],
    ['a key the identity provider does not publish', await idp.forgeWithUnknownKey(sub, roles), 'unknown-key'],
    ['another key under the provider\u2019s kid', await idp.forgeUnderKnownKid(sub, roles), 'bad-signature'],
    ['HS256 keyed with the provider\u2019s public key', await idp.forgeWithPublicKeyAsSecret(sub, roles), 'bad-signature'],
    ['a role that does not exist', await hs256({ sub, roles: ['administrator'] }), 'invalid-claim'],
    ['a subject with a bidi override', await hs256({ sub: `eg\u202Eypt`, roles }), 'invalid-claim'],
  ];
}
