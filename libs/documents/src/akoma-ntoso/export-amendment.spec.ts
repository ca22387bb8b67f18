import { AmendmentOperation, locateProvision } from '#libs/text';
import { exportAmendmentAkomaNtoso } from './export-amendment';
import { amendmentSamples, negotiationContext } from './testing/sample-files';
import { importedSeed } from './testing/seeds';

const res1334 = importedSeed('itu-council-res1334-mod2023.ar.txt');
const samples = new Map(amendmentSamples(res1334).map(({ name, operation }) => [name, operation]));
const egypt = { id: 'state-eg', name: 'Egypt', kind: 'organization' as const };

function fileOf(operation: AmendmentOperation, explanation?: string): string {
  return exportAmendmentAkomaNtoso(
    {
      id: 'amendment-1',
      operation,
      proposers: [egypt],
      status: 'pending',
      proposedAt: '2026-04-01T12:00:00Z',
      ...(explanation ? { explanation } : {}),
    },
    res1334,
    negotiationContext,
  );
}

/** The inline content of the amendment's mod, as written. */
function modOf(xml: string): string {
  const match = /<mod eId="mod_1">([\s\S]*?)<\/mod>/u.exec(xml);
  if (!match) throw new Error('no mod in the file');
  return match[1].replace(/<ref href="[^"]*">/gu, '<ref>');
}

describe('exportAmendmentAkomaNtoso', () => {
  it('marks a MOD word by word, citing the provision by its printed label', () => {
    const text = locateProvision(res1334, 'op-1-1')!.provision.text;
    expect(modOf(fileOf(samples.get('modify-words')!))).toBe(
      `MOD <ref>1</ref>: <quotedText eId="mod_1__qtext_1">${text.replace('الممكنة', '<del>الممكنة</del><ins>المناسبة</ins>')}</quotedText>`,
    );
  });

  it("places an ADD in the words of the text's language, and strikes the whole of a SUP", () => {
    expect(modOf(fileOf(samples.get('add')!))).toBe(
      'ADD بعد <ref>1</ref>: <quotedText eId="mod_1__qtext_1"><ins>بتقديم تقرير سنوي إلى المجلس؛</ins></quotedText>',
    );
    const recital = locateProvision(res1334, 'pre-2-2')!.provision.text;
    expect(modOf(fileOf(samples.get('suppress')!))).toBe(
      `SUP <ref>ب)</ref>: <quotedText eId="mod_1__qtext_1"><del>${recital}</del></quotedText>`,
    );
  });

  it('offers alternatives as spans, the second an alternative to the first', () => {
    expect(modOf(fileOf(samples.get('offer-alternatives')!))).toContain(
      '<del>الممكنة</del><ins><span eId="mod_1__alt_1">[المناسبة]</span> <span eId="mod_1__alt_2" alternativeTo="mod_1__alt_1">[اللازمة]</span></ins>',
    );
  });

  it('names a section by its heading, never by its id', () => {
    expect(modOf(fileOf(samples.get('change-heading')!))).toMatch(/^MOD <ref>يشجع الدول الأعضاء على<\/ref>: <quotedText/u);
    expect(modOf(fileOf(samples.get('add-section')!))).toBe(
      'ADD العنوان بعد <ref>وإذ يذكّر أيضاً</ref>: <quotedText eId="mod_1__qtext_1"><ins>وإذ يلاحظ</ins></quotedText>',
    );
  });

  it('keeps the explanation as the justification, one paragraph a line, and names the proposer', () => {
    const xml = fileOf(samples.get('suppress')!, 'لا حاجة إليه.\nتكرار.');
    expect(xml).toMatch(/<amendmentJustification>\s*<p>لا حاجة إليه\.<\/p>\s*<p>تكرار\.<\/p>\s*<\/amendmentJustification>/u);
    expect(xml).toContain('<docProponent refersTo="#state-eg">Egypt</docProponent>');
    expect(fileOf(samples.get('suppress')!)).not.toContain('amendmentJustification');
  });
});
