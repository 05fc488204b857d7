// The team's review of a video (docs/api.md): review status, the caller's favourite, tags.
import { z } from "zod";
import { person, timestamp } from "@/lib/contracts/common";
import { REVIEW_STATUSES, TAGS_PER_GENERATION, normalizeTag, tagProblem, tagSet } from "@/lib/rules/review";

export const Review = z
  .strictObject({
    status: z.enum(REVIEW_STATUSES),
    by: person,
    at: timestamp,
  })
  .meta({ id: "Review" });

export const ReviewBody = z
  .strictObject({
    status: z
      .enum(REVIEW_STATUSES, { message: `status must be one of ${REVIEW_STATUSES.join(", ")}, or null to clear the review.` })
      .nullable()
      .meta({ description: "null clears the review." }),
  })
  .meta({ id: "ReviewBody" });

const tag = z
  .string()
  .max(200, "A tag has at most 40 characters.")
  .transform(normalizeTag)
  .superRefine((value, ctx) => {
    const problem = tagProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const TagsBody = z
  .strictObject({
    tags: z
      .array(tag)
      .max(TAGS_PER_GENERATION * 5, `At most ${TAGS_PER_GENERATION} tags per generation.`)
      .transform(tagSet)
      .refine((tags) => tags.length <= TAGS_PER_GENERATION, `At most ${TAGS_PER_GENERATION} tags per generation.`)
      .meta({ description: `The whole set (replaces the current one): at most ${TAGS_PER_GENERATION}, each 1–40 characters, no commas; stored lower-case.` }),
  })
  .meta({ id: "TagsBody" });

export const FavouriteAnswer = z.strictObject({ favourite: z.boolean() }).meta({ id: "FavouriteAnswer" });

export const TagList = z
  .strictObject({
    items: z.array(z.strictObject({ name: z.string(), count: z.number().int().meta({ description: "Generations of the team with this tag." }) })),
  })
  .meta({ id: "TagList" });
