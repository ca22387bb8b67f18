import { FONT_FAMILY } from './bundled-fonts';

/**
 * Names the bundled typeface in every font-family of the SVG (attributes and inline styles), so
 * resvg never falls back from one font to another inside a line (see BUNDLED_FONT_FILES).
 * Weight and style stay as the picture asks.
 */
export function inBundledTypeface(svg: string): string {
  return svg
    .replace(/(\sfont-family\s*=\s*)(?:"[^"]*"|'[^']*')/gu, `$1"${FONT_FAMILY}"`)
    .replace(/(\sstyle\s*=\s*"[^"]*?font-family\s*:\s*)(?:[^;"]|&quot;)*/gu, `$1${FONT_FAMILY}`);
}
