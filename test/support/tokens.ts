import { SignJWT } from 'jose';

/** The shared secret the services under test verify bearer tokens with. */
export const TEST_JWT_SECRET = 'integration-tests-shared-secret-0123456789';

export type Role = 'stakeholder' | 'chair' | 'secretariat' | 'translator' | 'auditor';

/** A bearer token as an identity provider would issue it for this actor. */
export async function tokenFor(sub: string, ...roles: Role[]): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer('consultation-ledger')
    .setAudience('consultation-ledger')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}
