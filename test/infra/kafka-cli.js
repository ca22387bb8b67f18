#!/usr/bin/env node
'use strict';
/**
 * node test/infra/kafka-cli.js <start|stop|status|provision>
 *
 *   start      start a broker in the background (survives this CLI), record it in .cache/kafka/run.json,
 *              print KAFKA_BROKERS=127.0.0.1:<port>  (already running: prints the same line again)
 *   stop       kill the recorded broker and remove its data dir and run.json
 *   status     print whether the recorded broker runs (exit 0 if it does, 3 if not)
 *   provision  only resolve Kafka's jars into .cache/kafka/<version>/ (warms the CI cache)
 *
 * Options for start: --port N, --data-dir DIR, --quiet. KAFKA_VERSION etc. as in kafka.js.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startKafka, stopKafka, provision, isKafkaProcess, REPO_ROOT } = require('./kafka');

const RUN_FILE = path.join(
  process.env.KAFKA_CACHE_DIR ? path.resolve(process.env.KAFKA_CACHE_DIR) : path.join(REPO_ROOT, '.cache', 'kafka'),
  'run.json',
);

function readRun() {
  try {
    return JSON.parse(fs.readFileSync(RUN_FILE, 'utf8'));
  } catch {
    return null;
  }
}

function running(run) {
  if (!run) return false;
  if (run.containerId) {
    const r = require('node:child_process').spawnSync('docker', ['inspect', '-f', '{{.State.Running}}', run.containerId], {
      encoding: 'utf8',
    });
    return r.status === 0 && r.stdout.trim() === 'true';
  }
  return isKafkaProcess(run.pid);
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const cmd = process.argv[2];
  const quiet = process.argv.includes('--quiet');
  const log = quiet ? false : true;
  switch (cmd) {
    case 'provision': {
      const r = await provision({ log });
      console.log(`Kafka ${r.version} jars ${r.cached ? 'already cached' : 'provisioned'} in ${r.lib} (${r.ms} ms)`);
      return 0;
    }
    case 'start': {
      const old = readRun();
      if (running(old)) {
        console.log(`KAFKA_BROKERS=${old.brokers}`);
        return 0;
      }
      if (old) await stopKafka(old); // stale record: clean its data dir
      const port = arg('--port') ? Number(arg('--port')) : undefined;
      const k = await startKafka({ detached: true, port, dataDir: arg('--data-dir'), log });
      const run = {
        pid: k.pid,
        containerId: k.containerId,
        brokers: k.brokers,
        port: k.port,
        dataDir: k.dataDir,
        logFile: k.logFile,
        version: k.version,
        startedAt: new Date().toISOString(),
      };
      fs.mkdirSync(path.dirname(RUN_FILE), { recursive: true });
      fs.writeFileSync(RUN_FILE, JSON.stringify(run, null, 2) + '\n');
      console.log(`KAFKA_BROKERS=${k.brokers}`);
      return 0;
    }
    case 'stop': {
      const run = readRun();
      if (!run) {
        console.log('kafka: not running (no run.json)');
        return 0;
      }
      await stopKafka(run);
      fs.rmSync(RUN_FILE, { force: true });
      console.log(`kafka: stopped ${run.pid ? `pid ${run.pid}` : run.containerId} (${run.brokers})`);
      return 0;
    }
    case 'status': {
      const run = readRun();
      if (running(run)) {
        console.log(`kafka: running, pid ${run.pid ?? run.containerId}, KAFKA_BROKERS=${run.brokers}, data ${run.dataDir}`);
        return 0;
      }
      console.log(run ? `kafka: not running (stale ${RUN_FILE})` : 'kafka: not running');
      return 3;
    }
    default:
      console.error('usage: node test/infra/kafka-cli.js <start|stop|status|provision> [--port N] [--data-dir DIR] [--quiet]');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  },
);
