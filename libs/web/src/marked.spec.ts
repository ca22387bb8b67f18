import { applyAmendment, diffDocuments, locateProvision } from '#libs/text';
import { translator } from './i18n/translate';
import { markedDocument, markedWords } from './marked';
import { resolution1334 } from './testing/documents';

describe('marked text in the interface', () => {
  const before = resolution1334();
  const old = locateProvision(before, 'op-1-1')!.provision.text;
  const applied = applyAmendment(before, {
    kind: 'modify',
    provisionId: 'op-1-1',
    oldText: old,
    newText: old.replace('الممكنة', 'المناسبة'),
  });
  if (!applied.ok) throw new Error(applied.refusal.message);
  const diff = diffDocuments(before, applied.value);

  it("keeps the document's language and direction, whatever the interface's", () => {
    const markup = markedDocument(diff, 'en', translator('en')).markup;
    expect(markup).toMatch(/^<article class="marked-text" lang="ar" dir="rtl">/);
    expect(markup).toContain('<del><span class="visually-hidden" lang="en">deleted: </span>الممكنة</del>');
    expect(markup).toContain('<ins><span class="visually-hidden" lang="en">inserted: </span>المناسبة</ins>');
  });

  it('says "inserted" and "deleted" to screen readers in the interface language', () => {
    const markup = markedDocument(diff, 'ar', translator('ar')).markup;
    expect(markup).toContain('<del><span class="visually-hidden" lang="ar">حذف: </span>الممكنة</del>');
    expect(markup).toContain('<ins><span class="visually-hidden" lang="ar">إضافة: </span>المناسبة</ins>');
    expect(markup).not.toContain('inserted: ');
  });

  it('marks words of a preview the same way, escaping them', () => {
    const markup = markedWords(
      [
        { kind: 'equal', text: 'a ' },
        { kind: 'delete', text: '<b>' },
        { kind: 'insert', text: 'c&d' },
      ],
      'en',
      translator('en'),
    ).markup;
    expect(markup).toBe(
      'a <del><span class="visually-hidden" lang="en">deleted: </span>&lt;b&gt;</del><ins><span class="visually-hidden" lang="en">inserted: </span>c&amp;d</ins>',
    );
  });
});
