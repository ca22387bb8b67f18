import { GetCompilationHandler } from './get-compilation';

export * from './compilation.view';
export * from './compilation.html';
export * from './get-compilation';
export * from './representation';
export * from './compilation.controller';

/** The query handler of the compilation of proposals, for the gateway module's providers. */
export const COMPILATION_QUERY_HANDLERS = [GetCompilationHandler];
export * from './compilation-page';
