/** The three public seed texts, as the text engine imports them (the copies kept beside the importer). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionDocument, importResolution } from '#libs/text';

export const SEED_NAMES = [
  'itu-council-res1334-mod2023.ar.txt',
  'wtdc17-23-rcc-rev-res30.ar.txt',
  'sg-report-wsis20-roadmap.ar.txt',
] as const;

const SEEDS_DIR = join(__dirname, '..', '..', '..', '..', 'text', 'src', 'import', 'fixtures');

export function importedSeed(name: (typeof SEED_NAMES)[number]): ResolutionDocument {
  return importResolution(readFileSync(join(SEEDS_DIR, name), 'utf8')).document;
}
