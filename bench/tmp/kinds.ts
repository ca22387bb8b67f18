import { applyAmendment, ResolutionDocument } from '../../libs/text/src';
import { generateResolution } from '../factories/resolution-factory';
import { amendmentRun } from '../suites/text-engine';
const base = generateResolution({ language: 'ar', provisions: 60, seed: 1334 });
const ops = amendmentRun(base, 10_000, 2023);
const docs: ResolutionDocument[] = [base];
for (const op of ops) { const r = applyAmendment(docs[docs.length - 1], op); if (!r.ok) throw new Error(); docs.push(r.value); }
const byKind = new Map<string, number>();
for (let round = 0; round < 20; round++) {
  ops.forEach((op, i) => {
    const key = op.kind + ('oldText' in op ? '-text' : '');
    const t = performance.now();
    applyAmendment(docs[i], op);
    byKind.set(key, (byKind.get(key) ?? 0) + performance.now() - t);
  });
}
for (const [k, v] of byKind) console.log(k.padEnd(20), (v / 20).toFixed(1), 'ms per run');
