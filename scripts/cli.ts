// Admin CLI: `npm run cli -- <command> [options]`. See README "Admin CLI".
import { parseArgs } from "node:util";
import { COMMANDS } from "@/scripts/cli/commands";

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`${name ? `Unknown command "${name}". ` : ""}Usage: npm run cli -- <command> [options]\n`);
    for (const [key, c] of Object.entries(COMMANDS)) console.error(`  ${key.padEnd(20)} ${c.usage}`);
    process.exit(2);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run cli -- ${name} ${command.usage}`);
    process.exit(2);
  }
  for (const required of command.required ?? []) {
    if (!values[required]) {
      console.error(`Missing --${required}.\nUsage: npm run cli -- ${name} ${command.usage}`);
      process.exit(2);
    }
  }
  await command.run(values);
}

main().catch((error: Error & { code?: string }) => {
  console.error(`Error: ${error.message}`);
  process.exit(1);
});
