/** Hosts that are this machine: plain http to them is allowed in development only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
export const MAX_WEBHOOK_URL_LENGTH = 2048;

export type WebhookUrlProblem = 'malformed' | 'not-https' | 'credentials' | 'too-long';

/**
 * Why a URL cannot receive webhooks, or undefined. Notifications leave over TLS only (they
 * name delegations and their positions); a developer's own machine may take plain http.
 * Credentials in the URL would be logged and shown back: the signing secret authenticates.
 */
export function webhookUrlProblem(url: string, { allowLocalhost }: { readonly allowLocalhost: boolean }): WebhookUrlProblem | undefined {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return 'too-long';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'malformed';
  }
  if (parsed.username || parsed.password) return 'credentials';
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && allowLocalhost && LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  return parsed.protocol === 'http:' ? 'not-https' : 'malformed';
}
