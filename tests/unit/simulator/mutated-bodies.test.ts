// Builder output with one mistake in it, for every offered model and region (generated from the
// catalog): the simulator must refuse each with the provider's code, naming the field, or flag the
// text the provider would silently truncate.
import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { offers } from "./builder-cases";
import { allMutations, fullBody, mutationsFor, wrongRegionNames, type Mutation } from "./mutations";
import { simulate } from "./pipeline";
import { checkCreateHeaders } from "@/lib/simulator/validate-request";

async function verdict({ region, body, expected }: Mutation) {
  const outcome = await simulate(region, body);
  if ("warning" in expected) {
    return outcome.ok
      ? { warned: outcome.warnings.some((warning) => warning.startsWith(`${expected.warning} `)) }
      : { rejected: `${outcome.code} ${outcome.field}` };
  }
  return outcome.ok ? { accepted: true } : { status: outcome.status, code: outcome.code, field: outcome.field };
}

function wanted({ expected }: Mutation) {
  return "warning" in expected ? { warned: true } : expected;
}

describe("the unmutated bodies", () => {
  it.each(offers().map((spec) => ({ spec, name: `${spec.providerModel} in ${spec.region}` })))("$name is accepted", async ({ spec }) => {
    const outcome = await simulate(spec.region, fullBody(spec));
    expect(outcome).toMatchObject({ ok: true, warnings: [] });
  });
});

describe.each(offers().map((spec) => ({ spec, name: `${spec.providerModel} in ${spec.region}` })))("mistakes in a $name body", ({ spec }) => {
  it.each(mutationsFor(spec).map((mutation) => ({ ...mutation, name: mutation.label })))("$name", async (mutation) => {
    expect(await verdict(mutation)).toEqual(wanted(mutation));
  });
});

describe("model names per region", () => {
  it.each(wrongRegionNames().map((mutation) => ({ ...mutation, name: mutation.label })))("$name is refused", async (mutation) => {
    expect(await verdict(mutation)).toEqual(wanted(mutation));
  });
});

describe("the table itself", () => {
  it("covers every class of mistake for every offered model", () => {
    const labels = allMutations().map((mutation) => mutation.label);
    for (const spec of offers()) {
      const own = labels.filter((label) => label.startsWith(`${spec.providerModel} in ${spec.region}: `));
      for (const part of ["no model", "an unknown parameter", "duration", "prompt of", "watermark as a string"]) {
        expect(
          own.some((label) => label.includes(part)),
          `${spec.providerModel} in ${spec.region}: ${part}`,
        ).toBe(true);
      }
      if (spec.references) expect(own.some((label) => label.endsWith(`${spec.references!.maxTotal + 1} references`))).toBe(true);
      if (spec.output.kind === "size") expect(own.some((label) => label.includes("size as the tier name"))).toBe(true);
    }
  });
});

describe("create-call headers", () => {
  it.each([
    ["no X-DashScope-Async header", {}],
    ["X-DashScope-Async: disable", { "x-dashscope-async": "disable" }],
    ["an empty X-DashScope-Async", { "x-dashscope-async": "" }],
  ] as [string, IncomingHttpHeaders][])("%s is refused as a synchronous call", (_label, headers) => {
    expect(checkCreateHeaders(headers)).toEqual({
      ok: false,
      status: 403,
      code: "AccessDenied",
      field: "X-DashScope-Async",
      message: "current user api does not support synchronous calls",
    });
  });

  it.each(["enable", "Enable"])("X-DashScope-Async: %s is accepted", (value) => {
    expect(checkCreateHeaders({ "x-dashscope-async": value })).toBeUndefined();
  });
});
