import NextAuth from "next-auth";
import { authOptions } from "@/lib/platform/auth/options";
import { signInEvents } from "@/lib/services/users/sign-in-events";

const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(req as never, ctx as never, authOptions(signInEvents));

export { handler as GET, handler as POST };
