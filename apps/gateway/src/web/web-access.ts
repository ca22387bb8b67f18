import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Request } from 'express';
import { Actor } from '#libs/contracts';
import { DraftAccess, DraftTarget } from '../access';

/**
 * The pages read what the API's read routes read, and are held to the same rule: the drafts
 * of a restricted consultation are for its participants, its chairs, the secretariat and
 * auditors (the gateway's DraftAccess decides, and records refusals for auditors).
 */
@Injectable()
export class WebAccess {
  constructor(@Optional() @Inject(DraftAccess) private readonly drafts?: DraftAccess) {}

  /** Refuses (403, or 404 for what is not projected yet) when the actor may not read what the page shows. */
  async mayRead(request: Request, actor: Actor, target: DraftTarget, id: string): Promise<void> {
    await this.drafts?.assertMayRead(request, actor, target, id);
  }

  /** The consultations of a list the actor may see. */
  async visible<T extends { readonly id: string }>(actor: Actor, consultations: readonly T[]): Promise<T[]> {
    const hidden = new Set((await this.drafts?.hiddenConsultations(actor)) ?? []);
    return consultations.filter((consultation) => !hidden.has(consultation.id));
  }
}
