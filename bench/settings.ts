/**
 * The sizes of the HTTP and limit benchmarks, from the environment, with defaults that keep
 * `npm run bench` on a small machine well inside its time budget. Read once, validated.
 */

function wholeNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/[_,]/gu, ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number (got "${raw}")`);
  return value;
}

function wholeNumbers(name: string, fallback: readonly number[]): readonly number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((v) => !Number.isSafeInteger(v) || v < 1)) {
    throw new Error(`${name} must be positive whole numbers separated by commas (got "${raw}")`);
  }
  return values;
}

export const benchSettings = {
  /** Closed-loop concurrencies of the HTTP throughput phases. */
  httpConcurrencies: wholeNumbers('BENCH_HTTP_CONCURRENCY', [1, 8, 64]),
  /** Seconds each throughput phase lasts. */
  httpSeconds: wholeNumber('BENCH_HTTP_SECONDS', 10),
  /** Seconds of warm-up load before the phases (JIT, pools, caches), not counted. */
  httpWarmupSeconds: wholeNumber('BENCH_HTTP_WARMUP_SECONDS', 3),
  /** Draft resolutions each phase's consultation registers. */
  httpDocuments: wholeNumber('BENCH_HTTP_DOCUMENTS', 32),
  /** Stakeholders registered, each with its own token: commands come from distinct actors. */
  httpStakeholders: wholeNumber('BENCH_HTTP_STAKEHOLDERS', 200),
  /** The steady rate of the lag phase, commands per second, and how long it lasts. */
  lagRatePerSecond: wholeNumber('BENCH_LAG_RATE', 500),
  lagSeconds: wholeNumber('BENCH_LAG_SECONDS', 15),
  /** One command in this many is also read back through the read endpoint. */
  lagReadSampleEvery: wholeNumber('BENCH_LAG_READ_SAMPLE_EVERY', 25),
  /** Seconds each raw PostgreSQL measurement lasts. */
  limitSeconds: wholeNumber('BENCH_LIMIT_SECONDS', 3),
  /** Messages the raw Kafka producer and consumer move. */
  kafkaLimitMessages: wholeNumber('BENCH_KAFKA_LIMIT_MESSAGES', 100_000),
};
