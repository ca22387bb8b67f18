/** The time claims of a verified token, checked again each time it is found here. */
export interface TimeClaims {
  readonly exp?: number;
  readonly nbf?: number;
  readonly iat?: number;
}

interface Entry<Value> {
  readonly value: Value;
  readonly claims: TimeClaims;
  readonly verifiedAtMs: number;
}

/**
 * Tokens whose signature and claims were verified lately, so that a client sending many
 * requests with one token pays for the signature check once a minute, not every time. Only
 * the exact token string is found (any other byte is another token); its time claims are
 * checked again against the moment of each request; an entry older than `maxAgeMs` is
 * verified afresh, so a key the identity provider withdraws stops being honoured within it.
 */
export class VerifiedTokens<Value> {
  private readonly entries = new Map<string, Entry<Value>>();

  constructor(
    private readonly clockSkewSeconds: number,
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  find(token: string, now: Date): Value | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.stillValid(entry, now.getTime())) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, value: Value, claims: TimeClaims, now: Date): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { value, claims, verifiedAtMs: now.getTime() });
  }

  private stillValid({ claims, verifiedAtMs }: Entry<Value>, nowMs: number): boolean {
    if (nowMs < verifiedAtMs || nowMs - verifiedAtMs >= this.maxAgeMs) return false;
    const seconds = nowMs / 1000;
    const skew = this.clockSkewSeconds;
    // The same bounds jose applies: expired when exp <= now - skew; not yet valid when nbf > now + skew.
    if (claims.exp === undefined || claims.exp <= seconds - skew) return false;
    if (claims.nbf !== undefined && claims.nbf > seconds + skew) return false;
    return claims.iat === undefined || claims.iat <= seconds + skew;
  }
}
