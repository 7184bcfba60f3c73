import type { PatternFiles, StackInfo } from '../types.js';

/** A built-in pattern as its file declares it. */
export interface SeedPattern extends PatternFiles, StackInfo {
  id: string;
  title: string;
  tags: string[];
  notes: string;
}
