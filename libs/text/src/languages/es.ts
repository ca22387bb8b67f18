import type { LanguageProfile } from './profile';

/** Spanish, as in ITU resolutions ("recordando", "resuelve") and UNGA resolutions. */
export const spanish: LanguageProfile = {
  code: 'es',
  script: /[A-Za-zÁÉÍÑÓÚÜáéíñóúü]/u,
  markers: ['el', 'los', 'las', 'del', 'y', 'de'],
  letters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  spacedLetters: [],
  subItems: { preamble: 'roman', operative: 'quoted-number' },
  ungaOperativeFormat: '{n}.',
  clauseEnds: ['.', ';', ',', ':'],
  commas: [','],
  preambleOpeners: [
    'recordando', 'reafirmando', 'reconociendo', 'considerando', 'observando', 'teniendo', 'tomando',
    'consciente', 'convencida', 'convencido', 'preocupada', 'preocupado', 'destacando', 'acogiendo',
    'subrayando', 'expresando', 'apreciando', 'habida', 'haciendo',
  ],
  operativeOpeners: [
    'resuelve', 'encarga', 'invita', 'alienta', 'pide', 'solicita', 'insta', 'exhorta', 'decide', 'recomienda',
    'aprueba', 'apoya', 'autoriza',
  ],
  headingModifiers: ['además', 'asimismo', 'también'],
  prefixConjunctions: [],
  spacedWords: true,
  headings: {
    preamble: ['recordando', 'recordando además', 'teniendo presente', 'observando con satisfacción', 'apreciando', 'reconociendo', 'teniendo en cuenta', 'observando', 'considerando'],
    operative: ['resuelve', 'resuelve encargar al Secretario General', 'encarga', 'alienta a los Estados Miembros a', 'invita', 'pide', 'pide al Secretario General'],
  },
  titleOpeners: ['resolución', 'proyecto', 'decisión', 'recomendación'],
  enactingOpeners: [],
  keywords: {
    symbol: ['Documento'],
    original: ['Original'],
    date: ['Fecha'],
    agendaItem: ['Punto del orden del día'],
    purpose: ['Objeto', 'Propósito'],
    summary: ['Resumen'],
    actionRequested: ['Acción solicitada', 'Acción requerida'],
    expectedResults: ['Resultados previstos'],
    references: ['Referencias'],
    priorityArea: ['Esfera prioritaria'],
    contributionFrom: ['Contribución de', 'Contribución presentada por'],
    reportFrom: ['Informe del', 'Informe de'],
    adoption: ['adoptada', 'aprobada'],
  },
  languageNames: { ar: ['árabe'], en: ['inglés'], fr: ['francés'], es: ['español'], ru: ['ruso'], zh: ['chino'] },
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
