export * from './progress-meter';
export * from './tracked-lines';
