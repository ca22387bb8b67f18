/** The three real seed documents (ITU Council Resolution 1334, the WTDC revision of Resolution 30, the WSIS+20 road map report), imported. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionDocument, importResolution } from '#libs/text';

export const SEED_NAMES = [
  'itu-council-res1334-mod2023.ar.txt',
  'wtdc17-23-rcc-rev-res30.ar.txt',
  'sg-report-wsis20-roadmap.ar.txt',
] as const;

const SEEDS_DIR = join(__dirname, '../../../../text/src/import/fixtures');

export function importSeed(name: (typeof SEED_NAMES)[number]): ResolutionDocument {
  return importResolution(readFileSync(join(SEEDS_DIR, name), 'utf8')).document;
}
