export * from './language-edition';
