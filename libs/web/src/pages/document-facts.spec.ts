import { ResolutionDocument } from '#libs/text';
import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel } from '../models';
import { resolution1334 } from '../testing/documents';
import { PageContext } from './context';
import { DocumentTextData, documentTextPage } from './document';

function contextOf(locale: Locale): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf',
    url: '/web/documents/d',
    viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS',
  originalLanguage: 'ar',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['chair-1'],
  deadlines: {},
  participants: [],
};
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'Resolution 1334',
  language: 'ar',
  currentVersion: 2,
  currentVersionLabel: 'Rev.1',
};

function dataWith(metadata: ResolutionDocument['metadata'], adoptedTitle?: string): DocumentTextData {
  const base = resolution1334();
  return {
    document,
    consultation,
    versions: [],
    text: { ...base, metadata: { ...base.metadata, ...metadata } },
    versionLabel: 'Rev.1',
    appliedDecisions: 0,
    changedAt: '2026-03-01T10:00:00.000Z',
    ...(adoptedTitle !== undefined ? { adoptedTitle } : {}),
  };
}

const facts = (page: string) => page.match(/<dl[\s\S]*?<\/dl>/u)?.[0] ?? '';

describe('what the document page says of the imported text', () => {
  it('shows the adoption line as printed, "Original: English" in Arabic words, and the title as adopted when it differs', () => {
    const page = documentTextPage(
      contextOf('ar'),
      dataWith({ adoption: 'اعتُمد في الجلسة العامة السادسة', originalLanguage: 'en' }, 'دور الاتحاد كما اعتُمد'),
    );
    const shown = facts(page);
    expect(shown).toContain('<span lang="ar" dir="rtl">اعتُمد في الجلسة العامة السادسة</span>');
    expect(shown).toContain('<dt>الأصل</dt><dd><bdi>الإنكليزية</bdi></dd>');
    expect(shown).toContain('العنوان كما اعتُمد');
    expect(shown).toContain('دور الاتحاد كما اعتُمد');
  });

  it('says "Original: English" in English, and leaves out what the text does not carry', () => {
    const base = resolution1334();
    const page = documentTextPage(contextOf('en'), dataWith({ adoption: undefined, originalLanguage: 'en' }, base.title));
    const shown = facts(page);
    expect(shown).toMatch(/Original<\/dt>\s*<dd><bdi>English<\/bdi>/u);
    expect(shown).not.toContain('Adopted<');
    expect(shown).not.toContain('Title as adopted');
  });
});
