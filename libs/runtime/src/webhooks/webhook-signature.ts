import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header a delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Ledger-Signature';
/** A receiver refuses a delivery signed longer ago than this: a replayed POST is old. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** A new endpoint's signing secret: 32 random bytes, shown to the stakeholder once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header of a body sent at `timestampSeconds`: the timestamp is signed with the body, so neither can be swapped. */
export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** Why a received delivery is not to be trusted, or undefined: what a receiver runs, given here for theirs to copy and for tests. */
export function webhookSignatureProblem(
  secret: string,
  header: string | undefined,
  body: string,
  nowSeconds: number,
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): string | undefined {
  if (!header) return 'no signature';
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1) return 'the signature header is malformed';
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return 'the signature is too old';
  const expected = Buffer.from(signWebhook(secret, timestamp, body).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) ? undefined : 'the signature does not match';
}
