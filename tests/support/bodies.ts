export const t2vBody = (projectId: string, prompt = "A lighthouse at dusk, waves crashing, cinematic") => ({
  projectId,
  model: "wan2.6-t2v",
  region: "singapore",
  prompt,
  size: "1280*720",
  duration: 5,
});
