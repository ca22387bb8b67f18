import { readFileSync } from 'fs';
import { importResolution } from './libs/text/src/import';
import { renderCleanText } from './libs/text/src/render/clean-text';
const r = importResolution(readFileSync(process.argv[2], 'utf8'));
const t = renderCleanText(r.document);
process.stdout.write(t);
const r2 = importResolution(t);
const t2 = renderCleanText(r2.document);
console.error('STABLE:', t === t2, 'warnings2:', r2.warnings.length);
if (t !== t2) { const a=t.split('\n'), b=t2.split('\n'); for (let i=0;i<Math.max(a.length,b.length);i++) if (a[i]!==b[i]) { console.error(i, JSON.stringify(a[i]), '\n  ', JSON.stringify(b[i])); break; } }
for (const w of r2.warnings) console.error(`line ${w.line}: ${w.message}`);
