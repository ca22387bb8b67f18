import { createHmac } from 'node:crypto';
import { DEFAULT_WEBHOOK_RETRY_POLICY, retryDelayMs } from './webhook-backoff';
import { newWebhookSecret, signWebhook, webhookSignatureProblem } from './webhook-signature';
import { webhookUrlProblem } from './webhook-url';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"kind":"ruling","detail":{"symbol":"C25/12"}}';

  it('signs the timestamp and the body together with HMAC-SHA256, as a receiver recomputes it', () => {
    const expected = createHmac('sha256', secret).update(`1764583200.${body}`).digest('hex');
    expect(signWebhook(secret, 1764583200, body)).toBe(`t=1764583200,v1=${expected}`);
  });

  it('accepts a fresh signature and refuses a changed body, another timestamp, an old one or another secret', () => {
    const header = signWebhook(secret, 1_000_000, body);
    expect(webhookSignatureProblem(secret, header, body, 1_000_010)).toBeUndefined();
    expect(webhookSignatureProblem(secret, header, body.replace('C25', 'C26'), 1_000_010)).toBe('the signature does not match');
    expect(webhookSignatureProblem(secret, header.replace('t=1000000', 't=1000001'), body, 1_000_010)).toBe('the signature does not match');
    expect(webhookSignatureProblem(secret, header, body, 1_000_000 + 301)).toBe('the signature is too old');
    expect(webhookSignatureProblem('whsec_other', header, body, 1_000_010)).toBe('the signature does not match');
    expect(webhookSignatureProblem(secret, undefined, body, 1_000_010)).toBe('no signature');
  });

  it('makes a new secret for each endpoint', () => {
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
    expect(newWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/u);
  });
});

describe('webhook endpoints', () => {
  it('takes https, and plain http to this machine only in development', () => {
    expect(webhookUrlProblem('https://hooks.delegation.example/ledger', { allowLocalhost: false })).toBeUndefined();
    expect(webhookUrlProblem('http://hooks.delegation.example/ledger', { allowLocalhost: true })).toBe('not-https');
    expect(webhookUrlProblem('http://localhost:8080/hook', { allowLocalhost: false })).toBe('not-https');
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', { allowLocalhost: true })).toBeUndefined();
    expect(webhookUrlProblem('http://[::1]:8080/hook', { allowLocalhost: true })).toBeUndefined();
  });

  it('refuses other schemes, credentials in the URL and what is not a URL', () => {
    expect(webhookUrlProblem('ftp://example.org/x', { allowLocalhost: true })).toBe('malformed');
    expect(webhookUrlProblem('https://user:pw@example.org/x', { allowLocalhost: false })).toBe('credentials');
    expect(webhookUrlProblem('not a url', { allowLocalhost: false })).toBe('malformed');
    expect(webhookUrlProblem(`https://example.org/${'a'.repeat(2100)}`, { allowLocalhost: false })).toBe('too-long');
  });
});

describe('webhook retries', () => {
  it('doubles the wait after each failed attempt, up to the ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, DEFAULT_WEBHOOK_RETRY_POLICY))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30, DEFAULT_WEBHOOK_RETRY_POLICY)).toBe(4 * 3_600_000);
  });
});
