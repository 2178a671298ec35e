/**
 * Submissions: new listings, changes and corrections sent by facilitators and patients, held
 * for a curator to approve or reject. Nothing submitted is published directly.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { groupListingSchema, groupSchema } from './group.js';
import { oneOf } from './one-of.js';
import { emailSchema, idSchema, instantSchema, longText, shortText } from './primitives.js';

/** What a submission asks for. */
export const submissionKindSchema = /* @__PURE__ */ oneOf(['new', 'update', 'correction']);
/**
 * What a submission asks for: a `new` listing, an `update` that replaces a group's listing, or a
 * `correction` that only describes what is wrong with a group in words.
 */
export type SubmissionKind = z.infer<typeof submissionKindSchema>;

/** Who sent a submission. Seen by curators only, never published. */
export const submitterSchema = /* @__PURE__ */ z.object({
  name: z.optional(shortText(100)),
  email: z.optional(emailSchema),
  role: z.optional(shortText(100)),
});
/** Who sent a submission. */
export type Submitter = z.infer<typeof submitterSchema>;

/** The fields of a submission as sent; a plain object so {@link submissionSchema} can extend it. */
const submissionInputShape = {
  kind: submissionKindSchema,
  groupId: z.optional(idSchema),
  listing: z.optional(groupListingSchema),
  note: z.optional(longText(2000)),
  submitter: z.optional(submitterSchema),
};

/** The body of `POST /v1/submissions`. */
export const submissionInputSchema = /* @__PURE__ */ z.object(submissionInputShape).check(
  z.refine((input) => input.kind === 'new' || input.groupId !== undefined, {
    message: 'updates and corrections name the groupId they are about',
    path: ['groupId'],
  }),
  z.refine((input) => input.kind === 'correction' || input.listing !== undefined, {
    message: 'new listings and updates carry the listing',
    path: ['listing'],
  }),
  z.refine((input) => input.kind !== 'correction' || (input.note ?? '').trim() !== '', {
    message: 'a correction says what is wrong in note',
    path: ['note'],
  }),
);
/** The body of `POST /v1/submissions`. */
export type SubmissionInput = z.infer<typeof submissionInputSchema>;

/** Where a submission stands in moderation. */
export const submissionStatusSchema = /* @__PURE__ */ oneOf(['pending', 'approved', 'rejected']);
/** Where a submission stands in moderation. */
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** A submission as stored and shown to curators. */
export const submissionSchema = /* @__PURE__ */ z.object({
  ...submissionInputShape,
  id: idSchema,
  status: submissionStatusSchema,
  receivedAt: instantSchema,
  decidedAt: z.optional(instantSchema),
  decisionNote: z.optional(longText(2000)),
  publishedGroupId: z.optional(idSchema),
});
/** A submission as stored and shown to curators. */
export type Submission = z.infer<typeof submissionSchema>;

/** The public answer to `POST /v1/submissions`: a receipt, without the submitted content. */
export const submissionReceiptSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  status: submissionStatusSchema,
  receivedAt: instantSchema,
});
/** The public answer to `POST /v1/submissions`. */
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;

/** A page of the moderation queue. */
export const submissionPageSchema = /* @__PURE__ */ z.object({
  items: z.array(submissionSchema),
  nextCursor: z.nullable(z.string()),
});
/** A page of the moderation queue. */
export type SubmissionPage = z.infer<typeof submissionPageSchema>;

/** The body of `POST /v1/submissions/{id}/reject`. */
export const rejectionSchema = /* @__PURE__ */ z.object({ reason: z.optional(longText(2000)) });
/** The body of `POST /v1/submissions/{id}/reject`. */
export type Rejection = z.infer<typeof rejectionSchema>;

/** The answer to `POST /v1/submissions/{id}/approve`: the decided submission and the group it published. */
export const approvalSchema = /* @__PURE__ */ z.object({
  submission: submissionSchema,
  group: groupSchema,
});
/** The answer to `POST /v1/submissions/{id}/approve`. */
export type Approval = z.infer<typeof approvalSchema>;
