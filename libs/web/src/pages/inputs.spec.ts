import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { provisionChoices } from '../labels';
import { ConsultationModel, DocumentSummaryModel, StakeholderInputModel, Viewer } from '../models';
import { resolution1334 } from '../testing/documents';
import { PageContext } from './context';
import { InputsPageData, inputsPage } from './inputs';

const HOSTILE = '<script>alert(1)</script> & "x"';

function contextOf(locale: Locale, viewer: Partial<Viewer> = {}): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/documents/d/inputs',
    viewer: { id: 'apc', role: 'stakeholder', roles: ['stakeholder'], ...viewer },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'UN General Assembly',
  subject: 'WSIS+20 review',
  originalLanguage: 'en',
  registeredAt: '2025-06-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['co-facilitator'],
  deadlines: {},
  participants: [],
};
const text = resolution1334();
const provisions = provisionChoices(text);
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'A/80/L.1',
  title: text.title,
  language: text.language,
  currentVersion: 1,
  currentVersionLabel: 'zero draft',
};
const arabicInput: StakeholderInputModel = {
  inputId: 'in-1',
  stakeholderId: 'aub',
  stakeholderName: 'الجامعة الأمريكية في بيروت',
  category: 'academia',
  versionNumber: 1,
  provisionIds: [provisions[0].id],
  title: 'سدّ الفجوة الرقمية',
  text: HOSTILE,
  language: 'ar',
  submittedAt: '2025-11-20T10:00:00.000Z',
  withdrawn: false,
};

const data = (extra: Partial<InputsPageData> = {}): InputsPageData => ({
  document,
  consultation,
  versions: [{ number: 1, label: 'zero draft', adoptedMeeting: null, adoptedDate: null }],
  inputs: [arabicInput, { ...arabicInput, inputId: 'in-2', provisionIds: [], language: 'en', title: 'Overall', withdrawn: true }],
  provisions,
  ...extra,
});

describe('the page of stakeholder inputs', () => {
  it('shows each input in its own language and direction, escaped, with who sent it and what it concerns', () => {
    const page = inputsPage(contextOf('ar'), data());
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<h3 lang="ar" dir="rtl">سدّ الفجوة الرقمية</h3>');
    expect(page).toContain('<bdi>الجامعة الأمريكية في بيروت</bdi> (الأوساط الأكاديمية)');
    expect(page).not.toContain('<script>alert');
    // Declared Arabic, typed with no Arabic letter: isolated, its direction its own.
    expect(page).toContain('<div dir="auto">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</div>');
    expect(page).toContain(`<bdi lang="${text.language}">${provisions[0].label}`);
    expect(page).toContain('النص بأكمله');
    expect(page).toContain('سحبه مقدّمه');
    expect(inputsPage(contextOf('en'), data())).toContain('<h1>Stakeholder inputs: <bdi class="symbol">A/80/L.1</bdi></h1>');
  });

  it('filters by provision, and says when there is none', () => {
    const page = inputsPage(contextOf('en'), data({ inputs: [], provisionId: provisions[1].id }));
    expect(page).toContain('No input has been sent on this document.');
    expect(page).toContain(`<option value="${provisions[1].id}" selected>`);
  });

  it('offers the form only to a non-state stakeholder it is given for, guarded, keeping what was typed', () => {
    expect(inputsPage(contextOf('en'), data())).not.toContain(`<form method="post" action="/web/documents/${document.id}/inputs"`);
    const page = inputsPage(
      contextOf('ar'),
      data({
        form: {
          stakeholders: [{ id: 'apc', name: 'APC' }],
          values: { stakeholderId: 'apc', provisionIds: [provisions[1].id], title: 'عنوان', text: 'نص', language: 'ar' },
        },
      }),
    );
    const form = page.match(/<form method="post" action="\/web\/documents\/[^"]+\/inputs">[\s\S]*?<\/form>/u)![0];
    expect(form).toContain('<input type="hidden" name="_csrf" value="csrf-token-of-the-session">');
    expect(form).toContain('<option value="apc" selected>APC</option>');
    expect(form).toContain(`value="${provisions[1].id}" checked`);
    expect(form).toContain('<option value="ar" selected>');
    expect(form).toContain('>نص</textarea>');
    expect(form).toContain('إرسال الإسهام');
  });
});
