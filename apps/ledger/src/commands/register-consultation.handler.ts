import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandOutcome, RegisterConsultationCommand, consultationStreamId } from '#libs/contracts';
import { decideConsultation, evolveConsultation, initialConsultationState } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { handleOnStream } from '../stream-decider';
import { ExecuteLedgerCommand } from './execute-ledger-command';

export class RegisterConsultation extends ExecuteLedgerCommand<RegisterConsultationCommand> {}

@CommandHandler(RegisterConsultation)
export class RegisterConsultationHandler implements ICommandHandler<RegisterConsultation, CommandOutcome> {
  constructor(@Inject(PostgresEventStore) private readonly store: PostgresEventStore) {}

  execute({ envelope }: RegisterConsultation): Promise<CommandOutcome> {
    return handleOnStream(
      this.store,
      consultationStreamId(envelope.payload.consultationId),
      { initialState: initialConsultationState, decide: decideConsultation, evolve: evolveConsultation },
      { kind: 'RegisterConsultation', consultation: envelope.payload },
      envelope,
    );
  }
}
