import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionDocument, importResolution } from '#libs/text';

const FIXTURES = join(__dirname, '..', '..', '..', 'text', 'src', 'import', 'fixtures');

/** Council Resolution 1334 (Modified 2023) in Arabic, as the text engine imports the Council's file. */
export function resolution1334(): ResolutionDocument {
  return importResolution(readFileSync(join(FIXTURES, 'itu-council-res1334-mod2023.ar.txt'), 'utf8')).document;
}

/** The English excerpt of Resolution 1334. */
export function resolution1334English(): ResolutionDocument {
  return importResolution(readFileSync(join(FIXTURES, 'itu-res1334-excerpt.en.txt'), 'utf8')).document;
}
