import { redirect } from "next/navigation";

/** The shareable join link, /join/CODE: the form, filled in. */
export default async function JoinLink({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  redirect(`/join?code=${encodeURIComponent(code.slice(0, 40))}`);
}
