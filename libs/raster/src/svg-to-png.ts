import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, RasterError, bundledFontPaths } from './bundled-fonts';
import { inBundledTypeface } from './bundled-typeface';
import { physicalTextAnchors } from './rtl-text-anchors';

export interface SvgToPngOptions {
  /** Width of the PNG in pixels (height follows the SVG's aspect ratio); default: the SVG's own width. */
  readonly widthPx?: number;
  /** Multiplies the SVG's own size (2 for a sharper picture on a high-density screen); ignored with widthPx. */
  readonly scale?: number;
  /** A CSS colour behind the picture; default transparent. */
  readonly background?: string;
}

/** Above this a request is refused rather than allocating hundreds of megabytes of pixels. */
export const MAX_PNG_SIDE_PX = 8192;

/** The PNG's pixels and size, for callers (and tests) that look at what was drawn. */
export interface RasterImage {
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * Draws an SVG document as a PNG on the server, without a browser, in the bundled typeface
 * only (no system fonts: the same pixels on every machine). Arabic is shaped (joined letters)
 * and laid out right to left, anchored as a browser anchors it. Runs off the event loop.
 */
export async function svgToPng(svg: string, options: SvgToPngOptions = {}): Promise<Uint8Array> {
  return (await svgToRasterImage(svg, options)).png;
}

/** svgToPng with the PNG's size in pixels. */
export async function svgToRasterImage(svg: string, options: SvgToPngOptions = {}): Promise<RasterImage> {
  const fitTo = fitFor(options);
  let rendered;
  try {
    rendered = await renderAsync(inBundledTypeface(physicalTextAnchors(svg)), renderOptions(fitTo, options.background));
  } catch (error) {
    throw new RasterError('invalid-svg', error instanceof Error ? error.message : String(error));
  }
  if (rendered.width > MAX_PNG_SIDE_PX || rendered.height > MAX_PNG_SIDE_PX) {
    throw new RasterError('too-large', `${rendered.width}×${rendered.height} px exceeds ${MAX_PNG_SIDE_PX} px a side`);
  }
  return { png: new Uint8Array(rendered.asPng()), widthPx: rendered.width, heightPx: rendered.height };
}

function fitFor(options: SvgToPngOptions): NonNullable<ResvgRenderOptions['fitTo']> {
  if (options.widthPx !== undefined) {
    if (!Number.isInteger(options.widthPx) || options.widthPx < 1 || options.widthPx > MAX_PNG_SIDE_PX) {
      throw new RasterError('too-large', `width ${options.widthPx} px is not between 1 and ${MAX_PNG_SIDE_PX}`);
    }
    return { mode: 'width', value: options.widthPx };
  }
  if (options.scale !== undefined) {
    if (!(options.scale > 0 && options.scale <= 8)) throw new RasterError('too-large', `scale ${options.scale} is not in (0, 8]`);
    return { mode: 'zoom', value: options.scale };
  }
  return { mode: 'original' };
}

function renderOptions(fitTo: NonNullable<ResvgRenderOptions['fitTo']>, background: string | undefined): ResvgRenderOptions {
  return {
    fitTo,
    ...(background ? { background } : {}),
    logLevel: 'off',
    font: {
      loadSystemFonts: false,
      fontFiles: [...bundledFontPaths()],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      fantasyFamily: FONT_FAMILY,
      cursiveFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
  };
}
