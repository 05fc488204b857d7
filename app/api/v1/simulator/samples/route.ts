import { authed } from "@/lib/platform/http/handler";
import { simulatorSamples } from "@/lib/services/provider/simulator-instance";

export const GET = authed({ action: "generation.view" }, () => simulatorSamples());
