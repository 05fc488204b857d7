import { Link2Off } from "lucide-react";
import { SharedVideoFrame } from "@/components/gallery/shared-video-frame";
import { EmptyState } from "@/components/ui/empty-state";

export default function ShareNotFound() {
  return (
    <SharedVideoFrame>
      <EmptyState
        icon={<Link2Off />}
        title="This link is no longer available"
        text="The video's owner may have revoked the link, or it has expired. Ask them for a new one."
        className="py-20"
      />
    </SharedVideoFrame>
  );
}
