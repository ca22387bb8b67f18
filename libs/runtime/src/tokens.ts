/** Injection tokens shared by the services. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const DATABASE_URL = Symbol('DATABASE_URL');
export const KAFKA = Symbol('KAFKA');
