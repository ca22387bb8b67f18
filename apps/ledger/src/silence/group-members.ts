import { StakeholderDirectory } from '#libs/domain';
import { AttemptReads, loadDecisionReads } from '../handlers/stream-reader';

/**
 * The directory with the members of one group added: whether a group breaks silence depends on
 * whether its members are member states.
 */
export async function withMembersOf(reads: AttemptReads, directory: StakeholderDirectory, groupId: string): Promise<StakeholderDirectory> {
  const memberIds = directory.get(groupId)?.memberIds ?? [];
  if (memberIds.length === 0) return directory;
  const members = await loadDecisionReads(reads, undefined, memberIds);
  return { get: (id) => directory.get(id) ?? members.stakeholders.get(id) };
}
