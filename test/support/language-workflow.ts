import { randomUUID } from 'node:crypto';
import { Actor } from '#libs/contracts';
import { importResolution, locateProvision } from '#libs/text';
import { LedgerSession, chair, egypt, secretariat } from './recorded-workflow';

/*
 * A short negotiation of a text with a French version, through the real write side: the
 * version added, a ruling that opens a translation task, an adoption provisional in French,
 * and the translation that closes the task and aligns the adopted version.
 */

const ENGLISH = `RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council on the implementation of this resolution.
`;

const FRENCH = `RÉSOLUTION 1334 (MODIFIÉE EN 2023)
Rôle de l'UIT dans l'examen d'ensemble de la mise en œuvre des résultats du SMSI
Le Conseil de l'UIT,
rappelant
a)	la Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires;
b)	la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires,
charge le Secrétaire général
1	de prendre toutes les mesures possibles pour encourager la pleine participation de toutes les organisations des Nations Unies;
2	de faire rapport chaque année au Conseil sur la mise en œuvre de la présente résolution.
`;

export const translator: Actor = { id: 'translator-fr', role: 'translator' };

/** Records the negotiation; answers the ids of its consultation and document. */
export async function negotiateInTwoLanguages(
  session: LedgerSession,
  label: string,
): Promise<{ consultationId: string; documentId: string }> {
  const consultationId = randomUUID();
  const documentId = randomUUID();
  const id = (name: string) => `${label}-${name}`;
  const original = importResolution(ENGLISH).document;
  const first = original.operative[0].provisions[0].id;
  const wording = locateProvision(original, first)!.provision.text;
  const sitting = { meeting: 'CWG-WSIS&SDG-45', date: '2026-05-10' };

  await session.send(secretariat, {
    kind: 'RegisterConsultation',
    consultation: {
      consultationId,
      title: `Resolution 1334 in two languages (${label})`,
      body: 'ITU Council',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    },
  });
  await session.send(secretariat, { kind: 'ChangePhase', consultationId, to: 'open-for-contributions' });
  await session.send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId: 'egypt' });
  await session.send(secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId,
      consultationId,
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: original,
      source: { kind: 'import', warnings: 0 },
    },
  });
  await session.send(secretariat, {
    kind: 'AddLanguageVersion',
    documentId,
    translation: importResolution(FRENCH, { style: original.style }).document,
    source: { format: 'plain', importWarnings: 0 },
  });
  await session.send(chair, { kind: 'ChangePhase', consultationId, to: 'negotiation' });
  await session.send(egypt, {
    kind: 'ProposeAmendment',
    documentId,
    amendmentId: id('a-1'),
    versionNumber: 1,
    operation: { kind: 'modify', provisionId: first, oldText: wording, newText: wording.replace('all possible', 'all appropriate') },
    proposers: ['egypt'],
  });
  await session.send(chair, {
    kind: 'RuleOnAmendment',
    documentId,
    decisionId: id('dec-1'),
    amendmentId: id('a-1'),
    ruling: 'accepted',
    ...sitting,
  });
  await session.send(chair, { kind: 'ChangePhase', consultationId, to: 'adoption' });
  await session.send(chair, {
    kind: 'AdoptVersion',
    documentId,
    decisionId: id('dec-2'),
    label: 'Modified 2026',
    meeting: 'sixth Plenary Meeting',
    date: '2026-06-12',
    provisionalIn: ['fr'],
  });
  await session.send(translator, {
    kind: 'RecordTranslation',
    documentId,
    language: 'fr',
    provisions: [
      {
        provisionId: first,
        text: 'de prendre toutes les mesures appropriées pour encourager la pleine participation de toutes les organisations des Nations Unies;',
      },
    ],
  });
  return { consultationId, documentId };
}
