import { alignLanguageVersion, importResolution } from '#libs/text';
import { alignmentFindingViews } from './alignment-findings';

const ORIGINAL = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council on the implementation of this resolution.
`).document;

/** The French text without its second recital. */
const FRENCH_WITHOUT_B = importResolution(
  `RÉSOLUTION 1334 (MODIFIÉE EN 2023)
Rôle de l'UIT dans l'examen d'ensemble de la mise en œuvre des résultats du SMSI
Le Conseil de l'UIT,
rappelant
a)	la Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires;
charge le Secrétaire général
1	de prendre toutes les mesures possibles pour encourager la pleine participation de toutes les organisations des Nations Unies;
2	de faire rapport chaque année au Conseil sur la mise en œuvre de la présente résolution.
`,
  { style: ORIGINAL.style },
).document;

describe('what the aligner found, as a person reads it', () => {
  const report = alignLanguageVersion(ORIGINAL, FRENCH_WITHOUT_B);
  const recitalB = ORIGINAL.preamble[0].provisions[1].id;

  it('cites a provision the version lacks as the original prints it, in English', () => {
    const [missing] = alignmentFindingViews(report.findings, ORIGINAL, 'fr', 'en');
    expect(missing).toEqual({
      kind: 'missing',
      provisionId: recitalB,
      citation: 'b) of recalling',
      message: 'b) of recalling of the original has no counterpart in the French text.',
    });
  });

  it('says the same in Arabic, naming the language in Arabic, never by an id', () => {
    const [missing] = alignmentFindingViews(report.findings, ORIGINAL, 'fr', 'ar');
    expect(missing.message).toBe('لا يقابل b) of recalling من الأصل شيءٌ في النص باللغة الفرنسية.');
    expect(missing.message).not.toContain(recitalB);
  });

  it('cites what the version has over the original as the version prints it, with its first words', () => {
    const extra = alignmentFindingViews(
      [{ kind: 'extra', translated: { heading: 'rappelant', label: 'c)', opening: 'la Résolution 200 (Busan, 2014)' } }],
      ORIGINAL,
      'fr',
      'en',
    );
    expect(extra).toEqual([
      {
        kind: 'extra',
        translated: 'c) “la Résolution 200 (Busan, 2014)”',
        message: 'The French text has c) “la Résolution 200 (Busan, 2014)” under “rappelant”, which the original does not have.',
      },
    ]);
  });

  it('names the reasons a pair is doubtful, for the secretariat to accept it', () => {
    const [doubtful] = alignmentFindingViews(
      [
        {
          kind: 'doubtful',
          provisionId: recitalB,
          original: { heading: 'recalling', label: 'b)', opening: 'Resolution 140' },
          translated: { heading: 'rappelant', label: 'b)', opening: 'la Résolution 104' },
          reasons: ['numbers', 'length'],
        },
      ],
      ORIGINAL,
      'fr',
      'en',
    );
    expect(doubtful).toMatchObject({ provisionId: recitalB, reasons: ['numbers', 'length'] });
    expect(doubtful.message).toBe(
      'b) of recalling of the original was paired with b) “la Résolution 104” of the French text, but they differ in the numbers and the length: look at them and accept the pair if it is right.',
    );
  });
});
