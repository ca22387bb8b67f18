import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command } from '@nestjs/cqrs';
import { CommandEnvelope, CommandOutcome } from '#libs/contracts';
import { LedgerCommand, isCommandKind, roleRefusal } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Metrics } from '#libs/runtime';
import { decideOnStream } from './handlers/aggregate-handler';
import { Attempt, execute, ledgerRefusal } from './handlers/command-execution';
import { consultationHandler } from './handlers/consultation-handler';
import { contributionHandler } from './handlers/contribution-handler';
import { documentHandler } from './handlers/document-handler';
import { inputHandler } from './handlers/input-handler';
import { stakeholderHandler } from './handlers/stakeholder-handler';
import { TurnsByStream, contendedStream } from './handlers/turns-by-stream';

/** The CQRS command that carries a ledger command and its metadata to the write side. */
export class ExecuteLedgerCommand extends Command<CommandOutcome> {
  constructor(readonly envelope: CommandEnvelope<LedgerCommand>) {
    super();
  }
}

/** Routes each ledger command to its aggregate's handler, which reads, decides and writes for it. */
@CommandHandler(ExecuteLedgerCommand)
export class ExecuteLedgerCommandHandler implements ICommandHandler<ExecuteLedgerCommand, CommandOutcome> {
  private readonly turns = new TurnsByStream();

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {}

  async execute({ envelope }: ExecuteLedgerCommand): Promise<CommandOutcome> {
    const kind = isCommandKind(envelope.command?.kind) ? envelope.command.kind : 'unknown';
    try {
      const outcome = await this.decideAndAppend(envelope);
      this.metrics?.recordCommand(kind, outcome);
      return outcome;
    } catch (error) {
      this.metrics?.recordCommandError(kind);
      throw error;
    }
  }

  private decideAndAppend(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome> {
    const { command, metadata } = envelope;
    // Roles first, whoever sent the command: the gateway checks them too, but the write side
    // trusts no edge to have done so (an auditor's token issues nothing, here as there).
    const refused = isCommandKind(command?.kind)
      ? roleRefusal(metadata.actor, command.kind)
      : ledgerRefusal('not-allowed', 'ledger.unknownCommand');
    if (refused) return Promise.resolve({ ok: false, refusal: refused });
    return this.turns.run(contendedStream(command), () => execute(this.store, envelope, () => this.attempt(envelope)));
  }

  private attempt({ command, metadata }: CommandEnvelope<LedgerCommand>): Promise<Attempt> {
    switch (command.kind) {
      case 'RegisterStakeholder':
        return decideOnStream(this.store, stakeholderHandler, { command, metadata });
      case 'RegisterConsultation':
      case 'ChangePhase':
      case 'AdmitParticipant':
      case 'RegisterMeeting':
      case 'RecordProvisionsRead':
        return decideOnStream(this.store, consultationHandler, { command, metadata });
      case 'SubmitContribution':
      case 'ReviseContribution':
      case 'WithdrawContribution':
      case 'ConfirmCoSubmission':
      case 'DeclineCoSubmission':
        return decideOnStream(this.store, contributionHandler, { command, metadata });
      case 'SubmitStakeholderInput':
      case 'WithdrawStakeholderInput':
        return decideOnStream(this.store, inputHandler, { command, metadata });
      default:
        return decideOnStream(this.store, documentHandler, { command, metadata });
    }
  }
}

/** The write side's single entry: the same for the in-process gateway and the internal HTTP endpoint. */
@Injectable()
export class LedgerCommandExecutor {
  constructor(@Inject(CommandBus) private readonly commandBus: CommandBus) {}

  execute(envelope: CommandEnvelope<LedgerCommand>): Promise<CommandOutcome> {
    return this.commandBus.execute(new ExecuteLedgerCommand(envelope));
  }
}
