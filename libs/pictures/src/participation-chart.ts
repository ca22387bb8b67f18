import { ParticipationBar, ParticipationFigures } from './figures';
import { PictureLanguage, percentage } from './words';
import { Frame, SERIES_STYLES, coordinate, frameOf, seriesFill, seriesPatterns, svgOpen, text } from './svg';

const WIDTH = 760;
const MARGIN = 12;
const LABEL_WIDTH = 190;
const BAR_HEIGHT = 9;
const ROW_HEIGHT = 2 * BAR_HEIGHT + 8;
const VALUE_ROOM = 56;
const WEEKS_HEIGHT = 150;

interface Panel {
  readonly markup: string;
  readonly height: number;
}

/** A legend of the series: each its fill (colour and pattern) and its name. */
function legend(frame: Frame, id: string, y: number, names: readonly string[]): string {
  let at = MARGIN;
  return names
    .map((name, series) => {
      const swatch = `<rect x="${coordinate(frame.boxX(at, 14))}" y="${y - 10}" width="14" height="12" fill="${seriesFill(id, series)}" stroke="${SERIES_STYLES[series].colour}"/>`;
      const label = text(frame, { fromStart: at + 20, y }, name);
      at += 20 + name.length * 7 + 24;
      return swatch + label;
    })
    .join('');
}

/** Horizontal bars, one row per category or region, a bar per series, the count written at its end (zeros too). */
function barsPanel(
  frame: Frame,
  id: string,
  top: number,
  heading: string,
  rows: readonly { label: string; values: readonly number[]; key: string }[],
): Panel {
  const parts = [text(frame, { fromStart: MARGIN, y: top + 14 }, heading, { 'font-weight': 'bold', 'font-size': 13 })];
  const largest = Math.max(1, ...rows.flatMap((row) => row.values));
  const room = WIDTH - 2 * MARGIN - LABEL_WIDTH - VALUE_ROOM;
  let y = top + 24;
  for (const row of rows) {
    parts.push(`<g data-key="${row.key}">`, text(frame, { fromStart: MARGIN, y: y + BAR_HEIGHT + 3 }, row.label));
    row.values.forEach((value, series) => {
      const length = (value / largest) * room;
      const barY = y + series * BAR_HEIGHT;
      const start = MARGIN + LABEL_WIDTH;
      parts.push(
        value > 0
          ? `<rect x="${coordinate(frame.boxX(start, length))}" y="${barY}" width="${coordinate(length)}" height="${BAR_HEIGHT - 1}" fill="${seriesFill(id, series)}"/>`
          : // A zero is drawn as a hairline at the axis, so that "none" shows rather than a gap.
            `<rect x="${coordinate(frame.boxX(start, 1))}" y="${barY}" width="1" height="${BAR_HEIGHT - 1}" fill="#555555"/>`,
        text(frame, { fromStart: start + length + 4, y: barY + BAR_HEIGHT - 1 }, String(value), {
          'font-size': 10,
          'data-series': series,
        }),
      );
    });
    parts.push('</g>');
    y += ROW_HEIGHT;
  }
  const axis = frame.x(MARGIN + LABEL_WIDTH);
  parts.push(`<line x1="${coordinate(axis)}" y1="${top + 22}" x2="${coordinate(axis)}" y2="${y}" stroke="#333333"/>`);
  return { markup: parts.join(''), height: y - top + 10 };
}

/** The acceptance rate of each category: a bar out of a full 100 %, the rate and the decided count written beside it. */
function ratesPanel(frame: Frame, language: PictureLanguage, top: number, bars: readonly ParticipationBar[]): Panel {
  const { t } = language;
  const parts = [
    text(frame, { fromStart: MARGIN, y: top + 14 }, t('pictures.participation.rates'), { 'font-weight': 'bold', 'font-size': 13 }),
  ];
  const room = WIDTH - 2 * MARGIN - LABEL_WIDTH - 2 * VALUE_ROOM - 40;
  const start = MARGIN + LABEL_WIDTH;
  let y = top + 24;
  for (const bar of bars) {
    parts.push(
      `<g data-key="${bar.key}">`,
      text(frame, { fromStart: MARGIN, y: y + 11 }, t(`category.${bar.key}`)),
      `<rect x="${coordinate(frame.boxX(start, room))}" y="${y + 2}" width="${room}" height="12" fill="#ffffff" stroke="#888888"/>`,
      bar.acceptanceRate === null
        ? ''
        : `<rect x="${coordinate(frame.boxX(start, room * bar.acceptanceRate))}" y="${y + 2}" width="${coordinate(room * bar.acceptanceRate)}" height="12" fill="${SERIES_STYLES[2].colour}"/>`,
      text(
        frame,
        { fromStart: start + room + 6, y: y + 12 },
        bar.acceptanceRate === null
          ? t('pictures.participation.noneDecided')
          : t('pictures.participation.rateOf', { rate: percentage(bar.acceptanceRate), decided: bar.decided }),
        { 'font-size': 11 },
      ),
      '</g>',
    );
    y += 18;
  }
  return { markup: parts.join(''), height: y - top + 10 };
}

/** Contributions and amendments week by week: a pair of columns a week, time running in the reading direction. */
function weeksPanel(frame: Frame, id: string, language: PictureLanguage, top: number, figures: ParticipationFigures): Panel {
  const { t } = language;
  const parts = [
    text(frame, { fromStart: MARGIN, y: top + 14 }, t('pictures.participation.weeks'), { 'font-weight': 'bold', 'font-size': 13 }),
  ];
  const weeks = figures.weeks;
  const plotTop = top + 34;
  const baseline = plotTop + WEEKS_HEIGHT;
  const start = MARGIN + 30;
  const room = WIDTH - start - MARGIN;
  parts.push(
    `<line x1="${coordinate(frame.x(start))}" y1="${baseline}" x2="${coordinate(frame.x(start + room))}" y2="${baseline}" stroke="#333333"/>`,
  );
  if (weeks.length === 0) {
    parts.push(text(frame, { fromStart: start + 6, y: plotTop + WEEKS_HEIGHT / 2 }, t('pictures.participation.noWeeks')));
    return { markup: parts.join(''), height: baseline - top + 30 };
  }
  const largest = Math.max(1, ...weeks.flatMap((w) => [w.contributions, w.amendments]));
  parts.push(text(frame, { fromStart: start - 4, y: plotTop + 4, side: 'end' }, String(largest), { 'font-size': 10 }));
  parts.push(text(frame, { fromStart: start - 4, y: baseline, side: 'end' }, '0', { 'font-size': 10 }));
  const slot = room / weeks.length;
  const column = Math.min(14, (slot - 4) / 2);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((week, index) => {
    const at = start + index * slot + (slot - 2 * column) / 2;
    parts.push(`<g data-week="${week.week}">`);
    [week.contributions, week.amendments].forEach((value, series) => {
      const height = (value / largest) * WEEKS_HEIGHT;
      parts.push(
        `<rect x="${coordinate(frame.boxX(at + series * column, column - 1))}" y="${coordinate(baseline - height)}" width="${coordinate(column - 1)}" height="${coordinate(Math.max(height, 0.5))}" fill="${seriesFill(id, series)}"/>`,
      );
      if (value > 0 && column >= 8)
        parts.push(
          text(frame, { fromStart: at + series * column + (column - 1) / 2, y: baseline - height - 3, side: 'middle' }, String(value), {
            'font-size': 9,
          }),
        );
    });
    if (index % labelEvery === 0)
      parts.push(text(frame, { fromStart: at + column, y: baseline + 14, side: 'middle' }, week.week, { 'font-size': 10 }));
    parts.push('</g>');
  });
  return { markup: parts.join(''), height: baseline - top + 24 };
}

/**
 * Participation in a consultation: bars by stakeholder category and by region
 * (contributions and amendments; those that took no part shown as zero), the acceptance
 * rate of each category, and contributions and amendments week by week. Figures in, SVG out.
 */
export function participationSvg(figures: ParticipationFigures, language: PictureLanguage, options: { readonly id?: string } = {}): string {
  const { t } = language;
  const id = options.id ?? 'participation-chart';
  const frame = frameOf(WIDTH, language.direction);
  const series = [t('pictures.participation.contributions'), t('pictures.participation.amendments')];
  let y = MARGIN + 12;
  const parts = [legend(frame, id, y, series)];
  y += 12;
  const panels: ((top: number) => Panel)[] = [
    (top) =>
      barsPanel(
        frame,
        id,
        top,
        t('pictures.participation.byCategory'),
        figures.byCategory.map((bar) => ({ key: bar.key, label: t(`category.${bar.key}`), values: [bar.contributions, bar.amendments] })),
      ),
    (top) =>
      barsPanel(
        frame,
        id,
        top,
        t('pictures.participation.byRegion'),
        figures.byRegion.map((bar) => ({ key: bar.key, label: t(`region.${bar.key}`), values: [bar.contributions, bar.amendments] })),
      ),
    (top) => ratesPanel(frame, language, top, figures.byCategory),
    (top) => weeksPanel(frame, id, language, top, figures),
  ];
  for (const panel of panels) {
    const drawn = panel(y);
    parts.push(drawn.markup);
    y += drawn.height;
  }
  const silent = figures.byCategory.filter((bar) => bar.stakeholders === 0).map((bar) => t(`category.${bar.key}`));
  return (
    svgOpen({
      id,
      width: WIDTH,
      height: y + MARGIN,
      lang: language.locale,
      direction: language.direction,
      title: t('pictures.participation.svgTitle', { title: figures.title }),
      description: t('pictures.participation.svgDesc', {
        contributions: figures.totals.contributions,
        amendments: figures.totals.amendments,
        weeks: figures.weeks.length,
        silent: silent.length ? silent.join(language.locale === 'ar' ? '، ' : ', ') : '—',
      }),
      defs: seriesPatterns(id),
    }) +
    parts.join('') +
    '</svg>'
  );
}
