import { applyAmendments } from '../../libs/text/src';
import { generateResolution } from '../factories/resolution-factory';
import { amendmentRun } from '../suites/text-engine';
const base = generateResolution({ language: 'ar', provisions: 60, seed: 1334 });
const ops = amendmentRun(base, 10_000, 2023);
const times: number[] = [];
for (let i = 0; i < 25; i++) { const t = performance.now(); const r = applyAmendments(base, ops); if (!r.ok) throw new Error(); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log('median', times[12].toFixed(1), 'min', times[0].toFixed(1));
