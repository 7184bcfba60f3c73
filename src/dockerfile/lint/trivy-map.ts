/**
 * Trivy's Dockerfile checks (new IDs DS-00xx; older Trivy prints DS0xx) and the rules of ours
 * that cover each one. A Trivy finding is matched when any listed rule fires. The one source:
 * a rule's documentation names its Trivy checks from here.
 */
export const TRIVY_CHECK_MAP: Record<string, string[]> = {
  'DS-0001': ['DL3007', 'DL3006'],
  'DS-0002': ['DW1001', 'DL3002'],
  'DS-0004': ['DW1006'],
  'DS-0005': ['DL3020'],
  'DS-0006': ['DL3023'],
  'DS-0007': ['DL4004'],
  'DS-0008': ['DL3011'],
  'DS-0009': ['DL3000'],
  'DS-0010': ['DL3004'],
  'DS-0011': ['DL3021'],
  'DS-0012': ['DL3024'],
  'DS-0013': ['DL3003'],
  'DS-0014': ['DL4001'],
  'DS-0015': ['DL3032'],
  'DS-0016': ['DL4003'],
  'DS-0017': ['DW1013'],
  'DS-0019': ['DL3040'],
  'DS-0020': ['DL3036'],
  'DS-0021': ['DL3014'],
  'DS-0022': ['DL4000'],
  'DS-0023': ['DL3012'],
  'DS-0024': ['DW1014'],
  'DS-0025': ['DL3019'],
  'DS-0026': ['DW1010', 'DL3057'],
  'DS-0029': ['DL3015'],
  'DS-0031': ['DW1002', 'DW1005', 'DL3064'],
};

/** `DS002` (older Trivy output) to `DS-0002`. */
export function normaliseTrivyId(id: string): string {
  const match = /^DS-?0*(\d+)$/.exec(id);
  return match ? `DS-${match[1].padStart(4, '0')}` : id;
}

/** The Trivy checks a rule of ours covers, as its documentation names them: `DS-0025 (DS025)`. */
export function trivyChecksOf(code: string): string[] {
  return Object.entries(TRIVY_CHECK_MAP)
    .filter(([, rules]) => rules.includes(code))
    .map(([check]) => `${check} (DS${check.slice(-3)})`);
}
