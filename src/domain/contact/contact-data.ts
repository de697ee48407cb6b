import * as z from 'zod';

/**
 * How an anonymous customer wants to be reached. "other" is spelt out in the note: a postal
 * address, or a time and number to call.
 */
export const CONTACT_CHANNELS = ['phone', 'email', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Longest accepted values: an e-mail address per RFC 5321, an E.164 number with room for spacing. */
export const CONTACT_LIMITS = { name: 200, email: 254, phone: 32, note: 2000 } as const;

const tooLong = (max: number) => `must be at most ${max} characters`;

/** A trimmed text; an empty one means the customer gave none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .default(null);

// Loose on purpose: a phone number is what the customer said, in any common notation, with at least five digits.
const PHONE = /^(?=(?:\D*\d){5})\+?[0-9(][0-9 ()./-]*$/;
// The shape an address must have to be written to; whether the mailbox exists is the advocate's call.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which detail each preferred channel needs. */
const NEEDS: Readonly<Record<ContactChannel, 'phone' | 'email' | 'note'>> = { phone: 'phone', email: 'email', other: 'note' };

const detailFields = {
  name: optionalText(CONTACT_LIMITS.name),
  email: optionalText(CONTACT_LIMITS.email).refine((email) => email === null || EMAIL.test(email), 'must be an e-mail address'),
  phone: optionalText(CONTACT_LIMITS.phone).refine((phone) => phone === null || PHONE.test(phone), 'must be a phone number'),
  preferredChannel: z.enum(CONTACT_CHANNELS),
  note: optionalText(CONTACT_LIMITS.note),
};

/** The preferred channel must be one the record can be reached by. */
const reachable = (details: { readonly [K in 'phone' | 'email' | 'note']: string | null } & { readonly preferredChannel: ContactChannel }, ctx: z.RefinementCtx): void => {
  const needed = NEEDS[details.preferredChannel];
  if (details[needed] === null) ctx.addIssue({ code: 'custom', path: [needed], message: `is needed when the preferred channel is ${details.preferredChannel}` });
};

/** The contact data of a complaint's customer, as an advocate enters it; the customer may give no name. */
export const contactDetailsSchema = z.object(detailFields).strict().superRefine(reachable);
export type ContactDetails = z.infer<typeof contactDetailsSchema>;
/** What a form may send: absent or empty texts are none. */
export type ContactDetailsInput = z.input<typeof contactDetailsSchema>;

/**
 * The stored record: the details, and who recorded them and when (epoch ms). On a complaint the
 * customer raised anonymously through the portal, also the customer's account, which only the app
 * writes and which stays when an advocate changes the details.
 */
export const contactRecordSchema = z
  .object({ ...detailFields, recordedBy: z.string().min(1), recordedAt: z.number().int().nonnegative(), customerAccountId: z.string().min(1).optional() })
  .strict()
  .superRefine(reachable);
export type ContactRecord = z.infer<typeof contactRecordSchema>;
