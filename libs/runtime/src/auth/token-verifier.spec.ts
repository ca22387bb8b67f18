import { createHmac, generateKeyPairSync } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { AuthConfig } from '#libs/platform';
import { TokenCheck, TokenVerifier } from './token-verifier';

const SECRET = 'test-secret-of-at-least-thirty-two-bytes';
const NOW = new Date('2025-06-02T09:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const HOUR = 3600;

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPublicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const rsaPrivatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

function authConfig(keys: Pick<AuthConfig, 'sharedSecret' | 'publicKey'>): AuthConfig {
  return { mode: 'production', issuer: 'consultation-ledger', audience: 'consultation-ledger', clockSkewSeconds: 60, ...keys };
}
const withSecret = authConfig({ sharedSecret: { value: SECRET, source: 'JWT_SECRET' } });
const withRsaKey = authConfig({ publicKey: { spkiPem: rsaPublicPem, algorithm: 'RS256' } });
const withBoth = authConfig({ ...withSecret, ...withRsaKey });

/** The claims of a chair's token valid at NOW; each test spoils one thing. */
function chairClaims(): Record<string, unknown> {
  return {
    sub: 'person-4711',
    roles: ['chair', 'auditor'],
    name: 'Chair of CWG-WSIS&SDG',
    iss: 'consultation-ledger',
    aud: 'consultation-ledger',
    iat: NOW_SECONDS - 60,
    exp: NOW_SECONDS + HOUR,
  };
}

function hs256(claims: Record<string, unknown>, secret: string | Uint8Array = SECRET): Promise<string> {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

async function rs256(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(await importPKCS8(rsaPrivatePem, 'RS256'));
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function verify(config: AuthConfig, token: string): Promise<TokenCheck> {
  return (await TokenVerifier.create(config)).verify(token, NOW);
}

function refusalCode(check: TokenCheck): string | undefined {
  return check.ok ? undefined : check.refusal.code;
}

describe('bearer token verification', () => {
  it('accepts a valid HS256 token and names its actor by the first role', async () => {
    const check = await verify(withSecret, await hs256(chairClaims()));
    expect(check).toEqual({
      ok: true,
      actor: { id: 'person-4711', role: 'chair', roles: ['chair', 'auditor'], name: 'Chair of CWG-WSIS&SDG' },
    });
  });

  it('accepts a valid RS256 token against the public key', async () => {
    const check = await verify(withRsaKey, await rs256({ ...chairClaims(), roles: ['stakeholder'], name: undefined }));
    expect(check).toEqual({ ok: true, actor: { id: 'person-4711', role: 'stakeholder', roles: ['stakeholder'] } });
  });

  it('refuses a token signed with another secret', async () => {
    expect(refusalCode(await verify(withSecret, await hs256(chairClaims(), 'another-secret-of-at-least-thirty-two-bytes')))).toBe(
      'bad-signature',
    );
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = (await hs256(chairClaims())).split('.');
    const forged = `${header}.${base64url({ ...chairClaims(), roles: ['secretariat'] })}.${signature}`;
    expect(refusalCode(await verify(withSecret, forged))).toBe('bad-signature');
  });

  it('refuses an unsecured token (alg none)', async () => {
    const unsecured = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(chairClaims())}.`;
    const check = await verify(withSecret, unsecured);
    expect(check).toEqual({ ok: false, refusal: { code: 'algorithm-not-allowed', message: expect.any(String) } });
    expect(refusalCode(await verify(withBoth, unsecured))).toBe('algorithm-not-allowed');
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const confused = await hs256(chairClaims(), rsaPublicPem);
    // With only the public key configured, HS256 is not an algorithm this server accepts.
    expect(refusalCode(await verify(withRsaKey, confused))).toBe('algorithm-not-allowed');
    // With a shared secret as well, HS256 is checked against the secret alone.
    expect(refusalCode(await verify(withBoth, confused))).toBe('bad-signature');
  });

  it('refuses an RS256 token where only a shared secret is configured', async () => {
    expect(refusalCode(await verify(withSecret, await rs256(chairClaims())))).toBe('algorithm-not-allowed');
  });

  it('refuses an expired token, allowing 60 s of clock skew', async () => {
    expect(
      refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), iat: NOW_SECONDS - 2 * HOUR, exp: NOW_SECONDS - 61 }))),
    ).toBe('expired');
    expect((await verify(withSecret, await hs256({ ...chairClaims(), iat: NOW_SECONDS - 2 * HOUR, exp: NOW_SECONDS - 30 }))).ok).toBe(true);
  });

  it('refuses a token that is not valid yet', async () => {
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), nbf: NOW_SECONDS + 120 })))).toBe('not-yet-valid');
    expect((await verify(withSecret, await hs256({ ...chairClaims(), nbf: NOW_SECONDS + 30 }))).ok).toBe(true);
  });

  it('refuses a token issued in the future', async () => {
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), iat: NOW_SECONDS + 120 })))).toBe('issued-in-the-future');
  });

  it('refuses a token for another audience', async () => {
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), aud: 'another-service' })))).toBe('wrong-audience');
  });

  it('refuses a token from another issuer', async () => {
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), iss: 'https://elsewhere.example' })))).toBe('wrong-issuer');
  });

  it('refuses a token without exp', async () => {
    const { exp, ...claims } = chairClaims();
    const check = await verify(withSecret, await hs256(claims));
    expect(check).toEqual({ ok: false, refusal: { code: 'missing-claim', message: 'the token has no exp claim' } });
  });

  it('refuses a token without a subject, without roles, or with an unknown role', async () => {
    const { sub, ...anonymous } = chairClaims();
    expect(refusalCode(await verify(withSecret, await hs256(anonymous)))).toBe('missing-claim');
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), roles: [] })))).toBe('invalid-claim');
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), roles: 'chair' })))).toBe('invalid-claim');
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), roles: ['chair', 'admin'] })))).toBe('invalid-claim');
    expect(refusalCode(await verify(withSecret, await hs256({ ...chairClaims(), sub: 'person\u202E4711' })))).toBe('invalid-claim');
  });

  it('refuses what is not a signed JWT', async () => {
    expect(refusalCode(await verify(withSecret, 'not-a-token'))).toBe('malformed');
    const header = base64url({ alg: 'HS256' });
    const payload = 'bm90IGpzb24'; // "not json"
    const signature = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
    expect(refusalCode(await verify(withSecret, `${header}.${payload}.${signature}`))).toBe('malformed');
  });

  it('gives reasons fit for a WWW-Authenticate header', async () => {
    const check = await verify(withSecret, await hs256({ ...chairClaims(), exp: NOW_SECONDS - HOUR }));
    expect(check.ok ? '' : check.refusal.message).toMatch(/^[\x20\x21\x23-\x5B\x5D-\x7E]+$/);
  });
});
