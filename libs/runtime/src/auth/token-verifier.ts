import { CryptoKey, JWTHeaderParameters, JWTPayload, errors, importSPKI, jwtVerify } from 'jose';
import { Actor } from '#libs/contracts';
import { ACTOR_ROLES, ActorRole, AuthConfig, isActorRole } from '#libs/platform';
import { textProblem } from '../clean-text';

/** An authenticated actor: the roles are always there, the first one is `role`. */
export interface AuthenticatedActor extends Actor {
  readonly role: ActorRole;
  readonly roles: readonly ActorRole[];
}

export type TokenRefusalCode =
  | 'malformed'
  | 'algorithm-not-allowed'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-the-future'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'invalid-claim';

/** Why a token was refused; `message` is plain ASCII without quotes, fit for a WWW-Authenticate header. */
export interface TokenRefusal {
  readonly code: TokenRefusalCode;
  readonly message: string;
}

export type TokenCheck = { readonly ok: true; readonly actor: AuthenticatedActor } | { readonly ok: false; readonly refusal: TokenRefusal };

const MAX_CLAIM_LENGTH = 256;

/** Verifies bearer tokens against the configured keys and turns their claims into an actor. */
export class TokenVerifier {
  private constructor(
    private readonly config: AuthConfig,
    private readonly keys: ReadonlyMap<string, CryptoKey | Uint8Array>,
  ) {}

  static async create(config: AuthConfig): Promise<TokenVerifier> {
    const keys = new Map<string, CryptoKey | Uint8Array>();
    if (config.sharedSecret) keys.set('HS256', new TextEncoder().encode(config.sharedSecret.value));
    if (config.publicKey) keys.set(config.publicKey.algorithm, await importSPKI(config.publicKey.spkiPem, config.publicKey.algorithm));
    if (keys.size === 0) throw new Error('no key to verify bearer tokens with: loadAuthConfig reports this as a configuration problem');
    return new TokenVerifier(config, keys);
  }

  async verify(token: string, now: Date = new Date()): Promise<TokenCheck> {
    let payload: JWTPayload;
    try {
      // Each key verifies with its own algorithm only: the header picks among the
      // configured ones and nothing else, so `none` and an HS256 token keyed with the
      // public key (algorithm confusion) never reach a signature check they could pass.
      ({ payload } = await jwtVerify(token, (header: JWTHeaderParameters) => this.keys.get(header.alg!)!, {
        algorithms: [...this.keys.keys()],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.config.clockSkewSeconds,
        currentDate: now,
      }));
    } catch (error) {
      return { ok: false, refusal: refusalFor(error) };
    }
    // jose checks `iat` only together with a maximum age; a token from the future is refused all the same.
    if (payload.iat !== undefined && payload.iat > now.getTime() / 1000 + this.config.clockSkewSeconds) {
      return refuse('issued-in-the-future', 'the token was issued in the future');
    }
    return actorFrom(payload);
  }
}

function actorFrom(payload: JWTPayload): TokenCheck {
  const { sub, roles, name } = payload;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_CLAIM_LENGTH || textProblem(sub)) {
    return refuse('invalid-claim', `sub must be an actor id of 1 to ${MAX_CLAIM_LENGTH} visible characters`);
  }
  if (!Array.isArray(roles) || roles.length === 0) {
    return refuse('invalid-claim', `roles must be a non-empty list of ${ACTOR_ROLES.join(', ')}`);
  }
  const unknown = roles.find((role) => !isActorRole(role));
  if (unknown !== undefined) {
    return refuse('invalid-claim', `roles holds an unknown role; known roles are ${ACTOR_ROLES.join(', ')}`);
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_CLAIM_LENGTH || textProblem(name))) {
    return refuse('invalid-claim', `name must be a text of at most ${MAX_CLAIM_LENGTH} visible characters`);
  }
  const held = [...new Set(roles as ActorRole[])];
  return { ok: true, actor: { id: sub, role: held[0], roles: held, ...(name ? { name: name.normalize('NFC') } : {}) } };
}

function refuse(code: TokenRefusalCode, message: string): TokenCheck {
  return { ok: false, refusal: { code, message } };
}

const CLAIM_REFUSALS: Record<string, TokenRefusal> = {
  nbf: { code: 'not-yet-valid', message: 'the token is not valid yet (nbf)' },
  iss: { code: 'wrong-issuer', message: 'the token has the wrong issuer' },
  aud: { code: 'wrong-audience', message: 'the token is meant for another audience' },
};

/** Maps jose's errors to our reasons; anything else is a fault of ours and goes on as an error. */
function refusalFor(error: unknown): TokenRefusal {
  if (error instanceof errors.JWTExpired) return { code: 'expired', message: 'the token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return { code: 'missing-claim', message: `the token has no ${error.claim} claim` };
    return CLAIM_REFUSALS[error.claim] ?? { code: 'invalid-claim', message: `the ${error.claim} claim is invalid` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return { code: 'algorithm-not-allowed', message: 'the token is signed with an algorithm this server does not accept' };
  if (error instanceof errors.JWSSignatureVerificationFailed) return { code: 'bad-signature', message: 'the token signature is invalid' };
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return { code: 'malformed', message: 'the token is not a well-formed signed JWT' };
  }
  throw error;
}
