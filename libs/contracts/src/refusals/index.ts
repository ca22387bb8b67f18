export * from './render';
export * from './catalogue';
