/** A silence procedure as the write side records it: started and extended by the chair, broken by a member state, concluded by the system. */
import { Actor } from '#libs/contracts';

const SYSTEM: Actor = { id: 'system', role: 'system' };

export function brokenSilence(
  silenceId: string,
  breaking: string,
  provisionId: string,
  chair: Actor,
): { readonly type: string; readonly payload: object; readonly actor: Actor }[] {
  const deadline = '2026-06-11T18:00:00+02:00';
  return [
    {
      type: 'SilenceStarted',
      payload: {
        silenceId,
        versionNumber: 1,
        deadline: '2026-06-10T18:00:00+02:00',
        timeZone: 'Europe/Zurich',
        adoption: { label: 'Modified 2026', meeting: 'sixth Plenary Meeting' },
      },
      actor: chair,
    },
    { type: 'SilenceExtended', payload: { silenceId, deadline, timeZone: 'Europe/Zurich' }, actor: chair },
    {
      type: 'SilenceBroken',
      payload: { silenceId, stakeholderId: breaking, provisionIds: [provisionId], reasons: `${breaking} cannot join consensus.` },
      actor: { id: breaking, role: 'stakeholder' },
    },
    {
      type: 'SilenceConcluded',
      payload: {
        silenceId,
        decisionId: `${silenceId}-outcome`,
        outcome: 'broken',
        deadline,
        breaks: [{ stakeholderId: breaking, provisionIds: [provisionId] }],
      },
      actor: SYSTEM,
    },
  ];
}
