import { ResolutionDocument, locateProvision } from '#libs/text';
import { ASSETS } from '../assets';
import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { CompilationModel, ConsultationModel, DocumentSummaryModel, ProposalModel, Viewer } from '../models';
import { resolution1334 } from '../testing/documents';
import { compilationPage } from './compilation';
import { composerPage, ComposerState } from './composer';
import { consultationPage } from './consultation';
import { consultationsPage } from './consultations';
import { PageContext } from './context';
import { signInPage } from './sign-in';

const HOSTILE = '<script>alert(1)</script> & "x"';

function contextOf(locale: Locale, viewer?: Partial<Viewer>): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/consultations/c1?x=1',
    viewer: viewer ? { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'], ...viewer } : undefined,
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: HOSTILE,
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['chair-cwg-wsis'],
  deadlines: {},
  participants: ['egypt'],
};

const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'القرار 1334',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'Modified 2023',
};

/** Every form that posts must carry the session's form token. */
function expectEveryFormGuarded(page: string): void {
  const forms = page.match(/<form method="post"[\s\S]*?<\/form>/gu) ?? [];
  expect(forms.length).toBeGreaterThan(0);
  for (const form of forms) expect(form).toContain('<input type="hidden" name="_csrf" value="csrf-token-of-the-session">');
}

describe('pages', () => {
  it('speak the interface language with its direction, and load only the style sheet', () => {
    const arabic = consultationsPage(contextOf('ar', {}), { consultations: [consultation] });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain(`<link rel="stylesheet" href="${ASSETS.css.path}">`);
    expect(arabic).not.toContain('<script');
    expect(consultationsPage(contextOf('en', {}), { consultations: [] })).toContain('<html lang="en" dir="ltr">');
  });

  it('escape every text they show, and mark a title with its own language', () => {
    const page = consultationsPage(contextOf('en', { name: HOSTILE }), { consultations: [consultation] });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    // Declared Arabic, typed with no Arabic letter: isolated, its direction its own.
    expect(page).toContain('<span dir="auto">&lt;script&gt;');
  });

  it('offer the same page in the other language, keeping the address', () => {
    expect(consultationsPage(contextOf('en', {}), { consultations: [] })).toContain(
      'href="/web/consultations/c1?x=1&amp;lang=ar" lang="ar"',
    );
  });

  it('offer development identities only when the server gives them, and guard every form', () => {
    const without = signInPage(contextOf('en'), { next: '/web' });
    expect(without).not.toContain('/web/sign-in/development');
    const withThem = signInPage(contextOf('ar'), {
      next: '/web',
      identities: [{ key: 'stakeholder:egypt', role: 'stakeholder', id: 'egypt', name: HOSTILE }],
    });
    expect(withThem).toContain('value="stakeholder:egypt"');
    expect(withThem).not.toContain('<script>alert');
    expectEveryFormGuarded(withThem);
  });

  it('name people, never accounts: the development identities by name or role, the one signed in with no name by role', () => {
    const page = signInPage(contextOf('en'), {
      next: '/web',
      identities: [
        { key: 'chair:chair-cwg-wsis', role: 'chair', id: 'chair-cwg-wsis', name: 'chair-cwg-wsis', note: 'WSIS+20' },
        { key: 'secretariat:secretariat-1', role: 'secretariat', id: 'secretariat-1', name: 'secretariat-1' },
        { key: 'auditor:auditor-1', role: 'auditor', id: 'auditor-1', name: 'auditor-1' },
      ],
    });
    expect(page).toContain('value="chair:chair-cwg-wsis" class="secondary">Chair of WSIS+20</button>');
    expect(page).toContain('class="secondary">The ITU secretariat</button>');
    expect(page.replace(/value="[^"]*"/gu, '')).not.toMatch(/chair-cwg-wsis|secretariat-1|auditor-1/u);
    const signedIn = consultationsPage(contextOf('ar', { id: 'auditor-1', role: 'auditor', roles: ['auditor'] }), {
      consultations: [],
    } as never);
    expect(signedIn).not.toContain('auditor-1');
  });

  it('give the phase controls to a chair of the consultation only', () => {
    const data = { consultation, documents: [document], contributions: [], stakeholders: new Map() };
    const chair = consultationPage(contextOf('en', { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] }), data);
    expect(chair).toContain(`action="/web/consultations/${consultation.id}/phase"`);
    expectEveryFormGuarded(chair);
    expect(consultationPage(contextOf('en', { id: 'other-chair', role: 'chair', roles: ['chair'] }), data)).not.toContain('/phase"');
    expect(consultationPage(contextOf('en', {}), data)).toContain(`/web/documents/${document.id}/compose?mode=amendment`);
  });
});

describe('the compilation page', () => {
  const text: ResolutionDocument = resolution1334();
  const wording = locateProvision(text, 'op-1-1')!.provision.text;
  const proposal = (id: string, proposer: string): ProposalModel => ({
    amendmentId: id,
    operation: { kind: 'modify', provisionId: 'op-1-1', oldText: wording, newText: wording.replace('الممكنة', 'المناسبة') },
    change: {
      tag: 'MOD',
      segments: [
        { kind: 'delete', text: 'الممكنة' },
        { kind: 'insert', text: 'المناسبة' },
      ],
    },
    proposers: [{ id: proposer, name: proposer === 'egypt' ? 'Arab Republic of Egypt' : HOSTILE, category: 'member-state' }],
    coSponsors: [],
    onBehalfOf: null,
    contribution: { id: 'c', symbol: 'C26/12-A' },
    status: 'pending',
    revision: 0,
    explanation: null,
    draftedAgainst: 1,
    decision: null,
    proposedAt: '2026-02-20T10:00:00.000Z',
  });
  const conflict = { amendmentIds: ['a1', 'a2'], reason: 'overlapping-words', message: 'both change words 6..7 of provision op-1-1' };
  const compilation: CompilationModel = {
    documentId: document.id,
    consultationId: consultation.id,
    symbol: 'Resolution 1334',
    title: text.title,
    language: 'ar',
    version: { number: 1, label: 'Modified 2023', current: true, adoptedMeeting: null, adoptedDate: null },
    sections: [
      {
        id: 'op-1',
        part: 'operative',
        heading: 'يقرر أن يكلف الأمين العام',
        citation: 'يقرر أن يكلف الأمين العام',
        proposals: [],
        conflicts: [],
        provisions: [
          {
            id: 'op-1-1',
            label: '1',
            depth: 0,
            citation: 'يقرر أن يكلف الأمين العام، 1',
            text: wording,
            footnotes: [],
            proposals: [proposal('a1', 'egypt'), proposal('a2', 'african-group')],
            conflicts: [conflict],
          },
        ],
      },
    ],
    unplaced: [],
    conflicts: [conflict],
    statusCounts: { pending: 2 },
  };
  const data = (isChair: boolean) => ({
    consultation,
    document,
    versions: [],
    compilation,
    versionText: text,
    isChair,
    brackets: [],
    sitting: { meeting: 'CWG-WSIS&SDG', date: '2026-03-10' },
  });

  it("offers the compilation of the version shown as a Word file, named in the reader's language", () => {
    const ar = compilationPage(contextOf('ar', {}), data(false));
    expect(ar).toMatch(/<a href="\/web\/documents\/[^"]+\/compilation\.docx\?version=\d+" download>ملف Word<\/a>/u);
    expect(compilationPage(contextOf('en', {}), data(false))).toContain('download>Word file</a>');
  });

  it('names each conflict beside both amendments, in words and not by colour alone', () => {
    const page = compilationPage(contextOf('en', {}), data(false));
    expect(page.match(/class="conflict"/gu)).toHaveLength(2);
    expect(page).toContain('<a href="#amendment-a2">');
    expect(page).toContain('Conflicts between undecided amendments: 1');
    expect(page).not.toContain('<script>alert');
  });

  it('gives a chair a ruling form on each undecided amendment, the merge and the meeting kept; a stakeholder none', () => {
    const chair = compilationPage(contextOf('ar', { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] }), data(true));
    expect(chair.match(/action="\/web\/amendments\/a[12]\/decision"/gu)).toHaveLength(2);
    // The merge form, as heavy as the paragraph it rewrites, is a link away.
    expect(chair).toMatch(/href="\?version=1&amp;[^"]*merge=[^"]+#provision-/u);
    expect(chair).toContain('value="CWG-WSIS&amp;SDG"');
    expectEveryFormGuarded(chair);
    expect(compilationPage(contextOf('ar', {}), data(false))).not.toContain('/decision"');
  });

  it("gives a chair in the adoption phase the fields of what the adopted text prints, labelled in Arabic and English, in the document's language", () => {
    const adoption = { ...data(true), consultation: { ...consultation, phase: 'adoption' } };
    const chair = { id: 'chair-cwg-wsis', role: 'chair', roles: ['chair'] } as const;
    const ar = compilationPage(contextOf('ar', chair), adoption);
    const form = ar.slice(ar.indexOf(`action="/web/documents/${document.id}/adoptions"`));
    for (const name of ['label', 'meeting', 'date', 'place', 'number', 'title', 'adoptionLine', 'symbol'])
      expect(form).toContain(`name="${name}"`);
    expect(form).toContain('<label for="adopt-line">عبارة الاعتماد</label>');
    expect(form).toMatch(/id="adopt-number" name="number" value=""[^>]*lang="ar"/u);
    expect(compilationPage(contextOf('en', chair), adoption)).toContain('<label for="adopt-number">Number of the resolution</label>');
  });
});

describe('the composer', () => {
  const text = resolution1334();
  const state = (step: ComposerState['step']): ComposerState => ({
    mode: 'contribution',
    key: 'composer-key-0001',
    cover: {
      symbol: HOSTILE,
      date: '2026-02-20',
      agendaItem: '',
      originalLanguage: 'ar',
      title: '',
      purpose: '',
      actionRequested: '',
      references: '',
      submitter: 'egypt',
      coSponsors: [],
    },
    amendments: [{ operation: { kind: 'suppress', provisionId: 'op-1-6' } }],
    step,
    edit: step === 'choose' ? {} : { target: 'op-1-1', action: 'modify', words: 'الممكنة' },
    ...(step === 'preview' ? { draft: { kind: 'suppress', provisionId: 'op-1-1' } as const } : {}),
  });
  const render = (step: ComposerState['step']) =>
    composerPage(contextOf('ar', {}), {
      consultation,
      document,
      versions: [],
      text,
      state: state(step),
      actingFor: [{ id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states', memberIds: [] }],
      others: [],
    });

  it('makes Enter do the step at hand, never take out an amendment', () => {
    expect(render('choose')).toMatch(/<form method="post"[^>]*>\s*<button type="submit" name="intent" value="choose"/u);
    expect(render('edit')).toMatch(/<form method="post"[^>]*>\s*<button type="submit" name="intent" value="preview"/u);
    expect(render('preview')).toMatch(/<form method="post"[^>]*>\s*<button type="submit" name="intent" value="stay"/u);
  });

  it('carries its whole state in the form: the key, the cover (escaped) and the amendments drafted', () => {
    const page = render('choose');
    expect(page).toContain('name="key" value="composer-key-0001"');
    expect(page).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"');
    expect(page).toContain(
      'name="amendment" value="{&quot;operation&quot;:{&quot;kind&quot;:&quot;suppress&quot;,&quot;provisionId&quot;:&quot;op-1-6&quot;}}"',
    );
    expectEveryFormGuarded(page);
  });

  it('loads its script only where words are selected, and shows the provision in its own direction there', () => {
    expect(render('choose')).not.toContain('<script');
    const edit = render('edit');
    expect(edit).toContain(`<script src="${ASSETS.js.path}" defer></script>`);
    expect(edit).toContain('<textarea id="source" readonly rows="5" lang="ar" dir="rtl" data-select-words="words"');
  });
});
