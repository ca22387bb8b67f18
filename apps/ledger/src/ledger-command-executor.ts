import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command } from '@nestjs/cqrs';
import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand, COMMAND_ROLES, CommandKind, roleRefusal } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Metrics } from '#libs/runtime';
import { Attempt, execute } from './handlers/command-execution';
import { onCoSubmission, onContribution } from './handlers/contribution-handler';
import { onDocument } from './handlers/document-handler';
import { onConsultation, registerStakeholder } from './handlers/registry-handlers';
import { TurnsByStream, contendedStream } from './handlers/turns-by-stream';

/** The CQRS command that carries a ledger command envelope to the write side. */
export class ExecuteLedgerCommand extends Command<CommandOutcome> {
  constructor(readonly envelope: AnyLedgerCommand) {
    super();
  }
}

/** Routes each ledger command to the function that reads, decides and writes for it. */
@CommandHandler(ExecuteLedgerCommand)
export class ExecuteLedgerCommandHandler implements ICommandHandler<ExecuteLedgerCommand, CommandOutcome> {
  private readonly turns = new TurnsByStream();

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {}

  async execute({ envelope }: ExecuteLedgerCommand): Promise<CommandOutcome> {
    const kind = commandKindOf(envelope);
    try {
      const outcome = await this.decideAndAppend(envelope, kind);
      this.metrics?.recordCommand(kind ?? 'unknown', outcome);
      return outcome;
    } catch (error) {
      this.metrics?.recordCommandError(kind ?? 'unknown');
      throw error;
    }
  }

  private decideAndAppend(envelope: AnyLedgerCommand, kind: CommandKind | undefined): Promise<CommandOutcome> {
    // Roles first, whoever sent the command: the gateway checks them too, but the write side
    // trusts no edge to have done so (an auditor's token issues nothing, here as there).
    const refused = kind === undefined ? 'not a command this ledger knows' : roleRefusal(envelope.actor, kind);
    if (refused) return Promise.resolve({ ok: false, refusal: { code: 'not-allowed', message: refused } });
    return this.turns.run(contendedStream(envelope), () => execute(this.store, envelope, () => this.attempt(envelope)));
  }

  private attempt(envelope: AnyLedgerCommand): Promise<Attempt> {
    switch (envelope.type) {
      case 'RegisterStakeholder':
        return registerStakeholder(this.store, envelope);
      case 'RegisterConsultation':
      case 'ChangePhase':
      case 'AdmitParticipant':
        return onConsultation(this.store, envelope);
      case 'Document':
        return onDocument(this.store, envelope);
      case 'SubmitContribution':
      case 'ReviseContribution':
      case 'WithdrawContribution':
        return onContribution(this.store, envelope);
      case 'ConfirmCoSubmission':
      case 'DeclineCoSubmission':
        return onCoSubmission(this.store, envelope);
    }
  }
}

/** The command a ledger envelope carries, as the permissions name it. */
function commandKindOf(envelope: AnyLedgerCommand): CommandKind | undefined {
  const kind: unknown = envelope.type === 'Document' ? envelope.payload?.command?.kind : envelope.type;
  return typeof kind === 'string' && Object.hasOwn(COMMAND_ROLES, kind) ? (kind as CommandKind) : undefined;
}

/** The write side's single entry: the same for the in-process gateway and the internal HTTP endpoint. */
@Injectable()
export class LedgerCommandExecutor {
  constructor(@Inject(CommandBus) private readonly commandBus: CommandBus) {}

  execute(envelope: AnyLedgerCommand): Promise<CommandOutcome> {
    return this.commandBus.execute(new ExecuteLedgerCommand(envelope));
  }
}
