// Minimal typings for the parts of s3rver (dev dependency, ships no types) the tests use.
declare module "s3rver" {
  import type { EventEmitter } from "node:events";

  interface S3rverOptions {
    port?: number;
    address?: string;
    silent?: boolean;
    directory: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs?: unknown[] }[];
  }

  interface S3rverEvent {
    Records: { eventName: string; s3: { object: { key: string; size?: number } } }[];
  }

  export default class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    /** Koa's middleware list, composed when the server starts. */
    middleware: ((ctx: any, next: () => Promise<void>) => unknown)[];
    run(): Promise<{ address: string; port: number; family: string }>;
    close(): Promise<void>;
    on(event: "event", listener: (event: S3rverEvent) => void): this;
  }
}
