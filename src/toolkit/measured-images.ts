/** What this server measured about an image it made itself. */
export interface MeasuredImage {
  imageId: string;
  buildDurationMs: number;
  sizeBytes: number;
  /** The tool that measured it, e.g. `image_build`. */
  measuredBy: string;
}

const MAX_IMAGES = 200;

/**
 * Facts one server measured, keyed by image id, so that a later call (image_assess) reuses
 * them instead of asking the model to copy them over. Lives as long as the server; the
 * oldest entries go first past MAX_IMAGES.
 */
export class MeasuredImages {
  private readonly images = new Map<string, MeasuredImage>();

  record(facts: MeasuredImage): void {
    this.images.delete(facts.imageId);
    this.images.set(facts.imageId, facts);
    if (this.images.size > MAX_IMAGES) this.images.delete(this.images.keys().next().value as string);
  }

  get(imageId: string): MeasuredImage | undefined {
    return this.images.get(imageId);
  }
}
