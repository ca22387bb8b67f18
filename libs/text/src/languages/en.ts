import type { LanguageProfile } from './profile';

const latin = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** English, as in ITU resolutions and UN General Assembly resolutions. */
export const english: LanguageProfile = {
  code: 'en',
  script: /[A-Za-z]/u,
  markers: ['the', 'of', 'and', 'to', 'in'],
  letters: latin,
  spacedLetters: [],
  subItems: { preamble: 'roman', operative: 'quoted-number' },
  ungaOperativeFormat: '{n}.',
  clauseEnds: ['.', ';', ',', ':'],
  commas: [','],
  preambleOpeners: [
    'recalling', 'reaffirming', 'recognizing', 'recognising', 'considering', 'noting', 'bearing', 'taking',
    'having', 'appreciating', 'acknowledging', 'aware', 'conscious', 'convinced', 'mindful', 'concerned',
    'emphasizing', 'emphasising', 'stressing', 'welcoming', 'observing', 'expressing', 'highlighting',
    'underlining', 'affirming', 'reiterating', 'encouraged', 'alarmed', 'determined', 'guided', 'believing',
    'deeply', 'seeking', 'keeping',
  ],
  operativeOpeners: [
    'resolves', 'instructs', 'encourages', 'invites', 'requests', 'urges', 'calls', 'decides', 'approves',
    'endorses', 'adopts', 'recommends', 'authorizes', 'authorises', 'charges', 'supports', 'asks', 'entrusts',
  ],
  headingModifiers: ['further', 'also'],
  prefixConjunctions: [],
  spacedWords: true,
  headings: {
    preamble: [
      'recalling', 'recalling further', 'bearing in mind', 'noting with satisfaction', 'appreciating',
      'recognizing', 'recognizing further', 'taking into account', 'noting', 'noting further', 'considering',
    ],
    operative: [
      'resolves', 'resolves to instruct the Secretary-General', 'instructs', 'instructs the Secretary-General',
      'encourages Member States to', 'invites', 'invites Member States', 'requests', 'requests the Secretary-General',
    ],
  },
  titleOpeners: ['resolution', 'draft', 'decision', 'recommendation'],
  keywords: {
    symbol: ['Document'],
    unitedNations: ['United Nations'],
    original: ['Original'],
    date: ['Date'],
    agendaItem: ['Agenda item'],
    purpose: ['Purpose'],
    summary: ['Summary'],
    actionRequested: ['Action required', 'Action requested'],
    expectedResults: ['Expected results'],
    references: ['References'],
    priorityArea: ['Priority area'],
    contributionFrom: ['Contribution from', 'Contribution by'],
    reportFrom: ['Report by', 'Report from', 'Report of'],
    adoption: ['adopted'],
    meeting: ['plenary meeting'],
  },
  languageNames: {
    ar: ['Arabic'], en: ['English'], fr: ['French'], es: ['Spanish'], ru: ['Russian'], zh: ['Chinese'],
  },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  adoptedAtMeeting: 'adopted at the {meeting}',
};
