/** What an in-process platform service (KVS, SQL, queue) answers; the fetch shim turns it into a Response. */
export interface ServiceReply {
  readonly status: number;
  readonly body?: unknown;
}

export const ok = (body?: unknown): ServiceReply => (body === undefined ? { status: 204 } : { status: 200, body });

/** Forge's platform services answer errors as `{ code, message }`, which the SDKs rethrow typed. */
export const platformError = (status: number, code: string, message: string): ServiceReply => ({ status, body: { code, message } });

export const toResponse = (reply: ServiceReply): Response =>
  reply.body === undefined
    ? new Response(null, { status: reply.status })
    : new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
