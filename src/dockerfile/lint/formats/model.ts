import type { Finding } from '../types.js';

export interface FileFindings {
  /** The path as shown to the user (relative to the working directory when possible). */
  path: string;
  findings: Finding[];
}
