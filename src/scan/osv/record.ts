/** The parts of the OSV schema (https://ossf.github.io/osv-schema/) that matching reads. */
export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string };
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: { severity?: string; urgency?: string };
  database_specific?: { severity?: string };
}

export interface OsvRecord {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  withdrawn?: string;
  severity?: { type: string; score: string }[];
  affected?: OsvAffected[];
  database_specific?: { severity?: string };
  references?: { type: string; url: string }[];
}
