import { rm } from 'node:fs/promises';
import type { ContainerizeContext } from './model.js';

/** What one call created that may have to go again. */
export interface Leftovers {
  container?: string;
  /** The container's removal, when it began early (verified, and not to be kept). */
  containerRemoval?: Promise<void>;
  /** The tag of an image this call built (not one that was already there). */
  image?: string;
  /** Files this call created in the project. */
  created: string[];
}

export function removeContainer(ctx: Pick<ContainerizeContext, 'engine'>, id: string): Promise<void> {
  return ctx.engine.removeContainer(id, { force: true, volumes: true }).catch(() => {});
}

/**
 * Removes what the call made: the container unless asked to keep it running (and it passed,
 * or the caller keeps even a failed one), the image unless the call succeeded or the caller
 * keeps it, and on cancellation the files it created too. Clean-up never masks the outcome.
 */
export async function cleanUp(
  ctx: Pick<ContainerizeContext, 'engine'>,
  leftovers: Leftovers,
  outcome: { ok: boolean; cancelled: boolean; keep: boolean },
): Promise<{ imageRemoved: boolean }> {
  const keep = outcome.keep && !outcome.cancelled;
  if (leftovers.container && !keep)
    await (leftovers.containerRemoval ?? removeContainer(ctx, leftovers.container));
  const removeImage = Boolean(leftovers.image) && !keep && (!outcome.ok || outcome.cancelled);
  if (removeImage) await ctx.engine.removeImage(leftovers.image as string, { force: true }).catch(() => {});
  if (outcome.cancelled) for (const file of leftovers.created) await rm(file, { force: true });
  return { imageRemoved: removeImage };
}
