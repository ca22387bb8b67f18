#!/usr/bin/env node
'use strict';
/**
 * End-to-end check of test/infra/kafka.js against a real broker:
 * provision → start → create topic (retention.ms=-1) → produce 1000 messages with the idempotent
 * producer → consume them back in a consumer group from the beginning (count + order) → stop →
 * the JVM is gone and its data dir removed. Exits non-zero on any failure.
 *
 *   node test/infra/kafka-smoke.js          provision with the normal cache (cold only if it is empty)
 *   node test/infra/kafka-smoke.js --cold   also time a truly cold provision: empty temp cache + empty Maven repo
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startKafka, provision } = require('./kafka');
const { Kafka, logLevel, Partitioners } = require(require.resolve('kafkajs', { paths: [path.resolve(__dirname, '..', '..')] }));

const COUNT = 1000;
const BATCH = Number(process.env.KAFKA_SMOKE_BATCH) || 100; // messages per producer.send()
const verbose = process.argv.includes('--verbose');
const log = verbose ? true : false;

function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(`kafka-smoke: ${msg}`);
}

async function timed(fn) {
  const t0 = Date.now();
  const value = await fn();
  return [value, Date.now() - t0];
}

async function main() {
  const t = {};
  if (process.argv.includes('--cold')) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-cold-'));
    try {
      const [r] = await timed(() => provision({ cacheDir: path.join(tmp, 'cache'), mavenRepoLocal: path.join(tmp, 'm2'), log }));
      assert(!r.cached, 'cold provision unexpectedly hit a cache');
      t.coldProvisionEmptyM2 = r.ms;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (!process.env.KAFKA_BROKERS) {
    const prov = await provision({ log });
    t[prov.cached ? 'provisionCached' : 'provisionCold'] = prov.ms;
  }

  const [broker, startMs] = await timed(() => startKafka({ log }));
  t.start = startMs;
  const { pid, dataDir } = broker;
  let rssIdle;
  let rssAfter;
  try {
    await new Promise((r) => setTimeout(r, 2000));
    rssIdle = rssMiB(pid);

    const kafka = new Kafka({ clientId: 'kafka-smoke', brokers: [broker.brokers], logLevel: verbose ? logLevel.WARN : logLevel.NOTHING });
    const topic = `smoke-${Date.now()}`;
    const admin = kafka.admin();
    await admin.connect();
    assert(
      await admin.createTopics({
        waitForLeaders: true,
        topics: [{ topic, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '-1' }] }],
      }),
      'createTopics returned false',
    );
    const cfg = await admin.describeConfigs({
      resources: [{ type: 2 /* TOPIC */, name: topic, configNames: ['retention.ms'] }],
      includeSynonyms: false,
    });
    const retention = cfg.resources[0].configEntries.find((e) => e.configName === 'retention.ms');
    assert(retention && retention.configValue === '-1', `retention.ms is ${retention && retention.configValue}, expected -1`);
    await assertNoAutoCreate(admin, kafka);

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const [, produceMs] = await timed(async () => {
      for (let i = 0; i < COUNT; i += BATCH) {
        const messages = Array.from({ length: BATCH }, (_, j) => ({ key: 'k', value: JSON.stringify({ seq: i + j }) }));
        await producer.send({ topic, acks: -1, messages });
      }
    });
    t.produce = produceMs;
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `smoke-group-${Date.now()}` });
    const seen = [];
    const [, consumeMs] = await timed(async () => {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`kafka-smoke: consumed ${seen.length}/${COUNT} within 60 s`)), 60_000);
        consumer
          .run({
            eachMessage: async ({ message }) => {
              seen.push({ offset: Number(message.offset), seq: JSON.parse(message.value.toString()).seq });
              if (seen.length === COUNT) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    });
    t.consume = consumeMs;
    await consumer.disconnect();
    await admin.disconnect();

    assert(seen.length === COUNT, `consumed ${seen.length}, expected ${COUNT}`);
    seen.forEach((m, i) => assert(m.seq === i && m.offset === i, `message #${i} has seq ${m.seq} at offset ${m.offset}`));
    rssAfter = rssMiB(pid);
  } finally {
    const [, stopMs] = await timed(() => broker.stop());
    t.stop = stopMs;
  }
  if (!broker.external) {
    assert(!alive(pid), `broker pid ${pid} still alive after stop()`);
    assert(!fs.existsSync(dataDir), `data dir ${dataDir} still exists after stop()`);
  }

  const fmt = (k) => (t[k] === undefined ? '' : ` ${k}=${(t[k] / 1000).toFixed(1)}s`);
  console.log(
    `kafka-smoke OK: Kafka ${broker.version || `at ${broker.brokers}`}, ${COUNT} msgs in order;` +
      `${fmt('coldProvisionEmptyM2')}${fmt('provisionCold')}${fmt('provisionCached')}${fmt('start')}${fmt('produce')}${fmt('consume')}${fmt('stop')}` +
      ` rssIdle=${rssIdle}MiB rssAfter=${rssAfter}MiB`,
  );
}

/** auto.create.topics.enable=false: producing to an unknown topic must fail, not create it. */
async function assertNoAutoCreate(admin, kafka) {
  const ghost = `ghost-${Date.now()}`;
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 1 },
    allowAutoTopicCreation: true,
  });
  await producer.connect();
  const failed = await producer.send({ topic: ghost, messages: [{ value: 'x' }] }).then(
    () => false,
    () => true,
  );
  await producer.disconnect();
  assert(failed && !(await admin.listTopics()).includes(ghost), `topic ${ghost} was auto-created`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
