import { GenerationPage, generationMetadata } from "@/app/(app)/_parts/generation-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  return generationMetadata((await params).id);
}

export default async function AllVideosGenerationPage({ params }: Props) {
  return <GenerationPage id={(await params).id} />;
}
