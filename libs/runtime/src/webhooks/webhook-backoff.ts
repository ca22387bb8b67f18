/** How long to wait before the next attempt, given how many were made: doubling from the first, up to a ceiling. */
export interface WebhookRetryPolicy {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many failed attempts a delivery is given up and logged as failed. */
  readonly maxAttempts: number;
}

/** About a day of retries: 30 s, 1 min, 2 min, … up to 4 h between attempts. */
export const DEFAULT_WEBHOOK_RETRY_POLICY: WebhookRetryPolicy = { firstDelayMs: 30_000, maxDelayMs: 4 * 3_600_000, maxAttempts: 12 };

export function retryDelayMs(attemptsMade: number, policy: WebhookRetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attemptsMade - 1));
}
