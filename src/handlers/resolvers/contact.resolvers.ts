import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { contactDetailsSchema } from '../../domain/contact/contact-data';
import type { CallerDirectory } from '../../ports/caller.port';
import type { ContactDataStore } from '../../ports/contact-data.port';
import { checkContactAccess, type CheckContactAccessDeps, type ContactAccessOutcome, type ContactGrant } from '../../usecases/contact/check-contact-access';
import { eraseContactData, type EraseContactDataDeps } from '../../usecases/contact/erase-contact-data';
import { getContactData } from '../../usecases/contact/get-contact-data';
import { recordContactData, type RecordContactDataDeps } from '../../usecases/contact/record-contact-data';
import { callerOnIssue, notYetKnown } from './issue-caller';
import { parsePayload, respond } from './resolver-kit';

/** What the contact keys take of the installation: its index, its configuration and the contact data. */
export type ContactDeps = CheckContactAccessDeps & RecordContactDataDeps & EraseContactDataDeps & { readonly contacts: ContactDataStore };

export interface ContactResolverDeps {
  readonly callers: CallerDirectory;
  /** Made per call, and only for a caller who may browse the issue. */
  readonly contact: () => Promise<ContactDeps>;
}

const noPayload = z.object({}).strict();

const REFUSALS: Readonly<Record<Extract<ContactAccessOutcome, { ok: false }>['refusal'], () => AppError>> = {
  unknown_complaint: notYetKnown,
  not_advocate: () => new AppError('FORBIDDEN', "Only advocates can see or change a customer's contact data."),
  subject: () => new AppError('FORBIDDEN', "This complaint is about you, so its customer's contact data is not shown to you."),
};

/**
 * The first two steps of every contact key: who calls, from the Forge context and Jira asked as
 * them (an issue they may not browse is not found), then the rule of `contactAccess`.
 */
const grantFor = async (deps: ContactResolverDeps, context: unknown): Promise<{ readonly grant: ContactGrant; readonly contact: ContactDeps }> => {
  const { issueId, person } = await callerOnIssue(deps, context);
  const contact = await deps.contact();
  const access = await checkContactAccess(contact, person, issueId);
  if (!access.ok) throw REFUSALS[access.refusal]();
  return { grant: access.grant, contact };
};

/** The issue panel's keys for the contact data of a complaint's customer, which only advocates pass. */
export const defineContactResolvers = (resolver: Resolver, deps: ContactResolverDeps): Resolver =>
  resolver
    .define(
      'contact/get',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'contact/get'>>> =>
        respond(async () => {
          const { grant, contact } = await grantFor(deps, context);
          parsePayload(noPayload, payload);
          return { contact: await getContactData(contact, grant) };
        }),
    )
    .define(
      'contact/save',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'contact/save'>>> =>
        respond(async () => {
          const { grant, contact } = await grantFor(deps, context);
          const details = parsePayload(contactDetailsSchema, payload);
          return { contact: await recordContactData(contact, grant, details) };
        }),
    )
    .define(
      'contact/erase',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'contact/erase'>>> =>
        respond(async () => {
          const { grant, contact } = await grantFor(deps, context);
          parsePayload(noPayload, payload);
          return { erased: await eraseContactData(contact, grant) };
        }),
    );
