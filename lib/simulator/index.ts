export { startSimulator, type RunningSimulator } from "@/lib/simulator/server";
export {
  DEFAULT_SIMULATOR_OPTIONS,
  type SimulatorOptions,
  type SimulatorConfigPatch,
  type FailureSpec,
  type TaskFailureSpec,
  type LimitTable,
} from "@/lib/simulator/options";
export { SIM_MEDIA, RESULT_ASSET, simulatorAssetsDir, type SimMediaAsset } from "@/lib/simulator/media-manifest";
export { maskKey, type SimulatorStats, type SimTaskSummary, type SimTaskStatus } from "@/lib/simulator/task-store";
export { SIM_MODEL_RULES, TRUNCATION_LIMIT_BY_COUNT, type SimModelRule } from "@/lib/simulator/model-rules";
