import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { getAdvocateQueue, type GetAdvocateQueueDeps } from '../../usecases/desk/get-advocate-queue';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface QueueResolverDeps {
  /** Made per call: the configuration and the database are the invoking installation's. */
  readonly queue: () => Promise<GetAdvocateQueueDeps>;
}

const listRequest = z.object({}).strict();

/** The advocate's queue page (`jiraServiceManagement:queuePage`): its one call per view. */
export const defineQueueResolvers = (resolver: Resolver, deps: QueueResolverDeps): Resolver =>
  resolver.define(
    'queue/list',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'queue/list'>>> =>
      respond(async () => {
        const { accountId } = trustedContext(context);
        parsePayload(listRequest, payload);
        const outcome = await getAdvocateQueue(await deps.queue(), accountId);
        if (outcome.kind === 'not_allowed') throw new AppError('FORBIDDEN', 'The queue is for advocates: members of the advocate group.');
        return outcome.view;
      }),
  );
