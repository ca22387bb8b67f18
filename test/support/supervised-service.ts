import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceProcess } from './service-process';

type ServiceName = 'gateway' | 'ledger' | 'projector';

/**
 * One service kept running the way a container runtime with `restart: always` keeps it: when
 * the process ends on its own (a crash), it is started again after a second. The test may also
 * SIGKILL it on purpose and start it again, with a fault injected or without.
 */
export class SupervisedService {
  private current?: ServiceProcess;
  private stopping = false;
  /** Times the process ended without being asked to, and was started again. */
  crashRestarts = 0;

  constructor(
    readonly name: ServiceName,
    private readonly env: () => Record<string, string>,
  ) {}

  get process(): ServiceProcess {
    if (!this.current) throw new Error(`${this.name} is not running`);
    return this.current;
  }

  /** The last lines the running process logged, for a failure message. */
  tail(): string {
    return this.current ? this.current.tail(15) : '(not running)';
  }

  async start(extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
    this.stopping = false;
    const started = ServiceProcess.start(this.name, { ...this.env(), ...extraEnv });
    try {
      await started.waitForLog(/^listening$/, 90_000);
    } catch (error) {
      await started.kill();
      throw error;
    }
    this.current = started;
    void started.exited.then(() => this.restartAfterCrash(started));
    return started;
  }

  /** SIGKILL now, then start again (with `extraEnv` for the new process). */
  async killAndRestart(extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
    await this.kill();
    return this.start(extraEnv);
  }

  async kill(): Promise<void> {
    const victim = this.current;
    this.current = undefined;
    await victim?.kill();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const running = this.current;
    this.current = undefined;
    await running?.stop();
  }

  private async restartAfterCrash(ended: ServiceProcess): Promise<void> {
    if (this.stopping || this.current !== ended) return; // stopped or killed on purpose
    this.current = undefined;
    this.crashRestarts++;
    await sleep(1000);
    for (let attempt = 0; !this.stopping && !this.current; attempt++) {
      try {
        await this.start();
      } catch {
        await sleep(Math.min(1000 * 2 ** attempt, 5000)); // its dependencies may still be down
      }
    }
  }
}
