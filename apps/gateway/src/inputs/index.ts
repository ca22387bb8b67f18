export * from './input.view';
export * from './input-queries';
export * from './inputs.controller';
