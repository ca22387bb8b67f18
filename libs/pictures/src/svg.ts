/** The few pieces every picture is drawn with: escaping, a direction-aware frame, the shading patterns. */

/** Escapes text and attribute values for SVG (XML). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Attributes written in order, values escaped; undefined ones left out. */
export function attributes(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** A number as an SVG coordinate: at most two decimals, no exponent. */
export function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Where things go in a picture that reads in the page's direction: `x` is measured from the
 * side the reader starts at (the left in English, the right in Arabic), so a time axis runs
 * right to left in Arabic and the labels of a row stand where its reading starts.
 */
export interface Frame {
  readonly width: number;
  readonly direction: 'rtl' | 'ltr';
  /** The drawn x of a position measured from the reading start. */
  x(fromStart: number): number;
  /** The drawn x of the left edge of a box `length` long starting `fromStart` from the reading start. */
  boxX(fromStart: number, length: number): number;
  /**
   * The text-anchor of a side of a text in the picture's direction: the picture carries its
   * `direction` (as the page around it does), so `start` is where reading starts, the right
   * in Arabic; a text of the other direction has its anchor swapped.
   */
  anchor(side: 'start' | 'end' | 'middle', textDirection?: 'rtl' | 'ltr'): 'start' | 'end' | 'middle';
}

export function frameOf(width: number, direction: 'rtl' | 'ltr'): Frame {
  const rtl = direction === 'rtl';
  return {
    width,
    direction,
    x: (fromStart) => (rtl ? width - fromStart : fromStart),
    boxX: (fromStart, length) => (rtl ? width - fromStart - length : fromStart),
    anchor: (side, textDirection = direction) =>
      side === 'middle' || textDirection === direction ? side : side === 'start' ? 'end' : 'start',
  };
}

/**
 * A text element placed in a frame, its words escaped. A text in another language than the
 * picture's (a document's own words) gives its `xml:lang` and `direction` in `extra`.
 */
export function text(
  frame: Frame,
  at: { fromStart: number; y: number; side?: 'start' | 'end' | 'middle' },
  words: string,
  extra: Readonly<Record<string, string | number | undefined>> & { readonly direction?: 'rtl' | 'ltr' } = {},
): string {
  return `<text${attributes({ x: coordinate(frame.x(at.fromStart)), y: coordinate(at.y), 'text-anchor': frame.anchor(at.side ?? 'start', extra.direction), ...extra })}>${escapeXml(words)}</text>`;
}

/**
 * The shades of the pictures, from none to most: a fill and a hatching of its own each, so
 * that the shading reads without colour (in grey print, for those who do not tell the
 * colours apart). The darker the fill, the denser the hatching.
 */
export const SHADES = [
  { fill: '#ffffff', hatch: 0 },
  { fill: '#fde9c4', hatch: 12 },
  { fill: '#f8c471', hatch: 8 },
  { fill: '#e67e22', hatch: 5 },
  { fill: '#b03a2e', hatch: 3 },
] as const;

/** The fill of a shade: its hatching pattern (which paints the colour under it) or the plain colour. */
export function shadeFill(id: string, level: number): string {
  return level === 0 ? SHADES[0].fill : `url(#${id}-shade-${level})`;
}

/** The pattern definitions of the shades, ids prefixed so that several pictures can stand on one page. */
export function shadePatterns(id: string): string {
  return SHADES.slice(1)
    .map((shade, index) => {
      const level = index + 1;
      const ink = level >= 3 ? '#ffffff' : '#7a4a00';
      return `<pattern id="${id}-shade-${level}" width="${shade.hatch}" height="${shade.hatch}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${shade.hatch}" height="${shade.hatch}" fill="${shade.fill}"/><line x1="0" y1="0" x2="0" y2="${shade.hatch}" stroke="${ink}" stroke-width="1" stroke-opacity="0.6"/></pattern>`;
    })
    .join('');
}

/** The series of a chart: a colour, a pattern or a dash, and a mark, so that no two differ by colour alone. */
export const SERIES_STYLES = [
  { colour: '#1f5fa8', dash: '', mark: 'circle', pattern: 'solid' },
  { colour: '#b03a2e', dash: '6 3', mark: 'square', pattern: 'hatch' },
  { colour: '#1e7b45', dash: '2 3', mark: 'triangle', pattern: 'dots' },
] as const;

/** The fill patterns of the bar series (a plain colour, a hatching, dots). */
export function seriesPatterns(id: string): string {
  const [, hatch, dots] = SERIES_STYLES;
  return (
    `<pattern id="${id}-series-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${hatch.colour}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>` +
    `<pattern id="${id}-series-2" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${dots.colour}"/><circle cx="3" cy="3" r="1.3" fill="#ffffff"/></pattern>`
  );
}

/** The fill of a bar series. */
export function seriesFill(id: string, series: number): string {
  return series === 0 ? SERIES_STYLES[0].colour : `url(#${id}-series-${series})`;
}

/** A series mark (circle, square, triangle) centred on a point, for line charts and legends. */
export function seriesMark(series: number, x: number, y: number): string {
  const style = SERIES_STYLES[series];
  const c = coordinate;
  switch (style.mark) {
    case 'circle':
      return `<circle cx="${c(x)}" cy="${c(y)}" r="3.5" fill="${style.colour}"/>`;
    case 'square':
      return `<rect x="${c(x - 3.5)}" y="${c(y - 3.5)}" width="7" height="7" fill="${style.colour}"/>`;
    default:
      return `<path d="M${c(x)} ${c(y - 4)}L${c(x + 4)} ${c(y + 3.5)}L${c(x - 4)} ${c(y + 3.5)}Z" fill="${style.colour}"/>`;
  }
}

/** The opening of a picture: its size, `role="img"`, its title and description (what a screen reader says of it). */
export function svgOpen(options: {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly lang: string;
  /** The page's direction: the texts of the picture start where its reading starts. */
  readonly direction: 'rtl' | 'ltr';
  readonly title: string;
  readonly description: string;
  readonly defs?: string;
  /**
   * `group` for a picture whose parts are links (a page's contention map): an image's parts
   * are not interactive, so such a picture is a named group of links instead.
   */
  readonly role?: 'img' | 'group';
}): string {
  const { id, width, height } = options;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      id,
      role: options.role ?? 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      'xml:lang': options.lang,
      lang: options.lang,
      direction: options.direction,
      'font-family': 'system-ui, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif',
      'font-size': 12,
    })}>` +
    `<title id="${id}-title">${escapeXml(options.title)}</title><desc id="${id}-desc">${escapeXml(options.description)}</desc>` +
    (options.defs ? `<defs>${options.defs}</defs>` : '') +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`
  );
}
