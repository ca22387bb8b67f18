import { ProgressFigures, ProgressMarkKind, ProgressPoint } from './figures';
import { PictureLanguage } from './words';
import { SERIES_STYLES, coordinate, escapeXml, frameOf, seriesMark, svgOpen, text } from './svg';

const WIDTH = 760;
const MARGIN = 12;
const PLOT_HEIGHT = 240;
const AXIS_ROOM = 40;
const DAY_MS = 86_400_000;
const SERIES = ['open', 'bracketed', 'agreed'] as const;
const MARK_STYLES: Readonly<Record<ProgressMarkKind, { colour: string; dash: string }>> = {
  phase: { colour: '#4a235a', dash: '' },
  deadline: { colour: '#b03a2e', dash: '4 2' },
  revision: { colour: '#1f5fa8', dash: '1 2' },
  meeting: { colour: '#555555', dash: '6 2 1 2' },
};

function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/**
 * How far a negotiation has come: the open, bracketed and agreed provisions day by day (a
 * burn-down toward adoption: open and bracketed fall as agreed rises), with the phase
 * changes, deadlines, revisions and meetings marked on the time axis, which runs in the
 * reading direction. Each series has its colour, its dash and its mark. Figures in, SVG out.
 */
export function progressSvg(figures: ProgressFigures, language: PictureLanguage, options: { readonly id?: string } = {}): string {
  const { t } = language;
  const id = options.id ?? 'progress-chart';
  const frame = frameOf(WIDTH, language.direction);
  const parts: string[] = [];
  let y = MARGIN + 12;

  // The legend: the three series, then the four kinds of marks.
  let at = MARGIN;
  SERIES.forEach((name, series) => {
    const style = SERIES_STYLES[series];
    const label = t(`pictures.progress.${name}`);
    parts.push(
      `<line x1="${coordinate(frame.x(at))}" y1="${y - 4}" x2="${coordinate(frame.x(at + 24))}" y2="${y - 4}" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      seriesMark(series, frame.x(at + 12), y - 4),
      text(frame, { fromStart: at + 30, y }, label),
    );
    at += 30 + label.length * 7 + 20;
  });
  y += 18;
  at = MARGIN;
  (Object.keys(MARK_STYLES) as ProgressMarkKind[]).forEach((kind) => {
    const style = MARK_STYLES[kind];
    const label = `${t(`pictures.progress.glyph.${kind}`)} ${t(`pictures.progress.mark.${kind}`)}`;
    parts.push(
      `<line x1="${coordinate(frame.x(at + 6))}" y1="${y - 12}" x2="${coordinate(frame.x(at + 6))}" y2="${y + 2}" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      text(frame, { fromStart: at + 14, y }, label),
    );
    at += 14 + label.length * 7 + 20;
  });
  y += 16;

  const plotTop = y + 18;
  const baseline = plotTop + PLOT_HEIGHT;
  const start = MARGIN + AXIS_ROOM;
  const room = WIDTH - start - MARGIN - 10;
  const points = figures.points;
  const days = [...points.map((p) => dayOf(p.date)), ...figures.marks.map((m) => dayOf(m.date))];
  parts.push(
    `<line x1="${coordinate(frame.x(start))}" y1="${baseline}" x2="${coordinate(frame.x(start + room))}" y2="${baseline}" stroke="#333333"/>`,
    `<line x1="${coordinate(frame.x(start))}" y1="${plotTop}" x2="${coordinate(frame.x(start))}" y2="${baseline}" stroke="#333333"/>`,
  );
  if (days.length === 0) {
    parts.push(text(frame, { fromStart: start + 8, y: plotTop + PLOT_HEIGHT / 2 }, t('pictures.progress.empty')));
  } else {
    const first = Math.min(...days);
    const last = Math.max(...days, first + 1);
    const xOf = (date: string) => start + ((dayOf(date) - first) / (last - first)) * room;
    const largest = Math.max(1, ...points.map((p) => p.open + p.bracketed + p.agreed));
    const yOf = (value: number) => baseline - (value / largest) * PLOT_HEIGHT;
    parts.push(
      text(frame, { fromStart: start - 4, y: plotTop + 4, side: 'end' }, String(largest), { 'font-size': 10 }),
      text(frame, { fromStart: start - 4, y: baseline, side: 'end' }, '0', { 'font-size': 10 }),
    );
    // The marks first, under the lines: a vertical rule each, its glyph above the plot.
    figures.marks.forEach((mark) => {
      const style = MARK_STYLES[mark.kind];
      const x = frame.x(xOf(mark.date));
      const name = mark.kind === 'phase' || mark.kind === 'deadline' ? t(`phase.${mark.name}`) : mark.name;
      parts.push(
        `<g data-mark="${mark.kind}"><title>${escapeXml(t(`pictures.progress.markTitle.${mark.kind}`, { name, date: mark.date }))}</title>` +
          `<line x1="${coordinate(x)}" y1="${plotTop - 4}" x2="${coordinate(x)}" y2="${baseline}" stroke="${style.colour}" stroke-width="1.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
          `<text x="${coordinate(x)}" y="${plotTop - 7}" text-anchor="middle" fill="${style.colour}" font-size="11" font-weight="bold">${escapeXml(t(`pictures.progress.glyph.${mark.kind}`))}</text></g>`,
      );
    });
    // Each series a step line: a count holds until the next day that changed it.
    SERIES.forEach((name, series) => {
      const style = SERIES_STYLES[series];
      const value = (p: ProgressPoint) => p[name];
      const path = points
        .map((p, index) => {
          const x = coordinate(frame.x(xOf(p.date)));
          const yy = coordinate(yOf(value(p)));
          return index === 0 ? `M${x} ${yy}` : `H${x}V${yy}`;
        })
        .join('');
      if (path)
        parts.push(
          `<path d="${path}" fill="none" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} data-series="${name}"/>`,
        );
      points.forEach((p) => parts.push(seriesMark(series, frame.x(xOf(p.date)), yOf(value(p)))));
    });
    const firstDate = points[0]?.date ?? figures.marks[0].date;
    const lastDate = new Date(last * DAY_MS).toISOString().slice(0, 10);
    parts.push(
      text(frame, { fromStart: start, y: baseline + 16 }, new Date(first * DAY_MS).toISOString().slice(0, 10) || firstDate, {
        'font-size': 10,
      }),
      text(frame, { fromStart: start + room, y: baseline + 16, side: 'end' }, lastDate, { 'font-size': 10 }),
    );
  }
  const height = baseline + AXIS_ROOM;
  const latest = points.at(-1);
  return (
    svgOpen({
      id,
      width: WIDTH,
      height,
      lang: language.locale,
      direction: language.direction,
      title: t('pictures.progress.svgTitle', { title: figures.title }),
      description: latest
        ? t('pictures.progress.svgDesc', {
            from: points[0].date,
            to: latest.date,
            open: latest.open,
            bracketed: latest.bracketed,
            agreed: latest.agreed,
            marks: figures.marks.length,
          })
        : t('pictures.progress.empty'),
    }) +
    parts.join('') +
    '</svg>'
  );
}
