export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { bootInProcess } = await import("./lib/services/worker/boot");
    await bootInProcess();
  }
}
