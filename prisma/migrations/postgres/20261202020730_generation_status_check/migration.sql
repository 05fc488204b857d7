-- The status column admits exactly the statuses of the state machine (lib/rules/generation-status.ts;
-- tests/unit/generations/status-check.test.ts keeps this list equal to it).
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_status_check" CHECK ("status" IN ('queued', 'dispatching', 'pending', 'running', 'archiving', 'succeeded', 'failed', 'canceled', 'expired'));
