import type { ParsedDockerfile } from '../dockerfile/parse/model.js';

/** The image the final stage starts from, following `FROM <earlier stage>` back to an image. */
export function finalBaseOf(dockerfile: ParsedDockerfile | undefined): string | undefined {
  const stages = dockerfile?.stages ?? [];
  let stage = stages[stages.length - 1];
  for (let hops = 0; stage && hops < stages.length; hops++) {
    const earlier = stages.find(
      (s) => s.index < stage.index && s.alias?.toLowerCase() === stage.image.toLowerCase(),
    );
    if (!earlier) return stage.image;
    stage = earlier;
  }
  return undefined;
}
