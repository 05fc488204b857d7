// The batch task query's documented answer: rows under `data` with `status`, paging fields beside.
import { describe, expect, it } from "vitest";
import { parseTaskListBody } from "@/lib/adapters/dashscope";

const documentedRow = {
  task_id: "a1",
  status: "RUNNING",
  model_name: "wan2.6-t2v",
  gmt_create: 1767225600000,
  start_time: 1767225605000,
  end_time: null,
  request_id: "req-1",
  api_key_id: "key-1",
  region: "cn-beijing",
  caller_uid: "uid-1",
  caller_parent_id: "parent-1",
  user_api_unique_key: "apikey:v1:key-1",
};

describe("parseTaskListBody", () => {
  it("reads every documented row field and the paging fields", () => {
    const list = parseTaskListBody({ request_id: "r", data: [documentedRow], total: 11, total_page: 2, page_no: 1, page_size: 10 });
    expect(list).toEqual({
      requestId: "r",
      total: 11,
      totalPage: 2,
      pageNo: 1,
      pageSize: 10,
      tasks: [
        {
          taskId: "a1",
          status: "RUNNING",
          modelName: "wan2.6-t2v",
          submitTime: new Date(1767225600000),
          startTime: new Date(1767225605000),
          endTime: undefined,
          requestId: "req-1",
          apiKeyId: "key-1",
          region: "cn-beijing",
          callerUid: "uid-1",
          callerParentId: "parent-1",
          userApiUniqueKey: "apikey:v1:key-1",
        },
      ],
    });
  });

  it("ignores fields it does not know, in the body and in rows", () => {
    const list = parseTaskListBody({
      request_id: "r",
      data: [{ ...documentedRow, extra: { x: 1 } }],
      total: 1,
      total_page: 1,
      page_no: 1,
      page_size: 10,
      next: "x",
    });
    expect(list?.tasks).toHaveLength(1);
    expect(list?.tasks[0]).not.toHaveProperty("extra");
  });

  it("reads numeric strings in the paging fields and an epoch end_time", () => {
    const list = parseTaskListBody({
      data: [{ ...documentedRow, status: "SUCCEEDED", end_time: 1767225700000 }],
      total: "1",
      total_page: "1",
      page_no: "1",
      page_size: "10",
    });
    expect(list).toMatchObject({ total: 1, totalPage: 1, pageNo: 1, pageSize: 10 });
    expect(list?.tasks[0]).toMatchObject({ status: "SUCCEEDED", endTime: new Date(1767225700000) });
  });

  it("reads `status`, not `task_status`: a row with only task_status makes the answer malformed", () => {
    expect(parseTaskListBody({ data: [{ task_id: "b", task_status: "SUCCEEDED" }], total: 1 })).toBeNull();
  });

  it("refuses an answer with a row it cannot read, rather than skipping a task recovery may need", () => {
    expect(parseTaskListBody({ data: [documentedRow, { nope: true }], total: 2 })).toBeNull();
  });

  it("refuses rows anywhere but under a top-level data", () => {
    expect(parseTaskListBody({ output: { data: [documentedRow] } })).toBeNull();
    expect(parseTaskListBody({ tasks: [documentedRow], total: 1 })).toBeNull();
    expect(parseTaskListBody({ request_id: "r" })).toBeNull();
    expect(parseTaskListBody([documentedRow])).toBeNull();
  });

  it("takes an empty page without data only when the total says 0", () => {
    expect(parseTaskListBody({ request_id: "r", total: 0, total_page: 0, page_no: 1, page_size: 10 })).toMatchObject({ tasks: [], total: 0 });
    expect(parseTaskListBody({ request_id: "r", data: [], total: 0 })?.tasks).toEqual([]);
  });

  it("fills missing paging fields from what was asked", () => {
    const list = parseTaskListBody({ data: [documentedRow], total: 120 }, { pageNo: 2, pageSize: 50 });
    expect(list).toMatchObject({ total: 120, totalPage: 3, pageNo: 2, pageSize: 50 });
  });

  it("reads an unknown status as UNKNOWN", () => {
    expect(parseTaskListBody({ data: [{ ...documentedRow, status: "SUSPENDED" }], total: 1 })?.tasks[0].status).toBe("UNKNOWN");
  });
});
