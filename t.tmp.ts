import { readFileSync } from 'fs';
import { importResolution } from './libs/text/src/import';
const f = process.argv[2];
const r = importResolution(readFileSync(f, 'utf8'));
const d = r.document;
console.log(JSON.stringify({ title: d.title, body: d.body, style: d.style, lang: d.language, metadata: d.metadata }, null, 1));
for (const s of [...d.preamble, ...d.operative]) {
  console.log('##', s.id, s.heading, s.provisions.length);
  const show = (p: any, ind: string) => { console.log(ind + p.id + ' ' + p.text.slice(0, 50) + ' … ' + p.text.slice(-25) + (p.listMarker ? ' [' + p.listMarker + ']' : '') + (p.footnotes.length ? ' FN:' + JSON.stringify(p.footnotes) : '')); p.children.forEach((c: any) => show(c, ind + '   ')); };
  s.provisions.forEach((p) => show(p, '  '));
}
for (const w of r.warnings) console.log(`line ${w.line}: ${w.message} | ${w.text.slice(0, 60)}`);
