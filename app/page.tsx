import { redirect } from "next/navigation";
import { sessionUser } from "@/lib/platform/auth/actor";

export default async function Home() {
  redirect((await sessionUser()) ? "/projects" : "/signin");
}
