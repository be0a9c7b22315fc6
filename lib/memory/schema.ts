/**
 * What the extension remembers about a creator across queues: our own invitations (from the queue),
 * what the Target collaborations pages showed (page-reported, never trusted to change our outcomes),
 * the seller's note, tags, "don't invite" mark and copied follow-ups. zod/mini: the content script
 * imports the summary shape.
 */
import { z } from 'zod/mini';
import { FEE_STRUCTURES } from '../queue/entry';
import type { summarise } from './summary';

export const MEMORY_LIMITS = {
  noteMax: 2000,
  tagsMax: 20,
  tagMax: 30,
  /** Per list (invitations, list sightings, follow-ups): the oldest go first beyond it. */
  historyMax: 200,
  productsPerInvitation: 100,
} as const;

export const OUTCOMES = ['queued', 'opened', 'sent', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const timestamp = z.int().check(z.gte(0), z.lte(8.64e15));
const id = z.string().check(z.minLength(1), z.maxLength(200));
const shortText = z.string().check(z.maxLength(500));

export const LIST_STATUSES = ['pending', 'accepted', 'declined', 'unknown'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/** One collaboration as the Target collaborations list or detail page showed it for this creator. */
export const listSeenSchema = z.object({
  collaborationId: id,
  name: z.optional(shortText),
  status: z.enum(LIST_STATUSES),
  until: z.optional(timestamp),
  seenAt: timestamp,
  /** Always "page": what the site said, kept apart from what we recorded ourselves. */
  source: z.literal('page'),
});
export type ListSeen = z.infer<typeof listSeenSchema>;

export const invitationSchema = z.object({
  /** The queue entry's id: the same invitation seen twice keeps one record. */
  key: id,
  /** When the outcome was reached. */
  at: timestamp,
  productIds: z.array(id).check(z.maxLength(MEMORY_LIMITS.productsPerInvitation)),
  ratesBp: z.array(z.int().check(z.gte(0), z.lte(10000))).check(z.maxLength(MEMORY_LIMITS.productsPerInvitation)),
  feeType: z.optional(z.enum(FEE_STRUCTURES)),
  outcome: z.enum(OUTCOMES),
  reason: z.optional(shortText),
  /** The collaboration the platform created for it, from its answer to Send: ties it to list sightings. */
  collaborationId: z.optional(id),
  /** What the list page last showed for that collaboration: the page's word, never our outcome. */
  seen: z.optional(listSeenSchema),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const followUpSchema = z.object({ at: timestamp, templateId: z.optional(id) });
export type FollowUp = z.infer<typeof followUpSchema>;

export const tagSchema = z.string().check(z.minLength(1), z.maxLength(MEMORY_LIMITS.tagMax));

export const creatorMemorySchema = z.object({
  id,
  handle: z.optional(shortText),
  nickname: z.optional(shortText),
  invitations: z.array(invitationSchema),
  listSeen: z.array(listSeenSchema),
  notes: z.string().check(z.maxLength(MEMORY_LIMITS.noteMax)),
  notesAt: z.optional(timestamp),
  tags: z.array(tagSchema).check(z.maxLength(MEMORY_LIMITS.tagsMax)),
  /** The seller's own mark; the shop's block is the page's and lives elsewhere. */
  doNotInvite: z.boolean(),
  doNotInviteAt: z.optional(timestamp),
  followUps: z.array(followUpSchema),
  updatedAt: timestamp,
});
export type CreatorMemory = z.infer<typeof creatorMemorySchema>;

export function emptyMemory(id: string, at: number): CreatorMemory {
  return { id, invitations: [], listSeen: [], notes: '', tags: [], doNotInvite: false, followUps: [], updatedAt: at };
}

/** The compact line a row or a batch needs. */
export type MemorySummary = ReturnType<typeof summarise>;
