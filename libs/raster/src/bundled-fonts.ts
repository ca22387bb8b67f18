import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The typeface shipped with this library (DejaVu Sans, regular and bold; Bitstream Vera licence,
 * fonts/LICENSE), so that a fresh machine or a slim container with no /usr/share/fonts still draws
 * Arabic and Latin text. One typeface covers both scripts, their digits, brackets and vowel marks:
 * resvg's fallback between fonts fails on a line that mixes them (a line of Arabic with a fatha
 * and a bracket came out as empty boxes, or not at all), so every text is drawn in this one.
 */
export const BUNDLED_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

export const FONT_FAMILY = 'DejaVu Sans';

// From the TypeScript source the fonts sit at libs/raster/fonts; from the build (dist/libs/raster/src)
// they are four levels up, in the same libs/raster/fonts the image copies beside dist.
const CANDIDATE_FONT_DIRECTORIES = [join(__dirname, '..', 'fonts'), join(__dirname, '..', '..', '..', '..', 'libs', 'raster', 'fonts')];

let cachedFontPaths: readonly string[] | undefined;

/** Absolute paths of the bundled font files; throws when the fonts folder was not shipped. */
export function bundledFontPaths(): readonly string[] {
  if (cachedFontPaths) return cachedFontPaths;
  const directory = CANDIDATE_FONT_DIRECTORIES.find((candidate) => BUNDLED_FONT_FILES.every((file) => existsSync(join(candidate, file))));
  if (!directory) throw new RasterError('fonts-missing', `bundled fonts not found in ${CANDIDATE_FONT_DIRECTORIES.join(' or ')}`);
  cachedFontPaths = BUNDLED_FONT_FILES.map((file) => join(directory, file));
  return cachedFontPaths;
}

export type RasterErrorCode = 'fonts-missing' | 'invalid-svg' | 'too-large';

/** Why an SVG could not be turned into a PNG (a server fault or bad input, never shown as is). */
export class RasterError extends Error {
  constructor(
    readonly code: RasterErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'RasterError';
  }
}
