import { ResolutionDocument } from '#libs/text';
import { APP_CSS } from '../assets';
import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { CompilationModel, CompilationProvisionModel, ConsultationModel, DocumentSummaryModel, ProposalModel } from '../models';
import { resolution1334 } from '../testing/documents';
import { ChairWorkModel, chairPanel, compilationCitations, filterCompilation, pageOf } from './chair-panel';
import { CompilationData, compilationPage } from './compilation';
import { statusBadge } from './components';
import { PageContext } from './context';

const CHAIR = { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] };

function contextOf(locale: Locale, viewer = CHAIR): PageContext {
  return { locale, t: translator(locale), csrf: 'csrf-token-of-the-session', url: '/web/documents/d/compilation', viewer };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'en',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: [CHAIR.id],
  deadlines: { negotiation: '2026-03-01T17:00:00.000Z', adoption: '2026-03-20T17:00:00.000Z' },
  participants: ['egypt', 'brazil'],
};

const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'A/RES/78/132',
  title: 'Information and communications technologies for sustainable development',
  language: 'en',
  currentVersion: 1,
  currentVersionLabel: 'as adopted',
};

const PARTIES = {
  egypt: { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state' },
  brazil: { id: 'brazil', name: 'Federative Republic of Brazil', category: 'member-state' },
};

/** A proposal of a stakeholder on a provision, in a status. */
function proposal(id: string, provisionId: string, proposer: keyof typeof PARTIES, status = 'pending'): ProposalModel {
  return {
    amendmentId: id,
    operation: { kind: 'suppress', provisionId },
    change: { tag: 'SUP', text: undefined },
    proposers: [PARTIES[proposer]],
    coSponsors: [],
    onBehalfOf: null,
    contribution: null,
    status,
    revision: 0,
    explanation: null,
    draftedAgainst: 1,
    decision: null,
    proposedAt: '2026-02-20T10:00:00.000Z',
  };
}

/** A paragraph as the compilation gives it, cited as the text engine cites it (its section's heading and its labels, or its opening words). */
function paragraph(
  id: string,
  label: string,
  text: string,
  proposals: ProposalModel[] = [],
  depth = 0,
  citation = `resolves to instruct the Secretary-General, ${label}`,
): CompilationProvisionModel {
  return { id, label, depth, text, footnotes: [], proposals, conflicts: [], citation };
}

/**
 * A General Assembly resolution as the compilation gives it: an unlettered preamble (its first
 * paragraph "Recalling its resolution 70/125…" carries the id pre-1-1 and no label), and an
 * operative part of twenty numbered paragraphs under "resolves to instruct the Secretary-General",
 * the third with a sub-item; proposals on three paragraphs, two of them in conflict.
 */
function unga(): CompilationModel {
  const onRecalling = proposal('a-pre', 'pre-1-1', 'egypt');
  const onFive = [proposal('a-five-egypt', 'op-1-5', 'egypt'), proposal('a-five-brazil', 'op-1-5', 'brazil')];
  const onSub = proposal('a-sub', 'op-1-3-1', 'brazil', 'accepted');
  const operative = Array.from({ length: 20 }, (_, i) => i + 1).flatMap((n) => {
    const own = paragraph(`op-1-${n}`, `${n}`, `Operative paragraph number ${n} of the text`, n === 5 ? onFive : []);
    const sub = paragraph(
      'op-1-3-1',
      "'1'",
      'a sub-item of the third paragraph',
      [onSub],
      1,
      "resolves to instruct the Secretary-General, 3 '1'",
    );
    return n === 3 ? [own, sub] : [own];
  });
  return {
    documentId: document.id,
    consultationId: consultation.id,
    symbol: 'A/RES/78/132',
    title: document.title,
    language: 'en',
    version: { number: 1, label: 'as adopted', current: true, adoptedMeeting: null, adoptedDate: null },
    sections: [
      {
        id: 'pre-1',
        part: 'preamble',
        heading: '',
        citation: '“Recalling its resolution 70/125 of 16…”',
        proposals: [],
        conflicts: [],
        provisions: [
          paragraph(
            'pre-1-1',
            '',
            'Recalling its resolution 70/125 of 16 December 2015 on the outcome document',
            [onRecalling],
            0,
            '“Recalling its resolution 70/125 of 16…”',
          ),
          paragraph(
            'pre-1-2',
            '',
            'Reaffirming the commitment to the World Summit',
            [],
            0,
            '“Reaffirming the commitment to the World Summit”',
          ),
        ],
      },
      {
        id: 'op-1',
        part: 'operative',
        heading: 'resolves to instruct the Secretary-General',
        citation: 'resolves to instruct the Secretary-General',
        proposals: [],
        conflicts: [],
        provisions: operative,
      },
    ],
    unplaced: [],
    conflicts: [
      {
        amendmentIds: ['a-five-egypt', 'a-five-brazil'],
        reason: 'overlapping-words',
        message: 'both change words 1..2 of provision op-1-5',
      },
    ],
    statusCounts: { pending: 3, accepted: 1 },
  };
}

const WORK: ChairWorkModel = {
  silences: [
    { silenceId: 'silence-1', versionNumber: 1, deadline: '2026-03-12T18:00:00-05:00', state: 'open' },
    { silenceId: 'silence-0', versionNumber: 1, deadline: '2026-02-12T18:00:00-05:00', state: 'broken' },
  ],
  languages: [
    { language: 'en', original: true, provisions: 23, inStep: 23, awaiting: 0 },
    { language: 'ar', original: false, provisions: 23, inStep: 20, awaiting: 3 },
    { language: 'fr', original: false, provisions: 23, inStep: 23, awaiting: 0 },
  ],
  now: '2026-03-10T09:00:00.000Z',
};

function panelOf(locale: Locale, work = WORK, compilation = unga()): string {
  return chairPanel(contextOf(locale), {
    documentId: document.id,
    consultation,
    compilation,
    brackets: [{ provisionId: 'op-1-7', bracketIndex: 0 }],
    work,
  }).markup;
}

function pageData(overrides: Partial<CompilationData> = {}): CompilationData {
  const text: ResolutionDocument = resolution1334();
  return {
    consultation,
    document,
    versions: [],
    compilation: unga(),
    versionText: text,
    isChair: true,
    brackets: [],
    sitting: { meeting: 'sixth Plenary Meeting', date: '2026-03-10' },
    work: WORK,
    ...overrides,
  };
}

/** The visible text of some markup, tags dropped. */
const textOf = (markup: string) => markup.replace(/<[^>]*>/gu, '');

describe('citations of the chair panel and the compilation', () => {
  it('are those the compilation carries (the text engine’s), never an id: an unlabelled paragraph by its opening words', () => {
    const cited = compilationCitations(unga());
    expect(cited.get('pre-1-1')).toEqual({ text: '“Recalling its resolution 70/125 of 16…”', section: false });
    expect(cited.get('op-1-3-1')).toEqual({ text: "resolves to instruct the Secretary-General, 3 '1'", section: false });
    expect(cited.get('op-1')).toEqual({ text: 'resolves to instruct the Secretary-General', section: true });
  });
});

describe("the chair's panel", () => {
  it('lists the undecided proposals, each linked to its unfolded ruling form on the page where it stands', () => {
    const panel = panelOf('en');
    expect(textOf(panel)).toContain('Proposals awaiting a ruling: 3');
    expect(panel).toContain(
      `href="/web/documents/${document.id}/compilation?show=proposals&amp;page=1&amp;open=a-five-egypt#amendment-a-five-egypt"`,
    );
    expect(panel).toContain('open=a-pre#amendment-a-pre');
    // The accepted proposal is not work for the chair.
    expect(panel).not.toContain('a-sub');
  });

  it('names each conflict by both proposers and the provision as printed, without the internal words of the rule', () => {
    const panel = panelOf('en');
    expect(textOf(panel)).toContain(
      'SUP Arab Republic of Egypt and SUP Federative Republic of Brazil, on resolves to instruct the Secretary-General, 5',
    );
    expect(panel).not.toContain('op-1-5 ');
    expect(panel).not.toContain('words 1..2');
  });

  it('lists brackets, deadlines with how far off they are, open silences and language versions out of step, each where it is handled', () => {
    const panel = panelOf('en');
    const text = textOf(panel);
    expect(text).toContain('Bracketed alternatives to settle: 1');
    expect(panel).toContain('href="#brackets-heading"');
    expect(text).toContain('resolves to instruct the Secretary-General, 7');
    expect(text).toMatch(/Negotiation: .*\(passed\)/u);
    expect(text).toMatch(/Adoption: .*\(in 11 days\)/u);
    expect(panel).toContain(`href="/web/consultations/${consultation.id}"`);
    expect(panel.match(/\/silence"/gu)).toHaveLength(1);
    expect(text).toContain('Silence on version 1, until');
    expect(text).toContain('Arabic: provisions awaiting translation: 3');
    expect(text).not.toContain('French');
  });

  it('speaks Arabic in an Arabic interface, the document quoted in its own language and direction', () => {
    const panel = panelOf('ar');
    expect(textOf(panel)).toContain('مقترحات تنتظر البت فيها: 3');
    expect(panel).toContain('بشأن <span lang="en" dir="ltr">“Recalling its resolution 70/125 of 16…”</span>');
    expect(textOf(panel)).not.toMatch(/pre-1-1|op-1-\d/u);
  });

  it('says so when nothing waits for the chair', () => {
    const quiet = unga();
    const decided: CompilationModel = {
      ...quiet,
      conflicts: [],
      sections: quiet.sections.map((s) => ({ ...s, provisions: s.provisions.map((p) => ({ ...p, proposals: [] })) })),
    };
    const panel = chairPanel(contextOf('en'), {
      documentId: document.id,
      consultation: { ...consultation, deadlines: {} },
      compilation: decided,
      brackets: [],
      work: { silences: [], languages: [], now: WORK.now },
    }).markup;
    expect(textOf(panel)).toContain('Nothing is waiting for a decision of the chair.');
  });
});

describe('the filters of the compilation', () => {
  it('keep only the paragraphs with proposals, and the section headings above them', () => {
    const filtered = filterCompilation(unga(), { show: 'proposals', page: 1 });
    expect(filtered.entries.filter((e) => e.kind === 'provision').map((e) => e.id)).toEqual(['pre-1-1', 'op-1-3-1', 'op-1-5']);
    expect(filtered.shown).toBe(3);
    expect(filtered.entries.filter((e) => e.kind === 'section').map((e) => e.id)).toEqual(['pre-1', 'op-1']);
    expect(filtered.onPage.has('op-1')).toBe(true);
    expect(filtered.total).toBe(23);
  });

  it('narrow by status and by proposer', () => {
    const pending = filterCompilation(unga(), { show: 'all', status: 'accepted', page: 1 });
    expect(pending.entries.filter((e) => e.kind === 'provision').map((e) => e.id)).toEqual(['op-1-3-1']);
    const brazil = filterCompilation(unga(), { show: 'proposals', proposer: 'brazil', page: 1 });
    const five = brazil.entries.find((e) => e.id === 'op-1-5')!;
    expect(five.proposals.map((p) => p.amendmentId)).toEqual(['a-five-brazil']);
    expect(brazil.entries.some((e) => e.id === 'pre-1-1')).toBe(false);
  });

  it('cut a long compilation into pages, and find the page a paragraph stands on', () => {
    const all = filterCompilation(unga(), { show: 'all', page: 2 }, 10);
    expect(all.pages).toBe(3);
    expect(all.page).toBe(2);
    expect([...all.onPage].filter((id) => id.startsWith('op-1-') || id.startsWith('pre-1-'))).toHaveLength(10);
    expect(all.onPage.has('op-1-9')).toBe(true);
    expect(pageOf(all, 'op-1-19', 10)).toBe(3);
    expect(filterCompilation(unga(), { show: 'all', page: 99 }, 10).page).toBe(3);
  });
});

describe('the compilation page for the chair', () => {
  it('starts a chair of a long text on the paragraphs with proposals, with the panel and the filter', () => {
    const page = compilationPage(contextOf('en'), pageData());
    expect(page).toContain('id="provision-op-1-5"');
    expect(page).not.toContain('id="provision-op-1-6"');
    expect(textOf(page)).toContain('Showing 3 of 23 paragraphs.');
    expect(page).toContain('id="chair-panel-heading"');
    expect(page).toMatch(/<option value="proposals" selected>/u);
    // A stakeholder reads every paragraph, with no panel.
    const stakeholder = compilationPage(
      contextOf('en', { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] }),
      pageData({ isChair: false }),
    );
    expect(stakeholder).toContain('id="provision-op-1-6"');
    expect(stakeholder).not.toContain('chair-panel-heading');
  });

  it('shows every paragraph, by pages with links that keep the filter, when asked', () => {
    const page = compilationPage(contextOf('en'), pageData({ filter: { show: 'all', page: 1 } }));
    expect(page).toContain('id="provision-op-1-6"');
    expect(textOf(page)).toContain('Page 1 of 2');
    const longer: CompilationModel = {
      ...unga(),
      sections: unga().sections.map((s) => ({
        ...s,
        provisions:
          s.part === 'operative'
            ? Array.from({ length: 90 }, (_, i) => paragraph(`op-1-${i + 1}`, `${i + 1}`, `Paragraph ${i + 1}`))
            : s.provisions,
      })),
    };
    const second = compilationPage(contextOf('ar'), pageData({ compilation: longer, filter: { show: 'all', page: 2 } }));
    expect(textOf(second)).toContain('الصفحة 2 من 5');
    expect(second).toContain('show=all&amp;page=3#compilation-table');
    expect(second).toContain('id="provision-op-1-30"');
    expect(second).not.toContain('id="provision-op-1-50"');
  });

  it('unfolds the ruling form the panel leads to, and fills every form with the sitting kept', () => {
    const page = compilationPage(contextOf('en'), pageData({ open: 'a-five-brazil' }));
    expect(page).toMatch(
      /<details class="rule" open><summary>[^<]*<\/summary>\s*<form method="post" action="\/web\/amendments\/a-five-brazil\/decision">/u,
    );
    expect(page.match(/<details class="rule" open>/gu)).toHaveLength(1);
    expect(page).toContain(`action="/web/documents/${document.id}/sitting"`);
    expect(textOf(page)).toContain('Decisions are recorded at: sixth Plenary Meeting');
    // Once chosen, the sitting's form folds away; before, it stands open.
    expect(page).toContain(
      `<details><summary>Change the sitting</summary><form method="post" action="/web/documents/${document.id}/sitting">`,
    );
    const unchosen = compilationPage(contextOf('en'), pageData({ sitting: { meeting: '', date: '' } }));
    expect(textOf(unchosen)).toContain('No sitting chosen yet.');
    expect(unchosen).not.toContain('Change the sitting');
    // The panel comes before the sitting: what to do first, then where it is recorded.
    expect(page.indexOf('chair-panel-heading')).toBeLessThan(page.indexOf('sitting-heading'));
    const forms = page.match(/action="\/web\/amendments\/[^"]+\/decision">[\s\S]*?<\/form>/gu) ?? [];
    expect(forms).toHaveLength(3);
    for (const form of forms) {
      expect(form).toContain('name="meeting" value="sixth Plenary Meeting"');
      expect(form).toContain('name="date" value="2026-03-10"');
    }
  });

  it('cites where an added text goes as printed, never by an id', () => {
    const base = unga();
    const addition: ProposalModel = {
      ...proposal('a-add', 'pre-1-1', 'egypt'),
      operation: {
        kind: 'add',
        position: { after: 'pre-1-1' },
        provisions: [{ id: 'new', text: 'Noting', children: [], footnotes: [] }],
      } as never,
      change: { tag: 'ADD', text: 'Noting', place: { relation: 'after', id: 'pre-1-1', label: '' } },
    };
    const compilation: CompilationModel = {
      ...base,
      sections: base.sections.map((s) =>
        s.id === 'pre-1'
          ? { ...s, provisions: s.provisions.map((p) => (p.id === 'pre-1-1' ? { ...p, proposals: [...p.proposals, addition] } : p)) }
          : s,
      ),
    };
    const page = compilationPage(contextOf('ar'), pageData({ compilation }));
    expect(textOf(page)).toContain('“Recalling its resolution 70/125 of 16…”');
    expect(textOf(page)).not.toMatch(/\bpre-1-1\b/u);
  });
});

describe('status badges', () => {
  it('are labels, not controls: a word and a sign, never focusable, with no button-like box', () => {
    const badge = statusBadge(translator('en'), 'accepted').markup;
    expect(badge).toBe('<span class="status status-accepted"><span aria-hidden="true">✓</span> Accepted</span>');
    expect(badge).not.toMatch(/tabindex|role=|<button|<a /u);
    const rule = APP_CSS.match(/\.status\{[^}]*\}/u)![0];
    expect(rule).toContain('border-radius:0');
    expect(rule).toContain('box-shadow:none');
    expect(rule).toContain('cursor:default');
  });
});
