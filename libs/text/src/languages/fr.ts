import type { LanguageProfile } from './profile';

/** French, as in ITU resolutions ("rappelant", "décide") and UNGA resolutions. */
export const french: LanguageProfile = {
  code: 'fr',
  script: /[A-Za-zÀ-ÿ]/u,
  markers: ['le', 'la', 'les', 'des', 'et', 'du'],
  letters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  spacedLetters: [],
  subItems: { preamble: 'roman', operative: 'quoted-number' },
  ungaOperativeFormat: '{n}.',
  clauseEnds: ['.', ';', ',', ':'],
  commas: [','],
  preambleOpeners: [
    'rappelant', 'réaffirmant', 'reconnaissant', 'considérant', 'notant', 'tenant', 'ayant', 'conscient',
    'consciente', 'convaincu', 'convaincue', 'préoccupé', 'préoccupée', 'soulignant', 'constatant', 'prenant',
    'se', 'appréciant', 'sachant', 'estimant', 'insistant', 'accueillant', 'exprimant', 'gardant', 'vu',
  ],
  operativeOpeners: [
    'décide', 'charge', 'invite', 'encourage', 'demande', 'prie', 'recommande', 'exhorte', 'approuve',
    'engage', 'appuie', 'autorise', 'souscrit',
  ],
  headingModifiers: ['en', 'outre', 'également', 'aussi'],
  prefixConjunctions: [],
  spacedWords: true,
  headings: {
    preamble: ['rappelant', 'rappelant en outre', 'ayant à l\'esprit', 'notant avec satisfaction', 'appréciant', 'reconnaissant', 'tenant compte', 'notant', 'considérant'],
    operative: ['décide', 'décide de charger le Secrétaire général', 'charge', 'encourage les États Membres à', 'invite', 'prie', 'demande au Secrétaire général'],
  },
  titleOpeners: ['résolution', 'projet', 'décision', 'recommandation'],
  enactingOpeners: [],
  keywords: {
    symbol: ['Document'],
    original: ['Original'],
    date: ['Date'],
    agendaItem: ['Point de l\'ordre du jour'],
    purpose: ['Objet'],
    summary: ['Résumé'],
    actionRequested: ['Suite à donner'],
    expectedResults: ['Résultats attendus'],
    references: ['Références'],
    priorityArea: ['Domaine prioritaire'],
    contributionFrom: ['Contribution de', 'Contribution soumise par'],
    reportFrom: ['Rapport du', 'Rapport de'],
    adoption: ['adoptée'],
  },
  languageNames: { ar: ['arabe'], en: ['anglais'], fr: ['français'], es: ['espagnol'], ru: ['russe'], zh: ['chinois'] },
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
