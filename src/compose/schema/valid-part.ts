type Raw = Record<string, unknown>;

/** `services.web.ports[0]` → ['services', 'web']; quoted names (`services."a.b"`) stay whole. */
function firstTwoSegments(path: string): [string, string | undefined] {
  const match = /^([^.[]+)(?:\.("(?:[^"\\]|\\.)*"|[^.[]+))?/.exec(path);
  if (!match) return ['', undefined];
  const second = match[2]?.startsWith('"') ? (JSON.parse(match[2]) as string) : match[2];
  return [match[1], second];
}

/**
 * The part of the data the schema accepted: a service, network, volume, config or secret with
 * an issue is left out whole, and so is any other top-level key with one. Normalisation and the
 * later checks then only ever see values of the types they expect.
 */
export function validPart(data: Raw, issues: { path: string }[]): Raw {
  const out: Raw = { ...data };
  for (const issue of issues) {
    const [section, name] = firstTwoSegments(issue.path);
    if (!section) return { services: {} };
    const entries = out[section];
    if (name !== undefined && entries && typeof entries === 'object' && !Array.isArray(entries)) {
      const { [name]: _dropped, ...kept } = entries as Raw;
      out[section] = kept;
    } else {
      delete out[section];
    }
  }
  return out;
}
