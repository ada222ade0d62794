import { z } from 'zod';

/**
 * What `response_drafts.answers` holds while a response is not yet final. The draft is the only
 * link between an invitation and answers, and is deleted when the response is stored.
 */
const answersSchema = z.record(z.string(), z.array(z.string()));

export const CHANNELS = ['online', 'papier', 'telefoon'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A respondent answering online: the answers so far and the page to resume on. */
const onlineDraftSchema = z.object({
  soort: z.literal('online'),
  answers: answersSchema,
  page: z.string().optional(),
});

/**
 * Double entry of a paper or phone form: each entry by a different staff member. The account
 * ids only enforce "a different person" and go with the draft; the code is what staff type
 * and what they need to find the paper form again when the entries differ.
 */
const entrySchema = z.object({
  slot: z.union([z.literal(1), z.literal(2)]),
  accountId: z.string().nullable(),
  channel: z.enum(CHANNELS),
  answers: answersSchema,
});
const entryDraftSchema = z.object({
  soort: z.literal('invoer'),
  code: z.string(),
  entries: z.array(entrySchema).max(2),
});

export const draftStateSchema = z.discriminatedUnion('soort', [
  onlineDraftSchema,
  entryDraftSchema,
]);
export type DraftState = z.infer<typeof draftStateSchema>;
export type OnlineDraft = z.infer<typeof onlineDraftSchema>;
export type EntryDraft = z.infer<typeof entryDraftSchema>;
export type Entry = z.infer<typeof entrySchema>;

/** A stored draft, read defensively: an unreadable one counts as empty, never as a crash. */
export function parseDraft(stored: unknown): DraftState | undefined {
  const parsed = draftStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
