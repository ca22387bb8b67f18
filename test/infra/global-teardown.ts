/** Stops what the global setup started, newest first. */
export default async function globalTeardown(): Promise<void> {
  const teardown = (globalThis as { __ledgerTestTeardown?: (() => Promise<void>)[] }).__ledgerTestTeardown ?? [];
  for (const stop of teardown.reverse()) await stop();
}
