import { REGIONS, STAKEHOLDER_CATEGORIES } from '#libs/contracts';
import { pictureLanguage } from '#libs/web';
import { contentionLevel, contentionScore } from './contention-level';
import { contentionMapSvg } from './contention-map';
import { ContentionFigures, ContentionProvision, ParticipationFigures, ProgressFigures } from './figures';
import { participationSvg } from './participation-chart';
import { progressSvg } from './progress-chart';
import { SHADES } from './svg';

const AR = pictureLanguage('ar');
const EN = pictureLanguage('en');

function provision(id: string, counts: Partial<ContentionProvision> = {}): ContentionProvision {
  const base = { pendingAmendments: 0, conflicts: 0, brackets: 0, proposers: 0, ...counts };
  return {
    provisionId: id,
    citation: `resolves, ${id}`,
    label: id,
    depth: 0,
    opening: `to do ${id}`,
    level: contentionLevel(base),
    ...base,
  };
}

const contention: ContentionFigures = {
  documentId: 'd',
  symbol: 'Resolution 1334',
  title: 'Role of administrations',
  language: 'en',
  asOf: { position: 42, recordedAt: '2026-04-10T17:00:00.000Z' },
  versionNumber: 1,
  versionLabel: 'Modified 2023',
  sections: [
    {
      sectionId: 's',
      part: 'operative',
      heading: 'resolves',
      pendingAmendments: 0,
      conflicts: 0,
      brackets: 0,
      proposers: 0,
      provisions: [
        provision('1'),
        provision('2', { pendingAmendments: 1, proposers: 1 }),
        provision('3', { pendingAmendments: 2, proposers: 3, conflicts: 1 }),
      ],
    },
  ],
  totals: { provisions: 3, contested: 2, pendingAmendments: 3, conflicts: 1, brackets: 0, proposers: 3 },
};

/** The attributes of the element of a picture that carries `marker`. */
function elementWith(svg: string, marker: string): string {
  const at = svg.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  return svg.slice(svg.lastIndexOf('<', at), svg.indexOf('>', at) + 1);
}

describe('the pictures', () => {
  describe('the contention map', () => {
    it('shades more contested provisions darker: the score orders the shades, conflicts weigh double', () => {
      const levels = [
        { pendingAmendments: 0, conflicts: 0, brackets: 0, proposers: 0 },
        { pendingAmendments: 1, conflicts: 0, brackets: 0, proposers: 1 },
        { pendingAmendments: 2, conflicts: 1, brackets: 0, proposers: 2 },
        { pendingAmendments: 5, conflicts: 3, brackets: 2, proposers: 6 },
      ].map(contentionLevel);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
      expect(levels[0]).toBe(0);
      expect(levels.at(-1)).toBe(4);
      expect(contentionScore({ pendingAmendments: 0, conflicts: 1, brackets: 0, proposers: 0 })).toBe(2);
      // Each darker shade is hatched more densely, so the order reads without colour.
      const hatches = SHADES.slice(1).map((shade) => shade.hatch);
      expect(hatches).toEqual([...hatches].sort((a, b) => b - a));
    });

    it('draws each provision with its shade and a link to it, and says what it shows in English, left to right', () => {
      const svg = contentionMapSvg(contention, EN, { linkOf: (id) => `/compilation#provision-${id}` });
      // Its rows are links: a named group of them, not an image (whose parts cannot be interactive).
      expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="contention-map-title contention-map-desc"/u);
      expect(contentionMapSvg(contention, EN)).toMatch(/^<svg [^>]*role="img"/u);
      expect(svg).toContain('<title id="contention-map-title">Contention map of Resolution 1334 (Modified 2023)</title>');
      expect(svg).toContain('2 of 3 provisions contested: 3 undecided amendments, 1 conflicts, 0 groups of brackets.');
      expect([...svg.matchAll(/data-provision="(\w+)" data-level="(\d)"/gu)].map((m) => [m[1], Number(m[2])])).toEqual([
        ['1', 0],
        ['2', 1],
        ['3', 3],
      ]);
      expect(svg).toContain('href="/compilation#provision-3" tabindex="-1"');
      expect(svg).toContain('2 amend. · 1 confl. · 3 prop.');
      // Reading starts at the left: the words of a row are anchored at their start, near the left edge.
      const words = elementWith(svg, '>1 to do 1<');
      expect(words).toContain('text-anchor="start"');
      expect(Number(/x="([\d.]+)"/u.exec(words)![1])).toBeLessThan(100);
    });

    it('reads right to left in Arabic, with its words in Arabic and the document’s own words marked with their language', () => {
      const svg = contentionMapSvg(contention, AR);
      expect(svg).toContain('xml:lang="ar"');
      expect(svg).toContain('خريطة مواضع الخلاف في Resolution 1334');
      expect(svg).toContain('2 تعديل · 1 تعارض · 3 مقدّم');
      const words = elementWith(svg, '>1 to do 1<');
      expect(words).toContain('text-anchor="end"');
      expect(words).toContain('xml:lang="en"');
      expect(Number(/x="([\d.]+)"/u.exec(words)![1])).toBeGreaterThan(660);
      expect(svg).not.toContain('<a ');
    });
  });

  describe('participation', () => {
    const zero = (key: string) => ({ key, stakeholders: 0, contributions: 0, amendments: 0, decided: 0, acceptanceRate: null });
    const figures: ParticipationFigures = {
      consultationId: 'c',
      title: 'WSIS+20',
      byCategory: STAKEHOLDER_CATEGORIES.map((key) =>
        key === 'member-state' ? { key, stakeholders: 3, contributions: 2, amendments: 5, decided: 3, acceptanceRate: 0.6667 } : zero(key),
      ),
      byRegion: REGIONS.map((key) => (key === 'africa' ? { ...zero(key), stakeholders: 1, contributions: 2, amendments: 5 } : zero(key))),
      totals: { stakeholders: 3, contributions: 2, amendments: 5 },
      weeks: [
        { week: '2026-03-02', contributions: 1, amendments: 3 },
        { week: '2026-03-09', contributions: 0, amendments: 0 },
        { week: '2026-03-16', contributions: 1, amendments: 2 },
      ],
    };

    it('shows every category and region, those that took no part as zero, in English', () => {
      const svg = participationSvg(figures, EN);
      for (const key of [...STAKEHOLDER_CATEGORIES, ...REGIONS]) expect(svg).toContain(`data-key="${key}"`);
      const academia = svg.slice(svg.indexOf('data-key="academia"'), svg.indexOf('</g>', svg.indexOf('data-key="academia"')));
      expect(academia).toContain('>Academia<');
      expect([...academia.matchAll(/data-series="\d">(\d+)</gu)].map((m) => m[1])).toEqual(['0', '0']);
      expect(svg).toContain('67% of 3 decided');
      expect(svg).toContain('none decided');
      expect(svg).toContain('2 contributions and 5 amendments over 3 weeks.');
      expect(svg).toContain('data-week="2026-03-09"');
    });

    it('speaks Arabic and runs its weeks from right to left', () => {
      const svg = participationSvg(figures, AR);
      expect(svg).toContain(`>${AR.t('category.academia')}<`);
      expect(svg).toContain('المساهمات');
      const x = (week: string) => Number(/<rect x="([\d.]+)"/u.exec(svg.slice(svg.indexOf(`data-week="${week}"`)))![1]);
      expect(x('2026-03-02')).toBeGreaterThan(x('2026-03-16'));
    });
  });

  describe('progress', () => {
    const figures: ProgressFigures = {
      consultationId: 'c',
      title: 'WSIS+20',
      points: [
        { date: '2026-03-02', open: 0, bracketed: 0, agreed: 10 },
        { date: '2026-03-10', open: 6, bracketed: 1, agreed: 3 },
        { date: '2026-04-10', open: 1, bracketed: 0, agreed: 9 },
      ],
      marks: [
        { kind: 'phase', date: '2026-03-05', name: 'negotiation' },
        { kind: 'deadline', date: '2026-04-01', name: 'negotiation' },
        { kind: 'meeting', date: '2026-04-10', name: 'CWG-WSIS&SDG-44' },
      ],
    };

    it('draws open, bracketed and agreed, and marks what happened, in English left to right', () => {
      const svg = progressSvg(figures, EN);
      expect(svg).toContain('data-series="open"');
      expect(svg).toContain('data-series="bracketed"');
      expect(svg).toContain('data-series="agreed"');
      expect(svg).toContain('Phase changed to Negotiation on 2026-03-05');
      expect(svg).toContain('CWG-WSIS&amp;SDG-44, 2026-04-10');
      expect(svg).toContain('at the end, 1 provisions open, 0 bracketed and 9 agreed; 3 events marked.');
      const path = /d="M([\d.]+) /u.exec(elementWith(svg, 'data-series="open"'))!;
      expect(Number(path[1])).toBeLessThan(100);
    });

    it('runs its time axis from right to left in Arabic', () => {
      const svg = progressSvg(figures, AR);
      expect(svg).toContain('انتقلت المرحلة إلى');
      const path = /d="M([\d.]+) /u.exec(elementWith(svg, 'data-series="open"'))!;
      expect(Number(path[1])).toBeGreaterThan(660);
    });

    it('says so when nothing is recorded', () => {
      expect(progressSvg({ ...figures, points: [], marks: [] }, EN)).toContain('Nothing recorded yet.');
    });
  });
});
