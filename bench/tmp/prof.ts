import { applyAmendments } from '../../libs/text/src';
import { generateResolution } from '../factories/resolution-factory';
import { amendmentRun } from '../suites/text-engine';
const base = generateResolution({ language: 'ar', provisions: 60, seed: 1334 });
const ops = amendmentRun(base, 10_000, 2023);
for (let i = 0; i < 30; i++) { const t = performance.now(); const r = applyAmendments(base, ops); if (!r.ok) throw new Error(); if (i % 10 === 0) console.log(performance.now() - t); }
