import { defineRule } from '../rule-kinds.js';
import type { LabelType, LintContext, Rule, RuleDocs, RuleHit, SeveritySetting } from '../types.js';

/** Common SPDX license identifiers; expressions combine them with AND, OR and WITH. */
const SPDX_IDS = new Set(
  (
    '0BSD AFL-3.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.1 Apache-2.0 Artistic-2.0 BSD-1-Clause BSD-2-Clause ' +
    'BSD-3-Clause BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 CC-BY-4.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0 CDDL-1.1 EPL-1.0 EPL-2.0 ' +
    'EUPL-1.2 GPL-2.0 GPL-2.0-only GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later ISC LGPL-2.1 LGPL-2.1-only ' +
    'LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later MIT MIT-0 MPL-1.1 MPL-2.0 MS-PL NCSA OFL-1.1 OpenSSL ' +
    'PostgreSQL Python-2.0 Ruby Unlicense UPL-1.0 Vim W3C WTFPL X11 Zlib Classpath-exception-2.0 LLVM-exception'
  ).split(' '),
);

function isSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  return (
    tokens.length > 0 &&
    tokens.every((t) => ['AND', 'OR', 'WITH'].includes(t) || SPDX_IDS.has(t.replace(/\+$/, '')))
  );
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** The shape and the ranges: month 13, 30 February or hour 24 are not dates. */
function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDay = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const offsetOk = !m[9] || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return realDay && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

export const LABEL_VALIDATORS: Record<Exclude<LabelType, 'text'>, (value: string) => boolean> = {
  url: (v) => /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/i.test(v),
  rfc3339: isRfc3339,
  spdx: isSpdx,
  hash: (v) => /^[0-9a-f]{7,40}$/.test(v),
  semver: (v) => /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};

/** Hits for each LABEL whose schema-typed label fails `valid`. */
export function labelTypeCheck(type: Exclude<LabelType, 'text'>): (ctx: LintContext) => RuleHit[] {
  return (ctx) => {
    const hits: RuleHit[] = [];
    for (const i of ctx.df.instructions) {
      if (i.keyword !== 'LABEL') continue;
      for (const pair of i.pairs) {
        if (ctx.config.labelSchema[pair.key] === type && !LABEL_VALIDATORS[type](pair.value)) {
          hits.push({ instruction: i, message: `Label \`${pair.key}\` is not a valid ${type} value.` });
        }
      }
    }
    return hits;
  };
}

export function labelTypeRule(
  code: string,
  type: Exclude<LabelType, 'text'>,
  title: string,
  severity: SeveritySetting = 'warning',
): Rule {
  const docs: RuleDocs = {
    why: `The label schema in .hadolint.yaml says this label holds a ${type} value; tools that read it expect that format.`,
    howToFix: `Give the label a valid ${type} value, or change its type in \`label-schema\`.`,
    references: [],
  };
  return defineRule({ code, severity, title, docs, check: labelTypeCheck(type) });
}
