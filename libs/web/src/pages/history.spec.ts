import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { HistoryEntryModel } from '../models';
import { PageContext } from './context';
import { consultationsPage, pageOfConsultations } from './consultations';
import { HistoryData, historyPage } from './history';

const HOSTILE = '<script>alert(1)</script>';

function contextOf(locale: Locale): PageContext {
  return { locale, t: translator(locale), csrf: 'csrf', url: '/web', viewer: { id: 'auditor-1', role: 'auditor', roles: ['auditor'] } };
}

const consultation = {
  id: 'c1',
  title: 'القمة العالمية لمجتمع المعلومات',
  body: 'ITU Council',
  subject: 'WSIS',
  originalLanguage: 'ar',
  registeredAt: '2026-04-01T09:00:00.000Z',
  phase: 'negotiation',
  chairs: [],
  deadlines: {},
  participants: [],
};

function entry(position: number, overrides: Partial<HistoryEntryModel> = {}): HistoryEntryModel {
  return {
    position,
    recordedAt: `2026-04-10T09:${String(position % 60).padStart(2, '0')}:00.000Z`,
    kind: 'amendment-proposed',
    actor: { id: 'egypt', role: 'stakeholder', name: 'Arab Republic of Egypt' },
    documentId: null,
    provisions: [],
    summary: `Arab Republic of Egypt proposed SUP of op-1-${position} [${position}] in Resolution 1334`,
    message: {
      key: 'timeline.entry.amendmentProposed',
      params: {
        who: 'Arab Republic of Egypt',
        what: { key: 'timeline.op.suppress', params: { provision: `resolves to instruct the Secretary-General, ${position}` } },
        symbol: HOSTILE,
      },
    },
    ...overrides,
  };
}

function data(overrides: Partial<HistoryData> = {}): HistoryData {
  return {
    consultation,
    documents: [],
    entries: [entry(101), entry(102), entry(103)],
    kinds: ['amendment-proposed', 'amendment-ruled'],
    stakeholders: [{ id: 'egypt', name: 'Arab Republic of Egypt' }],
    page: { size: 50, after: 100, next: 103, previous: 101 },
    filter: { kind: 'amendment-proposed', stakeholder: 'egypt', from: '2026-04-01' },
    ...overrides,
  };
}

describe('the history page', () => {
  it('writes each entry in the reader’s language, names and the document’s words isolated, escaped', () => {
    const markup = historyPage(contextOf('ar'), data());
    expect(markup).toContain(
      'اقترح <bdi>Arab Republic of Egypt</bdi> حذف <bdi>resolves to instruct the Secretary-General, 102</bdi> في <bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>',
    );
    expect(markup).not.toContain(HOSTILE);
    expect(markup).not.toMatch(/op-1-\d/u);
    // The actor is named, never by the account's id.
    expect(markup).not.toContain('>egypt<');
  });

  it('keeps the English summary, marked as English, for a row written before messages', () => {
    const markup = historyPage(
      contextOf('ar'),
      data({ entries: [entry(7, { message: null, summary: 'Moved from drafting to negotiation' })] }),
    );
    expect(markup).toContain('<span lang="en" dir="ltr">Moved from drafting to negotiation</span>');
  });

  it('links earlier and later pages by positions, keeping the filters, and the first and latest pages', () => {
    const markup = historyPage(contextOf('en'), data());
    const filters = 'kind=amendment-proposed&amp;stakeholder=egypt&amp;from=2026-04-01';
    expect(markup).toContain(`<a rel="prev" href="?${filters}&amp;before=101">Earlier entries</a>`);
    expect(markup).toContain(`<a rel="next" href="?${filters}&amp;after=103">Later entries</a>`);
    expect(markup).toContain(`<a rel="first" href="?${filters}&amp;after=0">First entries</a>`);
    expect(markup).toContain(`<a rel="last" href="?${filters}">Latest entries</a>`);
    // The slider stays on this page: its form carries the page's place and filters.
    expect(markup).toContain('<input type="hidden" name="after" value="100">');
    expect(markup).toContain('<option value="amendment-proposed" selected>');
    expect(markup).toContain('<option value="egypt" selected>Arab Republic of Egypt</option>');
    expect(markup).toContain('value="2026-04-01"');
  });

  it('shows no page links on the only page, and says when nothing matches the filters', () => {
    expect(historyPage(contextOf('en'), data({ page: { size: 50 } }))).not.toContain('rel="next"');
    const empty = historyPage(contextOf('ar'), data({ entries: [], page: { size: 50 } }));
    expect(empty).toContain(translator('ar')('timeline.page.noMatch'));
    expect(empty).toContain('id="filter-kind"');
  });

  it('names the filters it could not read, in the reader’s language', () => {
    const markup = historyPage(contextOf('ar'), data({ invalid: ['from', 'to'] }));
    expect(markup).toContain(translator('ar')('timeline.page.invalid', { fields: 'من تاريخ، إلى تاريخ (شاملاً)' }));
  });
});

describe('the list of consultations', () => {
  const many = Array.from({ length: 120 }, (_, i) => ({ ...consultation, id: `c${i}`, phase: i % 3 === 0 ? 'negotiation' : 'drafting' }));

  it('keeps the consultations of a phase, 50 to a page, a page past the end showing the last', () => {
    expect(pageOfConsultations(many, { page: 1 }).items.map((c) => c.id)).toEqual(many.slice(0, 50).map((c) => c.id));
    const negotiating = pageOfConsultations(many, { phase: 'negotiation', page: 9 });
    expect(negotiating).toMatchObject({ page: 1, pages: 1, count: 40 });
    expect(negotiating.items.every((c) => c.phase === 'negotiation')).toBe(true);
    expect(pageOfConsultations(many, { page: 3 }).items.map((c) => c.id)).toEqual(many.slice(100).map((c) => c.id));
    expect(pageOfConsultations(many, { page: 0 }).page).toBe(1);
  });

  it('links the pages with the phase kept, and offers every phase', () => {
    const markup = consultationsPage(contextOf('ar'), {
      consultations: many,
      phases: ['drafting', 'negotiation'],
      query: { phase: 'drafting', page: 1 },
    });
    expect(markup).toContain('<a rel="next" href="/web?phase=drafting&amp;page=2">');
    expect(markup).not.toContain('rel="prev"');
    expect(markup).toContain('<option value="drafting" selected>');
    expect(markup).toContain(translator('ar')('timeline.list.pageOf', { page: 1, pages: 2, count: 80 }));
  });
});
