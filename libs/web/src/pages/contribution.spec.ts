import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, PartyModel, ProposalModel, StakeholderModel } from '../models';
import { PageContext } from './context';
import { ContributionPageData, ContributionProposalModel, contributionPage } from './contribution';

function contextOf(locale: Locale): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/contributions/c',
    viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] },
  };
}

const CONTRIBUTION_ID = '33333333-3333-4333-8333-333333333333';
const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'Resolution 1334',
  originalLanguage: 'ar',
  registeredAt: '2026-06-10T09:00:00.000Z',
  phase: 'open-for-contributions',
  chairs: ['chair'],
  deadlines: {},
  participants: ['egypt', 'kenya', 'apc'],
};
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'دور الاتحاد',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'Modified 2023',
};
const stakeholder = (id: string, name: string): StakeholderModel => ({
  id,
  name,
  category: 'member-state',
  region: 'arab-states',
  memberIds: [],
});
const stakeholders = new Map(
  [
    stakeholder('egypt', 'Arab Republic of Egypt'),
    stakeholder('kenya', 'Republic of Kenya'),
    stakeholder('apc', 'Association for Progressive Communications'),
  ].map((s) => [s.id, s]),
);
const party = (id: string): PartyModel => ({ id, name: stakeholders.get(id)!.name, category: 'member-state' });

function proposal(amendmentId: string, change: ProposalModel['change'], status = 'pending'): ProposalModel {
  return {
    amendmentId,
    operation: { kind: 'suppress', provisionId: 'op-1-2' },
    change,
    proposers: [party('egypt')],
    coSponsors: [party('apc')],
    onBehalfOf: null,
    contribution: { id: CONTRIBUTION_ID, symbol: 'C26/71-A' },
    status,
    revision: 0,
    explanation: 'لأن الاستعراض انتهى.',
    draftedAgainst: 1,
    decision: null,
    proposedAt: '2026-11-20T10:00:00.000Z',
  };
}

const SECTION = 'يقرر أن يكلف الأمين العام';
const modification: ContributionProposalModel = {
  proposal: proposal('a-mod', {
    tag: 'MOD',
    segments: [
      { kind: 'equal', text: 'اتخاذ جميع التدابير ' },
      { kind: 'delete', text: 'الممكنة' },
      { kind: 'insert', text: 'المناسبة' },
    ],
  }),
  section: SECTION,
  label: '5',
};
const suppression: ContributionProposalModel = {
  proposal: proposal('a-sup', { tag: 'SUP', segments: [{ kind: 'delete', text: 'تقديم تقرير سنوي' }] }, 'accepted'),
  section: SECTION,
  label: '2',
};
const addition: ContributionProposalModel = {
  proposal: proposal('a-add', { tag: 'ADD', text: 'دعم البلدان النامية', place: { relation: 'after', id: 'op-1-5', label: '5' } }),
  section: SECTION,
  label: '6',
};

const cover = {
  symbol: 'C26/71-A',
  date: '2026-11-20',
  agendaItem: 'PL 2',
  originalLanguage: 'ar',
  submitters: ['egypt', 'kenya'],
  coSponsors: ['apc'],
  title: 'تعديلات مقترحة على القرار 1334',
  purpose: 'تحديث القرار في ضوء الاستعراض.',
  actionRequested: 'يُدعى المجلس إلى اعتماد التعديلات.',
  references: ['القرار 1334 (المعدل في 2023)', 'الوثيقة C25/12'],
};

const data: ContributionPageData = {
  contribution: {
    id: CONTRIBUTION_ID,
    consultationId: consultation.id,
    symbol: cover.symbol,
    title: cover.title,
    revision: 1,
    status: 'awaiting-co-submitters',
    cover: { ...cover, actionRequested: 'يُدعى المجلس إلى اعتماد التعديلات المقترحة.' },
    substance: { kind: 'amendments', documentId: document.id },
    withdrawal: null,
    coSubmission: {
      revision: 1,
      awaiting: ['kenya'],
      confirmed: [],
      declined: [],
    },
    submittedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
  },
  consultation,
  stakeholders,
  document,
  proposals: [modification, suppression, addition],
  revisions: [
    { revision: 0, cover, recordedAt: '2026-11-20T10:00:00.000Z', proposals: [modification] },
    {
      revision: 1,
      cover: { ...cover, actionRequested: 'يُدعى المجلس إلى اعتماد التعديلات المقترحة.' },
      recordedAt: '2026-11-21T10:00:00.000Z',
      proposals: [modification, suppression, addition],
    },
  ],
  pdf: true,
};

const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

describe('the page of a contribution', () => {
  it('shows every field of the cover, the submitters by name and where each co-submitter stands', () => {
    const page = contributionPage(contextOf('ar'), data);
    for (const text of [
      cover.symbol,
      cover.title,
      'PL 2',
      cover.purpose,
      'يُدعى المجلس إلى اعتماد التعديلات المقترحة.',
      ...cover.references,
      'Arab Republic of Egypt',
      'Republic of Kenya',
      'Association for Progressive Communications',
    ])
      expect(page).toContain(text);
    expect(page).toContain('<html lang="ar" dir="rtl"');
    expect(page).toMatch(/Republic of Kenya<\/bdi><\/th><td><span class="answer answer-awaiting">.*لم يرد بعد/u);
    expect(main(page)).not.toContain('kenya<');
  });

  it('prints each proposal with its tag, its provision cited with its section, its marked words and its status as text', () => {
    const page = contributionPage(contextOf('en'), data);
    expect(page).toContain('<h2 id="proposals-heading">Proposals (3)</h2>');
    expect(page).toContain(`${SECTION}، 5`);
    expect(page).toMatch(/<del><span class="visually-hidden" lang="en">deleted: <\/span>الممكنة<\/del><ins>/u);
    expect(page).toContain('<span class="tag" lang="en" dir="ltr">SUP</span>');
    expect(page).toMatch(/<del>[^]*تقديم تقرير سنوي<\/del>/u);
    expect(page).toMatch(/<ins>[^]*دعم البلدان النامية<\/ins>/u);
    // An ADD is cited by the provision it follows, not by the label it will take.
    expect(page).toContain(`<span lang="ar" dir="rtl">${SECTION}</span> — after <span lang="ar" dir="rtl">5</span>`);
    expect(page).not.toContain(`${SECTION}، 6`);
    // A status is a word in a span, not a control.
    expect(page).toContain('<span class="status-text status-accepted"><span aria-hidden="true">✓</span> Accepted</span>');
    expect(page).not.toMatch(/<button[^>]*>[^<]*(Accepted|Pending)/u);
    expect(main(page)).not.toContain('op-1-');
  });

  it('sets Rev.1 beside Rev.0: the changed words of the cover marked, each revision with its proposals', () => {
    const page = contributionPage(contextOf('en'), data);
    const revisions = page.slice(page.indexOf('id="revisions-heading"'));
    expect(revisions).toContain('Rev.1 beside Rev.0');
    expect(revisions).toMatch(/<ins><span class="visually-hidden" lang="en">inserted: <\/span>[^<]*المقترحة/u);
    expect(revisions).toContain('(unchanged)');
    // Dates in the reader's format and direction; names isolated, whatever the contribution's language.
    expect(revisions).toContain('<span lang="en" dir="ltr">20 November 2026</span>');
    expect(revisions).toContain('<bdi>Arab Republic of Egypt, Republic of Kenya</bdi>');
    const proposalsRow = revisions.slice(revisions.indexOf('<th scope="row">Proposals</th>'));
    const [earlier, later] = proposalsRow.split('</td><td>');
    expect(earlier.match(/<li>/gu)).toHaveLength(1);
    expect(later.match(/<li>/gu)).toHaveLength(3);
  });

  it('offers the files of the contribution, and says so when the server prints no PDF', () => {
    const page = contributionPage(contextOf('ar'), data);
    expect(page).toContain(`href="/web/contributions/${CONTRIBUTION_ID}/contribution.docx"`);
    expect(page).toContain(`href="/web/contributions/${CONTRIBUTION_ID}/contribution-tracked.docx"`);
    expect(page).toContain(`href="/web/contributions/${CONTRIBUTION_ID}/contribution.pdf"`);
    const withoutPdf = contributionPage(contextOf('ar'), { ...data, pdf: false });
    expect(withoutPdf).not.toContain('contribution.pdf');
    expect(withoutPdf).toContain(translator('ar')('contributionPage.pdfUnavailable'));
  });

  it('shows a report as prose and what an importer read from a draft’s cover', () => {
    const report = contributionPage(contextOf('en'), {
      ...data,
      contribution: { ...data.contribution, substance: { kind: 'report', text: 'الفقرة الأولى.\n\nالفقرة الثانية.' }, coSubmission: null },
      proposals: [],
      revisions: [data.revisions[0]],
    });
    expect(report).toContain('<p lang="ar" dir="rtl">الفقرة الثانية.</p>');
    expect(report).toContain('This is the original text: it has not been revised.');
    expect(report).not.toContain('contribution-tracked.docx');
    const draft = contributionPage(contextOf('en'), {
      ...data,
      contribution: { ...data.contribution, substance: { kind: 'draft', documentId: document.id } },
      draftCover: { summary: 'ملخص المساهمة', expectedResults: 'النتائج', priorityArea: 'التنمية' },
    });
    for (const text of ['Summary', 'ملخص المساهمة', 'Expected results', 'النتائج', 'Priority area', 'التنمية'])
      expect(draft).toContain(text);
    expect(draft).toContain(`<a href="/web/documents/${document.id}">Read the draft Resolution 1334</a>`);
  });

  it('says who withdrew the contribution and why, and which co-submitter declined, by which letter', () => {
    const page = contributionPage(contextOf('ar'), {
      ...data,
      contribution: {
        ...data.contribution,
        status: 'withdrawn',
        withdrawal: { by: 'egypt', reason: 'اتُّفق على نص آخر.', at: '2026-11-25T09:00:00.000Z' },
        coSubmission: {
          revision: 1,
          awaiting: [],
          confirmed: [],
          declined: [
            {
              stakeholderId: 'kenya',
              by: 'itu-secretariat',
              reference: 'رسالة البعثة الدائمة لكينيا',
              reason: 'لم تُستشر كينيا.',
              at: '2026-11-22T09:00:00.000Z',
            },
          ],
        },
      },
    });
    const ar = translator('ar');
    expect(page).toContain(ar('contributionPage.withdrawn', { name: 'Arab Republic of Egypt', date: '25 نوفمبر 2026' }).split('{')[0]);
    expect(page).toContain(ar('contributionPage.withdrawnReason', { reason: 'اتُّفق على نص آخر.' }));
    expect(page).toContain(ar('contributionStatus.withdrawn'));
    expect(page).toMatch(/Republic of Kenya<\/bdi><\/th><td><span class="answer answer-declined">.*رفض/u);
    expect(page).toContain(ar('contributionPage.letter', { reference: 'رسالة البعثة الدائمة لكينيا' }));
    expect(page).toContain('لم تُستشر كينيا.');
  });
});
