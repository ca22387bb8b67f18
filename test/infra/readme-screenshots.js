#!/usr/bin/env node
'use strict';
/**
 * The README's pictures are screenshots the web pages' browser test takes (into
 * test/artifacts/screenshots, like every test output). `npm run screenshots` runs that test
 * and copies them into docs/screenshots; `npm test` leaves the work tree as it found it.
 */
const { spawnSync } = require('node:child_process');
const { copyFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.join(__dirname, '..', '..');
/** Screenshot taken by test/web-negotiation.e2e-spec.ts → picture in docs/screenshots. */
const README_SCREENSHOTS = { compilation: 'compilation-en', markedText: 'marked-text-ar-excerpt' };
const PICTURES = { compilation: 'compilation.png', markedText: 'marked-text.png' };

module.exports = { README_SCREENSHOTS };

if (require.main === module) {
  const run = spawnSync('npx', ['jest', 'test/web-negotiation.e2e-spec.ts'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--conditions=source' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const target = path.join(REPO_ROOT, 'docs', 'screenshots');
  mkdirSync(target, { recursive: true });
  for (const [key, shot] of Object.entries(README_SCREENSHOTS)) {
    copyFileSync(path.join(REPO_ROOT, 'test', 'artifacts', 'screenshots', `${shot}.png`), path.join(target, PICTURES[key]));
    process.stdout.write(`docs/screenshots/${PICTURES[key]} ← test/artifacts/screenshots/${shot}.png\n`);
  }
}
