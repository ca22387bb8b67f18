import { logLevel } from 'kafkajs';
import { isKafkaError } from './kafka-transport';

describe("kafkajs's log, as the services report it", () => {
  it('reports as errors what fails past retries: a consumer or producer that gives up', () => {
    expect(isKafkaError('Consumer', logLevel.ERROR)).toBe(true);
    expect(isKafkaError('Producer', logLevel.ERROR)).toBe(true);
  });

  it("reports a broker's error answers on a connection as warnings: kafkajs retries them, and what still fails is reported where it is awaited", () => {
    expect(isKafkaError('Connection', logLevel.ERROR)).toBe(false);
  });

  it('reports warnings as warnings', () => {
    expect(isKafkaError('Consumer', logLevel.WARN)).toBe(false);
  });
});
