import { GenerationPage, generationMetadata } from "@/app/(app)/_parts/generation-page";

type Props = { params: Promise<{ id: string; generationId: string }> };

export async function generateMetadata({ params }: Props) {
  return generationMetadata((await params).generationId);
}

export default async function ProjectGenerationPage({ params }: Props) {
  const { id, generationId } = await params;
  return <GenerationPage id={generationId} projectId={id} />;
}
