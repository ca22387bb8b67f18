import { deriveRevision } from '#libs/domain';
import { diffDocuments, locateProvision } from '#libs/text';
import { derivedAmendmentPreviews } from '../derived-amendments';
import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel } from '../models';
import { resolution1334 } from '../testing/documents';
import { PageContext } from './context';
import { RevisionsData, revisionsPage } from './revisions';

function contextOf(locale: Locale, id = 'chair-cwg-wsis', role = 'chair'): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/documents/d/revisions',
    viewer: { id, role, roles: [role] },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'UN General Assembly',
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
  symbol: 'A/80/L.1',
  title: 'القرار 1334',
  language: 'ar',
  currentVersion: 2,
  currentVersionLabel: 'Rev.1',
};

function data(withForm: boolean): RevisionsData {
  const working = resolution1334();
  const first = working.operative[0].provisions[0];
  const revised = {
    ...working,
    operative: [
      { ...working.operative[0], provisions: [{ ...first, text: `${first.text} (المنقّح)` }, ...working.operative[0].provisions.slice(1)] },
      ...working.operative.slice(1),
    ],
  };
  const derived = deriveRevision(working, revised);
  return {
    document,
    consultation,
    versions: [
      { number: 1, label: 'zero draft', adoptedMeeting: null, adoptedDate: null },
      { number: 2, label: 'Rev.1', adoptedMeeting: null, adoptedDate: null },
    ],
    language: 'ar',
    revisions: [
      {
        revision: 1,
        label: 'Rev.1',
        symbol: 'A/80/L.1/Rev.1',
        date: '2025-11-07',
        versionNumber: 2,
        changes: 3,
        reflected: 2,
        rebased: 1,
        overtaken: 1,
      },
    ],
    ...(withForm
      ? {
          form: { key: 'k'.repeat(32), source: 'النص', label: '', symbol: '', date: '2025-12-03', meeting: '' },
          preview: {
            changes: derivedAmendmentPreviews(working, derived.changes),
            unexpressed: [],
            refused: false,
            rebased: ['amendment-kept'],
            overtaken: [],
            diff: diffDocuments(working, derived.text),
          },
        }
      : {}),
  };
}

describe('the revisions page', () => {
  it('lists the revisions and, for the chair, the form with the preview of the changes, in Arabic', () => {
    const page = revisionsPage(contextOf('ar'), data(true));
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('تنقيحات A/80/L.1');
    expect(page).toContain('A/80/L.1/Rev.1');
    expect(page).toContain(`href="/web/documents/${document.id}?version=2"`);
    expect(page).toContain('عدد التغييرات على النص الجاري: 1');
    expect(page).toContain('(المنقّح)');
    expect(page).toContain('<dt>التعديلات المنقولة إليه</dt><dd><code>amendment-kept</code></dd>');
    expect(page).toContain('<input type="hidden" name="_csrf" value="csrf-token-of-the-session">');
    expect(page).toContain('name="intent" value="issue"');
    expect(page).toContain('<textarea id="source" name="source" rows="24" required aria-describedby="source-hint" lang="ar" dir="rtl">');
  });

  it('shows the list without the form to others, in English', () => {
    const page = revisionsPage(contextOf('en', 'egypt', 'stakeholder'), data(false));
    expect(page).toContain('Revisions of A/80/L.1');
    expect(page).toContain('Rev.1');
    expect(page).not.toContain('name="intent"');
    expect(page).not.toContain('<textarea id="source"');
    expect(locateProvision(resolution1334(), resolution1334().operative[0].provisions[0].id)).toBeDefined();
  });
});
