export * from './figures';
export * from './words';
export * from './contention-level';
export * from './contention-map';
export * from './participation-chart';
export * from './progress-chart';
export { escapeXml } from './svg';
