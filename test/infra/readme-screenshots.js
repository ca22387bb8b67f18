#!/usr/bin/env node
'use strict';
/**
 * The README's pictures are screenshots the web pages' browser test takes (into
 * test/artifacts/screenshots, like every test output), and the pictures of a negotiation as the
 * server draws them in PNG (into test/artifacts/pictures, by the pictures' and the 100-amendment
 * chair's browser tests). `npm run screenshots` runs those tests and copies them into
 * docs/screenshots and docs/pictures; `npm test` leaves the work tree as it found it.
 */
const { spawnSync } = require('node:child_process');
const { copyFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.join(__dirname, '..', '..');
/** Screenshot taken by test/web-negotiation.e2e-spec.ts → picture in docs/screenshots. */
const README_SCREENSHOTS = { compilation: 'compilation-en', markedText: 'marked-text-ar-excerpt' };
const PICTURES = { compilation: 'compilation.png', markedText: 'marked-text.png' };
/** PNG drawn by the server in a test → the same file in docs/pictures, in Arabic and English. */
const NEGOTIATION_PICTURES = ['contention-100', 'participation-figures', 'progress'].flatMap((name) => [
  `${name}-ar.png`,
  `${name}-en.png`,
]);

module.exports = { README_SCREENSHOTS };

if (require.main === module) {
  const tests = ['test/web-negotiation.e2e-spec.ts', 'test/web-pictures.e2e-spec.ts', 'test/web-chair-hundred.e2e-spec.ts'];
  const run = spawnSync('npx', ['jest', ...tests, '--selectProjects', 'integration'], {
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
  const pictures = path.join(REPO_ROOT, 'docs', 'pictures');
  mkdirSync(pictures, { recursive: true });
  for (const file of NEGOTIATION_PICTURES) {
    copyFileSync(path.join(REPO_ROOT, 'test', 'artifacts', 'pictures', file), path.join(pictures, file));
    process.stdout.write(`docs/pictures/${file} ← test/artifacts/pictures/${file}\n`);
  }
}
