import type { ContentionFigures } from '#libs/pictures';
import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, HistoryEntryModel } from '../models';
import { PageContext } from './context';
import { ContentionPageData, contentionAtFragment, contentionPage } from './pictures';

function contextOf(locale: Locale): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf',
    url: '/web/documents/d/contention',
    viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] },
  };
}

const consultation: ConsultationModel = {
  id: 'c1',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS',
  originalLanguage: 'en',
  registeredAt: '2026-04-01T09:00:00.000Z',
  phase: 'negotiation',
  chairs: [],
  deadlines: {},
  participants: [],
};
const document: DocumentSummaryModel = {
  id: 'd',
  consultationId: 'c1',
  symbol: 'Resolution 1334',
  title: 'Role of administrations',
  language: 'en',
  currentVersion: 1,
  currentVersionLabel: 'Rev.0',
};

const figures = (position: number): ContentionFigures => ({
  documentId: 'd',
  symbol: 'Resolution 1334',
  title: 'Role of administrations',
  language: 'en',
  asOf: { position, recordedAt: '2026-04-10T09:00:00.000Z' },
  versionNumber: 1,
  versionLabel: 'Rev.0',
  sections: [],
  totals: { provisions: 0, contested: 0, pendingAmendments: 0, conflicts: 0, brackets: 0, proposers: 0 },
});

function moment(position: number, kind: string): HistoryEntryModel {
  return {
    position,
    recordedAt: `2026-04-10T09:${String(position).padStart(2, '0')}:00.000Z`,
    kind,
    actor: { id: 'egypt', role: 'stakeholder', name: 'Arab Republic of Egypt' },
    documentId: 'd',
    provisions: [],
    summary: '',
  };
}

const moments = [moment(10, 'document-registered'), moment(12, 'amendment-proposed'), moment(15, 'amendment-ruled')];

function page(locale: Locale, overrides: Partial<ContentionPageData> = {}): string {
  return contentionPage(contextOf(locale), { document, consultation, versions: [], figures: figures(13), moments, ...overrides });
}

describe('the contention page', () => {
  it('has a slider over the history’s moments, at the moment shown, that a form submits without script', () => {
    const markup = page('en');
    expect(markup).toMatch(
      /<form method="get" action="\/web\/documents\/d\/contention" id="contention-slider">[\s\S]*<input type="range" id="moment" name="position" min="10" max="15" step="1" value="13"[^>]*data-target="contention-at"[\s\S]*<button[^>]*type="submit"[\s\S]*<\/form>/u,
    );
    // The moment shown (13) lies after the proposal (12): that is the current one, named by when, what and who.
    expect(markup).toMatch(/<li data-position="12" data-label="[^"]*Arab Republic of Egypt[^"]*" aria-current="true">/u);
    expect(markup.match(/aria-current="true"/gu)).toHaveLength(1);
    expect(markup).toContain('<a href="/web/documents/d/contention?position=15">');
    // The part the slider replaces holds the map and its table; the page loads the script that moves it.
    expect(markup).toContain('<div id="contention-at" aria-live="polite">');
    expect(markup).toMatch(/<script [^>]*src="\/web\/assets\/app\.[0-9a-f]+\.js"/u);
  });

  it('keeps the slider within the moments and leaves it out when there are none', () => {
    expect(page('ar', { figures: figures(99) })).toContain('value="15"');
    expect(page('en', { moments: [] })).not.toContain('type="range"');
  });

  it('gives the map alone, downloadable at the moment shown, as the fragment', () => {
    const fragment = contentionAtFragment(contextOf('en'), { document, consultation, versions: [], figures: figures(13) }).markup;
    expect(fragment).toContain('id="contention-figures"');
    expect(fragment).toContain('/web/documents/d/contention.svg?position=13&amp;lang=en');
    expect(fragment).not.toContain('<form');
  });
});
