import { CryptoKey, FlattenedJWSInput, JWTHeaderParameters, JWTPayload, createRemoteJWKSet, errors, importSPKI, jwtVerify } from 'jose';
import { Actor } from '#libs/contracts';
import { ACTOR_ROLES, ActorRole, AuthConfig, JWKS_ALGORITHMS, JwksSetting, isActorRole } from '#libs/platform';
import { textProblem } from '../clean-text';
import { VerifiedTokens } from './verified-tokens';

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
  | 'invalid-claim'
  | 'unknown-key'
  | 'keys-unavailable';

/**
 * Why a token was refused; `message` is plain ASCII without quotes, fit for a WWW-Authenticate
 * header. `keys-unavailable` is no fault of the token: the identity provider's keys could not
 * be fetched, and the answer is 503, not 401.
 */
export interface TokenRefusal {
  readonly code: TokenRefusalCode;
  readonly message: string;
}

export type TokenCheck = { readonly ok: true; readonly actor: AuthenticatedActor } | { readonly ok: false; readonly refusal: TokenRefusal };

const MAX_CLAIM_LENGTH = 256;
/** A bearer token longer than this is refused unread: real ones are a few hundred bytes to a few kilobytes. */
export const MAX_TOKEN_LENGTH = 8192;

type KeyResolver = (header: JWTHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey | Uint8Array>;

/** The identity provider's key set could not be read; the token is not at fault. */
class KeysUnavailable extends Error {}

/**
 * The key set of an identity provider, fetched when first needed and cached by jose (a
 * token signed with a key not in the cache makes it fetch again, at most every 30 s). With
 * OIDC discovery, the `jwks_uri` is read from the issuer's discovery document first; the
 * document must name the configured issuer.
 */
function remoteKeySet(setting: JwksSetting): KeyResolver {
  let keySet: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const options = { cacheMaxAge: setting.cacheMaxAgeMs, timeoutDuration: setting.timeoutMs, cooldownDuration: 30_000 };
  const discover = async (): Promise<ReturnType<typeof createRemoteJWKSet>> => {
    if (setting.kind === 'url') return createRemoteJWKSet(new URL(setting.url), options);
    const response = await fetch(setting.discoveryUrl, {
      signal: AbortSignal.timeout(setting.timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new KeysUnavailable(`the OIDC discovery document answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== setting.issuer) throw new KeysUnavailable('the OIDC discovery document names another issuer');
    if (typeof document.jwks_uri !== 'string') throw new KeysUnavailable('the OIDC discovery document has no jwks_uri');
    const jwksUri = new URL(document.jwks_uri);
    if (jwksUri.protocol !== 'https:' && new URL(setting.discoveryUrl).protocol === 'https:')
      throw new KeysUnavailable('the jwks_uri of the OIDC discovery document is not https');
    return createRemoteJWKSet(jwksUri, options);
  };
  return async (header, token) => {
    try {
      keySet ??= discover();
      return await (
        await keySet
      )(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      // A failed discovery is tried again with the next token, not remembered for ever.
      if (!(error instanceof errors.JOSEAlgNotAllowed)) keySet = undefined;
      throw error instanceof KeysUnavailable ? error : new KeysUnavailable(error instanceof Error ? error.message : String(error));
    }
  };
}

/** Verifies bearer tokens against the configured keys and turns their claims into an actor. */
export class TokenVerifier {
  private readonly verified: VerifiedTokens<TokenCheck & { ok: true }>;

  private constructor(
    private readonly config: AuthConfig,
    private readonly keys: ReadonlyMap<string, CryptoKey | Uint8Array>,
    private readonly keySet?: KeyResolver,
  ) {
    this.verified = new VerifiedTokens(config.clockSkewSeconds);
  }

  static async create(config: AuthConfig): Promise<TokenVerifier> {
    const keys = new Map<string, CryptoKey | Uint8Array>();
    if (config.sharedSecret) keys.set('HS256', new TextEncoder().encode(config.sharedSecret.value));
    if (config.publicKey) keys.set(config.publicKey.algorithm, await importSPKI(config.publicKey.spkiPem, config.publicKey.algorithm));
    const keySet = config.jwks ? remoteKeySet(config.jwks) : undefined;
    if (keys.size === 0 && !keySet)
      throw new Error('no key to verify bearer tokens with: loadAuthConfig reports this as a configuration problem');
    return new TokenVerifier(config, keys, keySet);
  }

  /** The algorithms a token may be signed with: those of the configured keys, and the asymmetric ones of a key set. */
  private get algorithms(): string[] {
    return [...new Set([...this.keys.keys(), ...(this.keySet ? JWKS_ALGORITHMS : [])])];
  }

  async verify(token: string, now: Date = new Date()): Promise<TokenCheck> {
    if (token.length > MAX_TOKEN_LENGTH) return refuse('malformed', `the token is longer than ${MAX_TOKEN_LENGTH} characters`);
    const known = this.verified.find(token, now);
    if (known) return known;
    let payload: JWTPayload;
    try {
      // Each key verifies with its own algorithm only: the header picks among the
      // configured ones and nothing else, so `none` and an HS256 token keyed with the
      // public key (algorithm confusion) never reach a signature check they could pass.
      // A key set from the identity provider serves the asymmetric algorithms only.
      ({ payload } = await jwtVerify(
        token,
        async (header: JWTHeaderParameters, input: FlattenedJWSInput) => this.keys.get(header.alg!) ?? (await this.keySet!(header, input)),
        {
          algorithms: this.algorithms,
          issuer: this.config.issuer,
          audience: this.config.audience,
          requiredClaims: ['exp', 'sub'],
          clockTolerance: this.config.clockSkewSeconds,
          currentDate: now,
        },
      ));
    } catch (error) {
      return { ok: false, refusal: refusalFor(error) };
    }
    // jose checks `iat` only together with a maximum age; a token from the future is refused all the same.
    if (payload.iat !== undefined && payload.iat > now.getTime() / 1000 + this.config.clockSkewSeconds) {
      return refuse('issued-in-the-future', 'the token was issued in the future');
    }
    const check = actorFrom(payload);
    if (check.ok) this.verified.remember(token, check, payload, now);
    return check;
  }
}

function actorFrom(payload: JWTPayload): TokenCheck {
  const { sub, roles, name } = payload;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_CLAIM_LENGTH || textProblem(sub, 'identifier')) {
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
  if (error instanceof KeysUnavailable) return { code: 'keys-unavailable', message: 'the identity provider keys cannot be fetched now' };
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return { code: 'unknown-key', message: 'the token is signed with a key the identity provider does not publish' };
  }
  if (error instanceof errors.JWTExpired) return { code: 'expired', message: 'the token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return { code: 'missing-claim', message: `the token has no ${error.claim} claim` };
    return CLAIM_REFUSALS[error.claim] ?? { code: 'invalid-claim', message: `the ${error.claim} claim is invalid` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return { code: 'algorithm-not-allowed', message: 'the token is signed with an algorithm this server does not accept' };
  if (error instanceof errors.JWSSignatureVerificationFailed) return { code: 'bad-signature', message: 'the token signature is invalid' };
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return { code: 'malformed', message: 'the token is not a well-formed signed JWT' };
  }
  throw error;
}
