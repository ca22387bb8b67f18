import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { CompilationModel, ConsultationModel, DocumentSummaryModel, ProposalModel } from '../models';
import { PageContext } from './context';
import { proposalsInOrder, rulingsPage } from './rulings';

const CHAIR = { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] };
const context = (locale: Locale): PageContext => ({
  locale,
  t: translator(locale),
  csrf: 'csrf',
  url: '/web/documents/d/rulings',
  viewer: CHAIR,
});

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: [CHAIR.id],
  deadlines: {},
  participants: ['egypt', 'apc'],
};

const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'دور الاتحاد',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'المعدَّل في 2023',
};

function proposal(id: string, provisionId: string, name: string, status = 'pending'): ProposalModel {
  return {
    amendmentId: id,
    operation: { kind: 'suppress', provisionId },
    change: { tag: 'SUP', text: undefined },
    proposers: [{ id: name, name, category: 'member-state' }],
    coSponsors: [],
    onBehalfOf: null,
    contribution: { id: 'c', symbol: 'C26/12-A' },
    status,
    revision: 0,
    explanation: null,
    draftedAgainst: 1,
    decision: null,
    proposedAt: '2026-02-20T10:00:00.000Z',
  };
}

/** Three proposals on two paragraphs of "resolves to instruct the Secretary-General": two rivals undecided, one accepted. */
function compilation(): CompilationModel {
  const paragraph = (id: string, label: string, proposals: ProposalModel[]) => ({
    id,
    label,
    depth: 0,
    text: `الفقرة ${label}`,
    citation: `يقرر أن يكلف الأمين العام، ${label}`,
    footnotes: [],
    proposals,
    conflicts: [],
  });
  return {
    documentId: document.id,
    consultationId: consultation.id,
    symbol: document.symbol,
    title: document.title,
    language: 'ar',
    version: { number: 1, label: 'المعدَّل في 2023', current: true, adoptedMeeting: null, adoptedDate: null },
    sections: [
      {
        id: 'op-1',
        part: 'operative',
        heading: 'يقرر أن يكلف الأمين العام',
        citation: 'يقرر أن يكلف الأمين العام',
        proposals: [],
        conflicts: [],
        provisions: [
          paragraph('op-1-1', '1', [proposal('a-egypt', 'op-1-1', 'Arab Republic of Egypt'), proposal('a-apc', 'op-1-1', 'APC')]),
          paragraph('op-1-2', '2', [proposal('a-done', 'op-1-2', 'APC', 'accepted')]),
        ],
      },
    ],
    unplaced: [],
    conflicts: [{ amendmentIds: ['a-egypt', 'a-apc'], reason: 'target-suppressed', message: 'both suppress op-1-1' }],
    statusCounts: { pending: 2, accepted: 1 },
  };
}

describe('the page of several rulings', () => {
  const data = {
    document,
    consultation,
    versions: [],
    compilation: compilation(),
    sitting: { meeting: 'CWG, 3rd meeting', date: '2026-03-12' },
  };

  it('lists the undecided proposals in the order printed, each with a choice left for later, cited as printed and never by id', () => {
    const page = rulingsPage(context('en'), data);
    expect(proposalsInOrder(data.compilation).map((p) => p.amendmentId)).toEqual(['a-egypt', 'a-apc', 'a-done']);
    expect(page.match(/<select id="ruling-[^"]+" name="ruling-/gu)).toHaveLength(2);
    expect(page).not.toContain('ruling-a-done');
    expect(page.indexOf('ruling-a-egypt')).toBeLessThan(page.indexOf('ruling-a-apc'));
    expect(page).toContain('<option value="" selected>Leave for later</option>');
    expect(page).toContain('<span lang="ar" dir="rtl">يقرر أن يكلف الأمين العام، 1</span>');
    expect(page).toContain('in conflict: see the compilation');
    expect(page).toContain('value="CWG, 3rd meeting"');
    expect(page).not.toContain('op-1-1');
  });

  it('says what became of each ruling sent, recorded or refused with the rule, in Arabic', () => {
    const page = rulingsPage(context('ar'), {
      ...data,
      outcomes: [
        { amendmentId: 'a-egypt', ruling: 'accepted' },
        { amendmentId: 'a-apc', ruling: 'accepted', refusal: { kind: 'error', text: 'رُفض الطلب.', detail: 'لا ينطبق التعديل.' } },
      ],
    });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('القرارات المسجلة: 1؛ المرفوضة: 1');
    expect(page).toMatch(/<li class="recorded" data-amendment="a-egypt">/u);
    expect(page).toMatch(/<li class="refused" data-amendment="a-apc">[^]*لا ينطبق التعديل\./u);
  });
});
