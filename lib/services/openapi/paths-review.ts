// The team's review of its videos: favourites, tags and review status (docs/api.md).
import "server-only";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { GenerationEnvelope } from "@/lib/contracts/generation";
import { FavouriteAnswer, ReviewBody, TagList, TagsBody } from "@/lib/contracts/review";
import { ok, operationsOf, pathId } from "@/lib/services/openapi/common";

const review = operationsOf("Review");
const generationId = { path: pathId() };

export const reviewPaths: ZodOpenApiPathsObject = {
  "/api/v1/generations/{id}/favourite": {
    put: review.write("Mark the generation as one of the caller's favourites (idempotent)", ok("Marked.", FavouriteAnswer), {
      description: "Favourites are each user's own (viewers too); the list filters them with `favourite=true`.",
      params: generationId,
      errors: [404],
    }),
    delete: review.write("Unmark the caller's favourite (idempotent)", ok("Unmarked.", FavouriteAnswer), { params: generationId, errors: [404] }),
  },
  "/api/v1/generations/{id}/review": {
    put: review.write("Set or clear the team's review of a video", ok("The generation with its review.", GenerationEnvelope), {
      description:
        "Members and above; only a succeeded (archived) generation can be reviewed (409 otherwise). Recorded with who and when, on the timeline (`reviewed`) and in the audit log.",
      params: generationId,
      body: ReviewBody,
      errors: [404, 409],
    }),
  },
  "/api/v1/generations/{id}/tags": {
    put: review.write("Replace the generation's tags", ok("The generation with its tags.", GenerationEnvelope), {
      description: "Members and above. Tags are the team's: trimmed, lower-case, at most 10 per generation; the list filters them with `tag=`.",
      params: generationId,
      body: TagsBody,
      errors: [404],
    }),
  },
  "/api/v1/tags": {
    get: review.read("The team's tags, with how many generations carry each", ok("The tags, by name.", TagList)),
  },
};
