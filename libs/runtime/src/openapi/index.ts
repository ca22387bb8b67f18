export * from './problem-types';
export * from './problem.schema';
export * from './api-problem-responses';
export * from './openapi-document';
