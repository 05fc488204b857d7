// Runs the DashScope simulator standalone: `tsx scripts/simulator.ts --port 4010 [--host 127.0.0.1]
// [--pending-ms 300] [--running-ms 700] [--log]`. Point DASHSCOPE_BASE_URL at the printed template.
import { parseArgs } from "node:util";
import { startSimulator } from "@/lib/simulator";

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number`);
  return parsed;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.SIMULATOR_PORT ?? "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "pending-ms": { type: "string" },
      "running-ms": { type: "string" },
      log: { type: "boolean", default: false },
    },
  });
  const pendingMs = numberOption(values["pending-ms"], "pending-ms");
  const runningMs = numberOption(values["running-ms"], "running-ms");
  const simulator = await startSimulator({
    port: numberOption(values.port, "port") ?? 4010,
    host: values.host,
    log: values.log,
    ...(pendingMs !== undefined ? { pendingMs } : {}),
    ...(runningMs !== undefined ? { runningMs } : {}),
  });
  console.log(`DashScope simulator listening on ${simulator.url}`);
  console.log(`  DASHSCOPE_BASE_URL=${simulator.baseUrlTemplate}`);
  console.log(`  control: GET ${simulator.url}/__sim/stats, POST ${simulator.url}/__sim/config, POST ${simulator.url}/__sim/reset`);
  console.log(`  media:   ${simulator.url}/media/person.mp4 (and dancer.mp4, product.png, background.jpg, voice.wav, track.mp3)`);

  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`Simulator failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
