import { CONTENTION_THRESHOLDS } from './contention-level';
import { ContentionFigures, ContentionProvision } from './figures';
import { PictureLanguage } from './words';
import { SHADES, coordinate, escapeXml, frameOf, shadeFill, shadePatterns, svgOpen, text } from './svg';

const WIDTH = 760;
const MARGIN = 12;
const ROW_HEIGHT = 20;
const SECTION_HEIGHT = 26;
const SWATCH_WIDTH = 30;
const INDENT = 16;
const COUNTS_WIDTH = 220;
/** A light tint of each shade behind a row's words, so that they stay legible on every shade. */
const TINTS = ['#ffffff', '#fef7ea', '#fdeccc', '#fbd9a8', '#f6c2bb'] as const;
/** About how wide a character of the outline is, to cut the opening words to their room. */
const CHARACTER_WIDTH = 6.4;

export interface ContentionMapOptions {
  /** The address a provision's row opens (the provision in the compilation); no links when left out (a downloaded file). */
  readonly linkOf?: (provisionId: string) => string;
  /** The id of the picture on its page. */
  readonly id?: string;
}

function cut(words: string, characters: number): string {
  if (words.length <= characters) return words;
  return `${words.slice(0, Math.max(0, characters - 1)).trimEnd()}…`;
}

/** The counts of a row in the page's language, the zeros left out; empty for an uncontested provision. */
function rowCounts(language: PictureLanguage, p: ContentionProvision): string {
  const { t } = language;
  const parts = [
    p.pendingAmendments ? t('pictures.contention.amendments', { count: p.pendingAmendments }) : '',
    p.conflicts ? t('pictures.contention.conflicts', { count: p.conflicts }) : '',
    p.brackets ? t('pictures.contention.brackets', { count: p.brackets }) : '',
    p.proposers ? t('pictures.contention.proposers', { count: p.proposers }) : '',
  ].filter((part) => part !== '');
  return parts.join(' · ');
}

/**
 * The contention map of a document: its outline, section by section, each provision a row
 * shaded (colour and hatching, and the shade's number) by how contested it is, with its
 * counts; each row a link to the provision in the compilation. Figures in, SVG out.
 */
export function contentionMapSvg(figures: ContentionFigures, language: PictureLanguage, options: ContentionMapOptions = {}): string {
  const { t } = language;
  const id = options.id ?? 'contention-map';
  const frame = frameOf(WIDTH, language.direction);
  const documentDirection = /^(ar|fa|he|ur)\b/u.test(figures.language) ? 'rtl' : 'ltr';
  const parts: string[] = [];
  let y = MARGIN;

  // The legend: each shade with its number and the scores it stands for.
  parts.push(text(frame, { fromStart: MARGIN, y: y + 12 }, t('pictures.contention.legend'), { 'font-weight': 'bold' }));
  y += 20;
  const legendStep = (WIDTH - 2 * MARGIN) / SHADES.length;
  SHADES.forEach((_, level) => {
    const start = MARGIN + level * legendStep;
    const from = level === 0 ? 0 : CONTENTION_THRESHOLDS[level - 1];
    const to = level < CONTENTION_THRESHOLDS.length ? CONTENTION_THRESHOLDS[level] - 1 : undefined;
    const range =
      level === 0
        ? t('pictures.contention.level0')
        : to === undefined
          ? t('pictures.contention.levelFrom', { from })
          : t('pictures.contention.levelRange', { from, to });
    parts.push(
      `<rect x="${coordinate(frame.boxX(start, SWATCH_WIDTH))}" y="${y}" width="${SWATCH_WIDTH}" height="16" fill="${shadeFill(id, level)}" stroke="#555555"/>`,
      text(frame, { fromStart: start + SWATCH_WIDTH / 2, y: y + 12, side: 'middle' }, String(level), {
        'font-weight': 'bold',
        fill: level >= 3 ? '#ffffff' : '#222222',
      }),
      text(frame, { fromStart: start + SWATCH_WIDTH + 6, y: y + 12 }, range),
    );
  });
  y += 30;

  for (const section of figures.sections) {
    const heading = section.heading || t(section.part === 'preamble' ? 'pictures.contention.preamble' : 'pictures.contention.operative');
    parts.push(
      text(frame, { fromStart: MARGIN, y: y + 18 }, cut(heading, 100), {
        'font-weight': 'bold',
        ...(section.heading ? { 'xml:lang': figures.language, direction: documentDirection } : {}),
      }),
    );
    y += SECTION_HEIGHT;
    for (const provision of section.provisions) {
      const indent = MARGIN + SWATCH_WIDTH + 6 + provision.depth * INDENT;
      const counts = rowCounts(language, provision);
      const room = Math.floor((WIDTH - indent - MARGIN - (counts ? COUNTS_WIDTH : 0)) / CHARACTER_WIDTH);
      const words = cut(`${provision.label ? `${provision.label} ` : ''}${provision.opening}`, room);
      const row = [
        `<rect x="${coordinate(frame.boxX(MARGIN, WIDTH - 2 * MARGIN))}" y="${y}" width="${WIDTH - 2 * MARGIN}" height="${ROW_HEIGHT - 2}" fill="${TINTS[provision.level]}" stroke="#dddddd"/>`,
        `<rect x="${coordinate(frame.boxX(MARGIN, SWATCH_WIDTH))}" y="${y}" width="${SWATCH_WIDTH}" height="${ROW_HEIGHT - 2}" fill="${shadeFill(id, provision.level)}" stroke="#555555"/>`,
        text(frame, { fromStart: MARGIN + SWATCH_WIDTH / 2, y: y + 13, side: 'middle' }, String(provision.level), {
          'font-weight': 'bold',
          fill: provision.level >= 3 ? '#ffffff' : '#222222',
        }),
        // The words are the document's: in its language and direction, at the reading start of the page.
        text(frame, { fromStart: indent, y: y + 13 }, words, { 'xml:lang': figures.language, direction: documentDirection }),
        counts ? text(frame, { fromStart: WIDTH - MARGIN - 6, y: y + 13, side: 'end' }, counts, { 'font-size': 11 }) : '',
      ].join('');
      const tip = `<title>${escapeXml(`${provision.citation}: ${counts || t('pictures.contention.level0')}`)}</title>`;
      parts.push(
        options.linkOf
          ? // The table beside the picture holds the same links for the keyboard: these are for the pointer only.
            `<a href="${escapeXml(options.linkOf(provision.provisionId))}" tabindex="-1" data-provision="${escapeXml(provision.provisionId)}" data-level="${provision.level}">${tip}${row}</a>`
          : `<g data-provision="${escapeXml(provision.provisionId)}" data-level="${provision.level}">${tip}${row}</g>`,
      );
      y += ROW_HEIGHT;
    }
  }
  y += MARGIN;

  const totals = figures.totals;
  return (
    svgOpen({
      id,
      width: WIDTH,
      height: y,
      lang: language.locale,
      direction: language.direction,
      title: t('pictures.contention.svgTitle', { symbol: figures.symbol, version: figures.versionLabel }),
      description: t('pictures.contention.svgDesc', {
        provisions: totals.provisions,
        contested: totals.contested,
        amendments: totals.pendingAmendments,
        conflicts: totals.conflicts,
        brackets: totals.brackets,
      }),
      defs: shadePatterns(id),
      role: options.linkOf ? 'group' : 'img',
    }) +
    parts.join('') +
    '</svg>'
  );
}
