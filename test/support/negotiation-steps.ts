/** An answer of the gateway, as `HttpClient` gives it. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: any;
  readonly text: string;
}

/**
 * Ordered steps of one scenario: each builds on the ones before, so once a step fails the
 * later ones say which step they depend on instead of failing for a reason of their own.
 */
export function scenarioSteps(): (name: string, body: () => Promise<void>, timeoutMs?: number) => void {
  let failed: string | undefined;
  return (name, body, timeoutMs) =>
    it(
      name,
      async () => {
        if (failed) throw new Error(`not run: the earlier step "${failed}" failed`);
        try {
          await body();
        } catch (error) {
          failed = name;
          throw error;
        }
      },
      timeoutMs,
    );
}

/** The answer of a command that must be recorded (201, or 200 for a phase change); otherwise fails naming the step and the problem. */
export function recorded(step: string, answer: Answer, status = 201): any {
  if (answer.status !== status) {
    throw new Error(`${step}: expected ${status}, got ${answer.status}: ${answer.text}`);
  }
  return answer.json;
}

/** A refusal as RFC 9457 problem details: the status, and a `type` ending in the refusal code. */
export function expectRefused(step: string, answer: Answer, status: number, code: string): void {
  if (answer.status !== status || !String(answer.json?.type ?? '').endsWith(`/${code}`)) {
    throw new Error(`${step}: expected ${status} ${code}, got ${answer.status}: ${answer.text}`);
  }
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}
