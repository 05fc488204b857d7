// Samples the process's resident set size on a timer to find the peak during a measured section.

export interface RssReport {
  baselineBytes: number;
  peakBytes: number;
  growthBytes: number;
  samples: number;
}

export function startRssSampler(intervalMs = 50): { stop(): RssReport } {
  const baselineBytes = process.memoryUsage.rss();
  let peakBytes = baselineBytes;
  let samples = 0;
  const sample = () => {
    samples++;
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { baselineBytes, peakBytes, growthBytes: peakBytes - baselineBytes, samples };
    },
  };
}
