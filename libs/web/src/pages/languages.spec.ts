import { alignLanguageVersion } from '#libs/text';
import { Locale } from '../i18n/locale';
import { CATALOGUES, translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel } from '../models';
import { resolution1334, resolution1334English } from '../testing/documents';
import { PageContext } from './context';
import {
  LanguagesData,
  SideBySideData,
  TranslationTaskModel,
  TranslationTasksData,
  languagesPage,
  outOfStepRefusal,
  provisionalAdoptionFields,
  sideBySidePage,
  translationTasksPage,
} from './languages';

function contextOf(locale: Locale, role = 'secretariat', id = 'secretariat-1'): PageContext {
  return { locale, t: translator(locale), csrf: 'csrf-token', url: '/web/documents/d/languages', viewer: { id, role, roles: [role] } };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS+20 review',
  originalLanguage: 'ar',
  registeredAt: '2025-06-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['chair-cwg-wsis'],
  deadlines: {},
  participants: [],
};

const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'C26/12',
  title: 'القرار 1334',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'zero draft',
};

const header = { document, consultation, versions: [{ number: 1, label: 'zero draft', adoptedMeeting: null, adoptedDate: null }] };

function languagesData(withPreview: boolean): LanguagesData {
  const original = resolution1334();
  const report = alignLanguageVersion(original, resolution1334English());
  return {
    ...header,
    originalLanguage: 'ar',
    languages: [
      { language: 'ar', original: true, provisions: 40, inStep: 40, awaiting: 0 },
      { language: 'fr', original: false, provisions: 40, inStep: 37, awaiting: 3, addedAt: '2026-03-01T10:00:00.000Z' },
    ],
    mayAdd: true,
    form: { key: 'k'.repeat(32), language: 'en', source: 'Resolution 1334', accepted: [] },
    ...(withPreview
      ? { preview: { language: 'en', matched: report.matched, provisions: report.provisions, findings: report.findings } }
      : {}),
  };
}

/** The English catalogue's own words for the language pages, none of which may appear on an Arabic page. */
function englishWordsOf(page: string): string[] {
  return Object.entries(CATALOGUES.en)
    .filter(([key]) => /^(languages|tasks|sideBySide|adoption)\./u.test(key))
    .map(([, message]) =>
      message
        .split(/\{\w+\}/u)
        .sort((a, b) => b.length - a.length)[0]
        .trim(),
    )
    .filter((words) => words.length > 6 && page.includes(words));
}

describe('the language versions page', () => {
  it('lists the versions with language names and counts in Arabic, right to left, with their links', () => {
    const page = languagesPage(contextOf('ar'), languagesData(false));
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<th scope="row">العربية <span class="hint">(الأصل (لغة التفاوض))</span></th>');
    expect(page).toContain('<th scope="row">الفرنسية</th><td>40</td><td>37</td><td>3</td>');
    expect(page).toContain(`href="/web/documents/${document.id}/languages/fr/tasks"`);
    expect(page).toContain(`href="/web/documents/${document.id}/side-by-side?left=ar&amp;right=fr"`);
    // The languages still to add, named in Arabic; those present are not offered.
    expect(page).toContain('<option value="en" selected>الإنكليزية</option>');
    expect(page).toContain('<option value="zh">الصينية</option>');
    expect(page).not.toContain('<option value="fr"');
    expect(page).toContain('lang="en" dir="ltr">Resolution 1334</textarea>');
    expect(page).not.toContain('value="add"');
    expect(englishWordsOf(page)).toEqual([]);
  });

  it('shows each finding of the alignment as a sentence citing provisions as printed, and then the button that adds the version', () => {
    const data = languagesData(true);
    const page = languagesPage(contextOf('en'), data);
    const findings = data.preview!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(page).toContain(`Alignment: ${data.preview!.matched} of ${data.preview!.provisions} provisions of the original paired`);
    // Resolution 1334's English excerpt stops after c) of recalling: d) has no counterpart, cited as the Arabic prints it.
    expect(findings.find((f) => f.kind === 'missing')).toMatchObject({ provisionId: 'pre-1-4' });
    expect(page).toContain(
      '<li><bdi lang="ar" dir="rtl">د )</bdi> of <bdi lang="ar" dir="rtl">إذ يذكّر</bdi> (“<bdi lang="ar" dir="rtl">بالقرار 70/1 للجمعية العامة للأمم المتحدة، بشأن تحويل</bdi>…”) of the original has no counterpart in the translation: it will await translation.</li>',
    );
    expect(page).not.toContain('pre-1-4');
    expect(page).toContain('name="intent" value="add"');
  });

  it('offers the doubtful pairs as check boxes, citing both versions, and keeps the ones ticked', () => {
    const base = languagesData(false);
    const page = languagesPage(contextOf('ar'), {
      ...base,
      form: { ...base.form!, accepted: ['op-2'] },
      preview: {
        language: 'en',
        matched: 2,
        provisions: 2,
        findings: [
          {
            kind: 'doubtful',
            provisionId: 'op-2',
            original: { heading: 'يقرر', label: '2', opening: 'أن يواصل' },
            translated: { heading: 'resolves', label: '2', opening: 'to continue until 2030' },
            reasons: ['numbers', 'length'],
          },
        ],
      },
    });
    expect(page).toContain('<input type="checkbox" id="accept-0" name="accept" value="op-2" checked>');
    expect(page).toContain('<bdi lang="ar" dir="rtl">2</bdi> من <bdi lang="ar" dir="rtl">يقرر</bdi>');
    expect(page).toContain('<bdi lang="en" dir="ltr">resolves</bdi>');
    expect(page).toContain('الأرقام والرموز الواردة في النص، الطول');
  });

  it('has no form for a stakeholder', () => {
    const page = languagesPage(contextOf('en', 'stakeholder', 'egypt'), { ...languagesData(false), mayAdd: false });
    expect(page).not.toContain('<form method="post" action="/web/documents/');
    expect(page).toContain('Arabic <span class="hint">(Original (negotiating language))</span>');
  });
});

const tasks: TranslationTaskModel[] = [
  {
    taskId: 'task-1',
    language: 'en',
    provisionId: 'op-1-1',
    citation: 'a) of resolves',
    originalCitation: 'أ) من يقرر',
    reason: 'changed',
    originalBefore: 'أن يواصل العمل',
    originalAfter: 'أن يواصل العمل بنشاط',
    currentWording: 'to continue the work',
    status: 'open',
    openedAt: '2026-03-10T10:00:00.000Z',
  },
  {
    taskId: 'task-0',
    language: 'en',
    provisionId: 'pre-1',
    citation: 'a) of recalling',
    originalCitation: 'أ) من إذ يذكّر',
    reason: 'added',
    originalAfter: 'بالقرار 75/202',
    status: 'done',
    openedAt: '2026-03-09T10:00:00.000Z',
    closedAt: '2026-03-09T12:00:00.000Z',
    wording: 'resolution 75/202',
  },
];

function tasksData(mayRecord: boolean): TranslationTasksData {
  return { ...header, language: 'en', originalLanguage: 'ar', tasks, mayRecord };
}

describe('the translation tasks page', () => {
  it("gives the translator each open task: citations in both languages, the original's change marked, a field in the version's language", () => {
    const page = translationTasksPage(contextOf('ar', 'translator', 'translator-1'), tasksData(true));
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('الترجمة إلى الإنكليزية: <bdi>C26/12</bdi>');
    expect(page).toContain('<bdi lang="en" dir="ltr">a) of resolves</bdi>');
    expect(page).toContain('<bdi lang="ar" dir="rtl">أ) من يقرر</bdi>');
    expect(page).toMatch(
      /<p lang="ar" dir="rtl" class="marked-text">أن يواصل العمل ?<ins><span class="visually-hidden" lang="ar">[^<]+<\/span> ?بنشاط<\/ins><\/p>/u,
    );
    expect(page).toContain('<p lang="en" dir="ltr">to continue the work</p>');
    expect(page).toContain('<textarea id="wording-0" name="text" rows="4" required lang="en" dir="ltr">to continue the work</textarea>');
    expect(page).toContain('<input type="hidden" name="provisionId" value="op-1-1">');
    expect(page).toContain(`action="/web/documents/${document.id}/translations"`);
    expect(page).toContain('<details><summary>المنجزة (1)</summary>');
    expect(page).toContain('<span lang="en" dir="ltr">resolution 75/202</span>');
    expect(englishWordsOf(page)).toEqual([]);
  });

  it('shows an added provision as all inserted, and no form to whoever is not a translator', () => {
    const page = translationTasksPage(contextOf('en', 'chair', 'chair-cwg-wsis'), {
      ...tasksData(false),
      tasks: [{ ...tasks[1], status: 'open', wording: undefined, closedAt: undefined }],
    });
    expect(page).toContain('Added to the original');
    expect(page).toMatch(/<ins><span class="visually-hidden" lang="en">[^<]+<\/span> ?بالقرار 75\/202<\/ins>/u);
    expect(page).toContain('No wording in this language yet.');
    expect(page).not.toContain('<textarea');
  });
});

function sideBySideData(): SideBySideData {
  return {
    ...header,
    originalLanguage: 'ar',
    available: ['ar', 'en'],
    versionLabel: 'zero draft',
    left: { language: 'en', title: 'Resolution 1334' },
    right: { language: 'ar', title: 'القرار 1334' },
    rows: [
      {
        kind: 'heading',
        id: 'sec-op',
        depth: 0,
        left: { label: '', text: 'resolves', status: 'in-step' },
        right: { label: '', text: 'يقرر', status: 'in-step' },
      },
      {
        kind: 'provision',
        id: 'op-1-1',
        depth: 0,
        left: { label: '1', text: 'to continue the work', status: 'awaiting' },
        right: { label: '1', text: 'أن يواصل العمل بنشاط', status: 'in-step' },
      },
    ],
    tasks: [tasks[0]],
  };
}

describe('the side-by-side page', () => {
  it("reads two versions in two columns, each in its language and direction, the awaiting one with a badge in words and the original's change", () => {
    const page = sideBySidePage(contextOf('ar'), sideBySideData());
    expect(page).toContain('<caption>الإنكليزية والعربية، حكماً حكماً</caption>');
    expect(page).toContain('<thead><tr><th scope="col">الإنكليزية</th><th scope="col">العربية</th></tr></thead>');
    expect(page).toContain(
      '<td lang="en" dir="ltr" data-depth="0"><span class="label">1</span> to continue the work <span class="status status-awaiting" lang="ar" dir="rtl">',
    );
    expect(page).toContain('بانتظار الترجمة</span>');
    expect(page).toContain('<td lang="ar" dir="rtl" data-depth="0"><span class="label">1</span> أن يواصل العمل بنشاط</td>');
    expect(page).toContain('التغيير في الأصل: <p lang="ar" dir="rtl" class="marked-text">');
    expect(page).toContain('<label for="left">العمود الأيسر</label>');
    expect(page).toContain('<option value="en" selected>الإنكليزية</option>');
    expect(englishWordsOf(page)).toEqual([]);
  });
});

describe('provisional adoption', () => {
  it('lists the versions out of step as check boxes provisionalIn on the chair’s adoption form, and explains a refusal', () => {
    const ctx = contextOf('en', 'chair', 'chair-cwg-wsis');
    const fields = provisionalAdoptionFields(ctx, [{ language: 'fr', awaiting: 3 }]).markup;
    expect(fields).toContain('<legend>Adopt provisionally in</legend>');
    expect(fields).toContain('<input type="checkbox" id="provisional-0" name="provisionalIn" value="fr">');
    expect(fields).toContain('French: 3 awaiting translation');
    expect(provisionalAdoptionFields(ctx, []).markup).toBe('');
    expect(outOfStepRefusal(contextOf('ar'), ['fr', 'zh'])).toBe(
      'لم تُعتمد النسخة: ما زالت الفرنسية، الصينية بانتظار الترجمة. اعتمدها مؤقتاً بهذه اللغات، أو انتظر الترجمات.',
    );
  });
});
