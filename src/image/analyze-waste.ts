import type { LayerEntry } from '../image/layers.js';

interface LayerChanges {
  files: Map<string, number>;
  deletions: string[];
  emptied: string[];
}

export interface WasteResult {
  /** Bytes of file versions that a later layer overwrote or deleted. */
  wastedBytes: number;
  /** Sum of every file version in every layer. */
  totalBytes: number;
  /** The paths that waste the most, with the bytes they waste. */
  worst: { path: string; wastedBytes: number; versions: number }[];
  /** The files the final image shows, largest first. */
  largest: { path: string; size: number; layerIndex: number }[];
  /** The layer whose version of a path the final image shows, if it shows one. */
  visibleLayer(path: string): number | undefined;
  /** Every file the final image shows, with its size and the layer it comes from. */
  visible(): Iterable<[string, { size: number; layerIndex: number }]>;
}

/**
 * Records each layer's files and deletions while the export streams by (layers may
 * arrive in any order), then replays them in image order to find what was overwritten
 * or deleted. Only paths and sizes are kept, never content.
 */
export class WasteTracker {
  private readonly layers = new Map<string, LayerChanges>();

  record(entry: LayerEntry): void {
    let changes = this.layers.get(entry.layer);
    if (!changes) {
      changes = { files: new Map(), deletions: [], emptied: [] };
      this.layers.set(entry.layer, changes);
    }
    if (entry.type === 'file') changes.files.set(entry.path, entry.size);
    else if (entry.type === 'whiteout') changes.deletions.push(entry.path);
    else if (entry.type === 'opaque') changes.emptied.push(entry.path);
  }

  compute(layerOrder: string[], limit: number): WasteResult {
    const live = new Map<string, { size: number; layerIndex: number }>();
    const wasteByPath = new Map<string, { wastedBytes: number; versions: number }>();
    let wastedBytes = 0;
    let totalBytes = 0;
    const waste = (path: string, size: number) => {
      wastedBytes += size;
      const current = wasteByPath.get(path) ?? { wastedBytes: 0, versions: 1 };
      current.wastedBytes += size;
      current.versions++;
      wasteByPath.set(path, current);
    };
    const removeUnder = (directory: string, includeSelf: boolean) => {
      const prefix = directory ? `${directory}/` : '';
      for (const [path, file] of live) {
        if ((includeSelf && path === directory) || path.startsWith(prefix)) {
          waste(path, file.size);
          live.delete(path);
        }
      }
    };
    layerOrder.forEach((key, layerIndex) => {
      const changes = this.layers.get(key);
      if (!changes) return;
      for (const directory of changes.emptied) removeUnder(directory, false);
      for (const path of changes.deletions) {
        const file = live.get(path);
        if (file) {
          waste(path, file.size);
          live.delete(path);
        } else {
          removeUnder(path, true);
        }
      }
      for (const [path, size] of changes.files) {
        totalBytes += size;
        const previous = live.get(path);
        if (previous) waste(path, previous.size);
        live.set(path, { size, layerIndex });
      }
    });
    const worst = [...wasteByPath.entries()]
      .map(([path, info]) => ({ path, ...info }))
      .sort((a, b) => b.wastedBytes - a.wastedBytes)
      .slice(0, limit);
    const largest = [...live.entries()]
      .map(([path, file]) => ({ path, ...file }))
      .sort((a, b) => b.size - a.size)
      .slice(0, limit);
    return {
      wastedBytes,
      totalBytes,
      worst,
      largest,
      visibleLayer: (path) => live.get(path)?.layerIndex,
      visible: () => live.entries(),
    };
  }
}
