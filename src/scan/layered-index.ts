interface Placed<T> {
  layer: string;
  value: T;
}

/**
 * Values found at paths in several layers, resolved the way an overlay filesystem
 * stacks them: a higher layer's file replaces a lower one's, a whiteout deletes a path
 * and everything under it, an opaque directory hides everything lower down inside it.
 * Layers arrive in any order; the order is only known once the manifest is read.
 */
export class LayeredIndex<T> {
  private readonly values = new Map<string, Map<string, T>>();
  private readonly whiteouts = new Map<string, string[]>();
  private readonly opaques = new Map<string, string[]>();

  add(layer: string, path: string, value: T): void {
    const map = this.values.get(layer) ?? new Map<string, T>();
    map.set(path, value);
    this.values.set(layer, map);
  }

  whiteout(layer: string, path: string): void {
    this.whiteouts.set(layer, [...(this.whiteouts.get(layer) ?? []), path]);
  }

  opaque(layer: string, dir: string): void {
    this.opaques.set(layer, [...(this.opaques.get(layer) ?? []), dir]);
  }

  /** The values visible in the final image, keyed by path. */
  resolve(order: string[]): Map<string, Placed<T>> {
    const visible = new Map<string, Placed<T>>();
    for (const layer of order) {
      for (const path of this.whiteouts.get(layer) ?? []) deleteUnder(visible, path, true);
      for (const dir of this.opaques.get(layer) ?? []) deleteUnder(visible, dir, false);
      for (const [path, value] of this.values.get(layer) ?? []) visible.set(path, { layer, value });
    }
    return visible;
  }

  /** True when a layer above `layer` deletes `path` (a whiteout of it or a parent, or an opaque parent). */
  deletedAbove(layer: string, path: string, order: string[]): boolean {
    const above = order.slice(order.indexOf(layer) + 1);
    return above.some(
      (upper) =>
        (this.whiteouts.get(upper) ?? []).some((gone) => path === gone || path.startsWith(`${gone}/`)) ||
        (this.opaques.get(upper) ?? []).some((dir) => path.startsWith(`${dir}/`)),
    );
  }
}

function deleteUnder<T>(visible: Map<string, T>, path: string, includeSelf: boolean) {
  for (const key of [...visible.keys()]) {
    if ((includeSelf && key === path) || key.startsWith(path === '' ? '' : `${path}/`)) visible.delete(key);
  }
}
