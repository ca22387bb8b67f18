import { applyAmendment, diffDocuments, renderCleanText } from '#libs/text';
import { renderRefusal } from '#libs/contracts';
import { previewOperation } from '../previews';
import { derivedAmendmentPreviews } from '../derived-amendments';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel } from '../models';
import { resolution1334 } from '../testing/documents';
import { PageContext } from './context';
import { EditedTextForm, editedTextPage } from './derived-proposal';

const ctx = (locale: 'ar' | 'en'): PageContext => ({
  locale,
  t: translator(locale),
  csrf: 'csrf-token-of-the-session',
  url: '/web/x',
  viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] } as never,
});
const consultation = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Review',
  originalLanguage: 'en',
  phase: 'open-for-contributions',
} as ConsultationModel;
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'القرار 1334',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'Modified 2023',
};
const version = resolution1334();
const form: EditedTextForm = {
  key: 'key-of-the-form-0001',
  source: renderCleanText(version),
  symbol: '',
  date: '2026-03-01',
  title: '',
  purpose: '',
  submitter: 'egypt',
  reasons: {},
};
const header = {
  document,
  consultation,
  versions: [],
  language: 'ar',
  versionLabel: 'Modified 2023',
  actingFor: [{ id: 'egypt', name: 'Egypt', category: '', region: '', memberIds: [] }],
};

describe('the page where a delegate proposes by editing the whole text', () => {
  it('gives each amendment a field for its reasons, in the document language, filled with the reasons given so far', () => {
    const op = { kind: 'suppress' as const, provisionId: 'op-1-6' };
    const page = editedTextPage(ctx('ar'), {
      ...header,
      form: { ...form, reasons: { 'key-of-the-suppression': 'لم تعد الفقرة لازمة.' } },
      derived: {
        amendments: derivedAmendmentPreviews(version, [op]),
        reasonKeys: ['key-of-the-suppression'],
        warnings: [],
        importWarnings: [],
        diff: diffDocuments(version, version),
      },
    });
    expect(page).toContain('<input type="hidden" name="reasonFor" value="key-of-the-suppression" />');
    expect(page).toMatch(
      /<label for="reason-1">الأسباب \(اختياري\)<\/label>\s*<textarea id="reason-1" name="reason" rows="2" lang="ar" dir="rtl">لم تعد الفقرة لازمة.<\/textarea>/u,
    );
  });

  it('holds the text, escaped, in a text area in the document language and direction, in a form that carries the form token', () => {
    const hostile = `${form.source}\n</textarea><script>alert(1)</script>`;
    const page = editedTextPage(ctx('en'), { ...header, form: { ...form, source: hostile } });
    expect(page).toMatch(
      /<textarea id="source" name="source" rows="30" required aria-describedby="source-hint" lang="ar" dir="rtl">الأصل/u,
    );
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(page).toContain(
      '<input type="hidden" name="_csrf" value="csrf-token-of-the-session"><input type="hidden" name="key" value="key-of-the-form-0001">',
    );
  });

  it('lists the amendments by printed labels and says the warnings in the interface language', () => {
    const op = { kind: 'suppress' as const, provisionId: 'op-1-6' };
    const page = editedTextPage(ctx('ar'), {
      ...header,
      form,
      derived: {
        amendments: derivedAmendmentPreviews(version, [op]),
        reasonKeys: ['key-of-the-suppression'],
        warnings: [{ code: 'body-changed', message: 'the enacting formula changed' }],
        importWarnings: [],
        diff: diffDocuments(version, version),
      },
    });
    expect(page).toContain('التعديلات التي يقترحها نصك (1)');
    expect(page).toMatch(/<span class="tag" lang="en">SUP<\/span> <span lang="ar" dir="rtl"><span class="label">6<\/span>/u);
    const listed = page.slice(page.indexOf('id="amendments-heading"'), page.indexOf('</section>', page.indexOf('id="amendments-heading"')));
    expect(listed).toContain('SUP');
    expect(listed).not.toContain('op-1-6');
    expect(page).toContain(translator('ar')('derivedWarning.body-changed'));
  });

  it('says why an amendment is left out in the interface language: the engine refusal from its key, the fields a contribution refuses', () => {
    const gone = { kind: 'suppress' as const, provisionId: 'op-9-9' };
    const applied = applyAmendment(version, gone);
    if (applied.ok) throw new Error('a provision not in the text was suppressed');
    const refusal = { key: applied.refusal.key, params: applied.refusal.params };
    const derived = (reason: never) => ({
      amendments: [],
      reasonKeys: [],
      warnings: [
        {
          code: 'not-submittable',
          message: 'the suppress amendment cannot be submitted: in English',
          leftOut: previewOperation(version, gone),
          reason,
        },
      ],
      importWarnings: [],
      diff: diffDocuments(version, version),
    });
    for (const locale of ['ar', 'en'] as const) {
      const page = editedTextPage(ctx(locale), { ...header, form, derived: derived({ kind: 'doesNotApply', refusal } as never) });
      const why = renderRefusal(refusal.key, refusal.params, locale)!;
      expect(page).toContain(translator(locale)('derivedWarning.not-submittable'));
      expect(page).toContain(translator(locale)('derivedWarning.leftOut.doesNotApplyBecause', { why }));
      expect(page).not.toContain('in English');
    }
    const refused = editedTextPage(ctx('ar'), {
      ...header,
      form,
      derived: derived({ kind: 'refused', fields: ['operation.text', 'operation.footnotes'] } as never),
    });
    expect(refused).toContain(
      `${translator('ar')('derivedWarning.leftOut.refused')} <code>operation.text</code>, <code>operation.footnotes</code>`,
    );
  });
});
