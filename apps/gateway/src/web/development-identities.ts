import { AuthConfig, signDevelopmentToken } from '#libs/platform';
import { DevelopmentIdentity } from '#libs/web';
import { WebReads } from './web-reads';

/** How long a development token lasts, as `npm run cli -- token` makes them by default. */
const DEVELOPMENT_TOKEN_TTL_SECONDS = 8 * 3600;

/**
 * The people a development sign-in offers: the registered stakeholders (participants of the
 * consultations first), the chairs of each consultation, one secretariat and one auditor.
 */
export async function developmentIdentities(reads: WebReads): Promise<DevelopmentIdentity[]> {
  const [consultations, stakeholders] = await Promise.all([reads.consultations(), reads.stakeholders()]);
  const participants = new Set(consultations.flatMap((c) => c.participants));
  const ordered = [...stakeholders].sort((a, b) => Number(participants.has(b.id)) - Number(participants.has(a.id)));
  const identities: DevelopmentIdentity[] = ordered
    .filter((s) => s.memberIds.length === 0)
    .map((s) => ({ key: `stakeholder:${s.id}`, role: 'stakeholder', id: s.id, name: s.name }));
  const chairs = new Map<string, string>();
  for (const c of consultations) for (const chair of c.chairs) if (!chairs.has(chair)) chairs.set(chair, c.title);
  for (const [id, title] of chairs) identities.push({ key: `chair:${id}`, role: 'chair', id, name: id, note: title });
  identities.push({ key: 'secretariat:secretariat-1', role: 'secretariat', id: 'secretariat-1', name: 'secretariat-1' });
  identities.push({ key: 'translator:translator-1', role: 'translator', id: 'translator-1', name: 'translator-1' });
  identities.push({ key: 'auditor:auditor-1', role: 'auditor', id: 'auditor-1', name: 'auditor-1' });
  return identities;
}

/**
 * A development token for an identity, signed as `npm run cli -- token` signs it, for eight
 * hours. Only in the development auth mode; undefined otherwise.
 */
export async function mintDevelopmentToken(
  auth: AuthConfig,
  identity: { id: string; role: string; name?: string },
): Promise<string | undefined> {
  if (auth.mode !== 'development' || !auth.sharedSecret) return undefined;
  return signDevelopmentToken(
    { ...auth, sharedSecret: auth.sharedSecret },
    {
      sub: identity.id,
      roles: [identity.role],
      name: identity.name !== identity.id ? identity.name : undefined,
      ttlSeconds: DEVELOPMENT_TOKEN_TTL_SECONDS,
    },
  );
}
