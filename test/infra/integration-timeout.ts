// Integration tests start real services (PostgreSQL, Kafka, the services as processes).
// Jest reads `testTimeout` from the top of the configuration only, not per project.
jest.setTimeout(180_000);
