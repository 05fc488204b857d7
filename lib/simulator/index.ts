export { startSimulator, type RunningSimulator } from "@/lib/simulator/server";
export { SIM_MEDIA, simulatorAssetsDir } from "@/lib/simulator/media-manifest";
