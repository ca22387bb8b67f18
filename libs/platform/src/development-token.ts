import { SignJWT } from 'jose';

/** Who a development token speaks for, and for how long. */
export interface DevelopmentTokenClaims {
  readonly sub: string;
  readonly roles: readonly string[];
  readonly name?: string;
  readonly ttlSeconds: number;
}

/**
 * A bearer token signed the way the server verifies it in development: HS256 with the shared
 * secret, the configured issuer and audience. Used by `npm run cli -- token` and the web
 * pages' development sign-in; callers refuse outside the development auth mode.
 */
export function signDevelopmentToken(
  auth: { issuer: string; audience: string; sharedSecret: { value: string } },
  claims: DevelopmentTokenClaims,
): Promise<string> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...claims.roles], ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + claims.ttlSeconds)
    .sign(new TextEncoder().encode(auth.sharedSecret.value));
}
