import { importResolution, renderCleanText } from './libs/text/src';
import { missingWords, wordsOf } from './libs/text/src/word-multiset';
import { readFixture, sourceWords } from './libs/text/src/import/fixtures/seeds';
for (const f of ['itu-council-res1334-mod2023.ar.txt','wtdc17-23-rcc-rev-res30.ar.txt','sg-report-wsis20-roadmap.ar.txt','itu-res1334-excerpt.en.txt','unga-res78-132-excerpt.en.txt'] as const) {
  const src = readFixture(f); const { document } = importResolution(src);
  const sw = sourceWords(src); const rw = wordsOf(renderCleanText(document));
  const dropped = { ...document, operative: document.operative.slice(1) };
  console.log(f, sw.length, rw.length, 'missing:', missingWords(sw, rw), 'if a section is dropped:', missingWords(sw, wordsOf(renderCleanText(dropped))).length);
}
