import { LedgerCommand, documentNamedBy } from '#libs/domain';

/**
 * Runs the commands of this process on one stream one after another, and commands on
 * different streams side by side. Two commands on one document racing each other would both
 * decide, one would lose at the append and decide again; in turn, each decides once, on the
 * state the other left. Commands from other processes still meet at the append's version
 * check, which stays the rule.
 */
export class TurnsByStream {
  private readonly lastInTurn = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.lastInTurn.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.lastInTurn.set(key, settled);
    void settled.then(() => {
      if (this.lastInTurn.get(key) === settled) this.lastInTurn.delete(key);
    });
    return result;
  }

  /** How many streams have commands waiting or running. */
  get busyStreams(): number {
    return this.lastInTurn.size;
  }
}

/** The stream a command contends for most: the one its turn is kept on. */
export function contendedStream(command: LedgerCommand): string {
  switch (command.kind) {
    case 'RegisterStakeholder':
      return `stakeholder:${command.stakeholder.stakeholderId}`;
    case 'RegisterConsultation':
      return `consultation:${command.consultation.consultationId}`;
    case 'ChangePhase':
    case 'AdmitParticipant':
    case 'RegisterMeeting':
    case 'RecordProvisionsRead':
      return `consultation:${command.consultationId}`;
    case 'SubmitContribution':
    case 'ReviseContribution':
      return command.substance?.kind === 'amendments'
        ? `document:${command.substance.documentId}`
        : `contribution:${command.contributionId}`;
    case 'WithdrawContribution':
    case 'ConfirmCoSubmission':
    case 'DeclineCoSubmission':
      return `contribution:${command.contributionId}`;
    case 'SubmitStakeholderInput':
    case 'WithdrawStakeholderInput':
      return `input:${command.inputId}`;
    case 'PostComment':
    case 'HideComment':
      return `comment:${command.commentId}`;
    default: {
      const documentId = documentNamedBy(command);
      if (documentId) return `document:${documentId}`;
      return 'amendmentId' in command ? `amendment:${command.amendmentId}` : 'document:';
    }
  }
}
