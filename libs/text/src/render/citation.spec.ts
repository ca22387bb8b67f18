import { englishResolution, provision, resolution30, section } from '../amend/testing/resolutions';
import { ResolutionDocument } from '../model';
import { citeProvision } from './citation';

function ungaResolution(language: 'en' | 'ar'): ResolutionDocument {
  const en = language === 'en';
  return {
    language,
    style: 'unga',
    title: en
      ? 'Information and communications technologies for sustainable development'
      : 'تكنولوجيا المعلومات والاتصالات لأغراض التنمية المستدامة',
    body: en ? 'The General Assembly,' : 'إن الجمعية العامة،',
    preamble: [
      section('pre', '', [
        provision(
          'pre-1',
          en
            ? 'Recalling its resolutions 57/295 of 20 December 2002 and 70/125,'
            : 'إذ تشير إلى قراراتها 57/295 المؤرخ 20 كانون الأول/ديسمبر 2002 و 70/125،',
        ),
        provision('pre-2', en ? 'Recognizing the potential of technology,' : 'وإذ تدرك إمكانات التكنولوجيا،'),
      ]),
    ],
    operative: [
      section('op', '', [
        provision('op-1', en ? 'Takes note of the report;' : 'تحيط علما بالتقرير؛'),
        provision('op-2', en ? 'Calls upon all stakeholders:' : 'تهيب بجميع أصحاب المصلحة:', [
          provision('op-2-a', en ? 'to cooperate;' : 'أن يتعاونوا؛'),
          provision('op-2-b', en ? 'to report;' : 'أن يقدموا تقارير؛'),
        ]),
      ]),
    ],
    metadata: {},
  };
}

describe('citeProvision', () => {
  it('cites an ITU operative provision by its heading and number, in English', () => {
    expect(citeProvision(englishResolution(), 'o-3')).toBe('resolves to instruct the Secretary-General, 3');
  });

  it('cites an ITU preambular item by its heading and letter', () => {
    expect(citeProvision(englishResolution(), 'r-b')).toBe('recalling, b)');
  });

  it('cites an ITU sub-item under its paragraph number', () => {
    expect(citeProvision(englishResolution(), 'o-2-ii')).toBe("resolves to instruct the Secretary-General, 2 '2'");
  });

  it('cites an Arabic ITU provision with the Arabic comma and labels as printed', () => {
    const doc = resolution30();
    expect(citeProvision(doc, 'resolves-statistics')).toBe('يقرر دعوة قطاع تنمية الاتصالات للاتحاد إلى، 3');
    expect(citeProvision(doc, 'recalling-res71')).toMatch(/^إذ يذكّر، ب ?\)$/u);
    expect(citeProvision(doc, 'financing-sdg')).toMatch(/^يقرر دعوة قطاع تنمية الاتصالات للاتحاد إلى، 2 /u);
  });

  it('cites the lone provision of an ITU section by its heading alone', () => {
    expect(citeProvision(resolution30(), 'requests-pp')).toBe('يطلب من الأمين العام');
  });

  it('cites a section by its heading', () => {
    expect(citeProvision(englishResolution(), 'instructs')).toBe('resolves to instruct the Secretary-General');
  });

  it('cites a UNGA preambular paragraph by its opening words, quoted in the language', () => {
    expect(citeProvision(ungaResolution('en'), 'pre-1')).toBe('“Recalling its resolutions 57/295 of 20…”');
    expect(citeProvision(ungaResolution('en'), 'pre-2')).toBe('“Recognizing the potential of technology,”');
    expect(citeProvision(ungaResolution('ar'), 'pre-2')).toBe('«وإذ تدرك إمكانات التكنولوجيا،»');
  });

  it('cites a UNGA operative paragraph and its sub-items as a paragraph, by number and letter', () => {
    expect(citeProvision(ungaResolution('en'), 'op-2')).toBe('paragraph 2');
    expect(citeProvision(ungaResolution('en'), 'op-2-b')).toBe('paragraph 2 (b)');
    expect(citeProvision(ungaResolution('ar'), 'op-1')).toBe('الفقرة 1');
    expect(citeProvision(ungaResolution('ar'), 'op-2-a')).toMatch(/^الفقرة 2 \(أ ?\)$/u);
  });

  it('cites the sub-items of a lone paragraph under the heading, labels as printed', () => {
    const doc = englishResolution();
    const nested: ResolutionDocument = {
      ...doc,
      operative: [
        section('instructs', 'resolves to instruct the Secretary-General', [
          provision('o-1', 'to act:', [
            provision('o-1-a', 'in the regions:', [provision('o-1-a-1', 'with the offices;'), provision('o-1-a-2', 'with members;')]),
          ]),
        ]),
        section('invites', 'invites Member States', [provision('i-1', 'to take part;'), provision('i-2', 'to contribute;')]),
      ],
    };
    expect(citeProvision(nested, 'o-1-a-2')).toBe("resolves to instruct the Secretary-General, '1' '2'");
    expect(citeProvision(nested, 'i-2')).toBe('invites Member States, 2');
  });

  it('answers undefined for a provision the document does not hold', () => {
    expect(citeProvision(englishResolution(), 'o-9')).toBeUndefined();
  });
});
