import { setTimeout as sleep } from 'node:timers/promises';

/** Retries an assertion until it passes or the time is up, then throws its last failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(intervalMs);
    }
  }
}
