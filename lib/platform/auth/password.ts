import "server-only";
import bcrypt from "bcryptjs";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
const COMMON = new Set(["password12", "password123", "1234567890", "qwertyuiop", "letmein123", "iloveyou12", "welcome123"]);

/** A reason the password is too weak, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Password must be at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Password must be at most ${PASSWORD_MAX} characters.`;
  if (new Set(password).size < 4) return "Password is too repetitive; use at least 4 different characters.";
  if (COMMON.has(password.toLowerCase())) return "That password is too common; choose another.";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 11);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
