import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import type { AppLink } from '../../project/app-links.js';

/** What an app of the stack offers the apps that call it. */
export interface WiredApp {
  name: string;
  port?: number;
  /** Whether its image has a HEALTHCHECK, so callers can wait for service_healthy. */
  healthy: boolean;
  staticSite: boolean;
}

export interface Wiring {
  environment: Record<string, Record<string, string>>;
  dependsOn: Record<string, Record<string, { condition: string }>>;
  rationale: Rationale[];
}

const envName = (service: string) => `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;

/**
 * A static site's code runs in the visitor's browser, which cannot resolve Compose service
 * names: it gets no runtime variable or depends_on, only the reason and what to do instead.
 */
function staticCaller(caller: string, callee: string, port: number, link: AppLink): Rationale {
  const variable = link.variables[0];
  return {
    choice: `${caller} → ${callee}: nothing wired`,
    why:
      `${link.source} calls ${callee}, but ${caller} is a static site: the browser reaches ${callee} on its published port, not by service name. ` +
      `${variable ? `${variable} is read when the site is built, so set it then; ` : ''}to serve both from one origin, have ${caller}'s web server proxy the API path to http://${callee}:${port}.`,
  };
}

/**
 * Each caller gets the callee's address by service name in the variables its code reads
 * (or CALLEE_URL when it reads none) and waits for it; a link back in the opposite
 * direction gets the address but no depends_on, since Compose refuses dependency cycles.
 */
export function wireApps(apps: WiredApp[], links: AppLink[]): Wiring {
  const wiring: Wiring = { environment: {}, dependsOn: {}, rationale: [] };
  const byName = new Map(apps.map((app) => [app.name, app]));
  for (const link of links) {
    const caller = byName.get(link.from);
    const callee = byName.get(link.to);
    if (!caller || !callee || callee.port === undefined) continue;
    if (caller.staticSite) {
      wiring.rationale.push(staticCaller(caller.name, callee.name, callee.port, link));
      continue;
    }
    const url = `http://${callee.name}:${callee.port}`;
    const variables = link.variables.length > 0 ? link.variables : [envName(callee.name)];
    wiring.environment[caller.name] ??= {};
    const environment = wiring.environment[caller.name];
    for (const variable of variables) {
      environment[variable] = /_HOST$/.test(variable) ? callee.name : url;
    }
    const cycle = wiring.dependsOn[callee.name]?.[caller.name] !== undefined;
    const condition = callee.healthy ? 'service_healthy' : 'service_started';
    if (!cycle)
      wiring.dependsOn[caller.name] = { ...wiring.dependsOn[caller.name], [callee.name]: { condition } };
    wiring.rationale.push({
      choice: `${caller.name} → ${callee.name}: ${variables.map((v) => `${v}=${environment[v]}`).join(', ')}`,
      why:
        `${link.source} calls ${callee.name}${link.variables.length > 0 ? '' : ` on localhost:${callee.port}; make it read ${variables[0]}`}. ` +
        'On the Compose network the service name resolves to its container' +
        (cycle
          ? '; no depends_on, since it already waits for this app.'
          : callee.healthy
            ? `, and ${caller.name} starts once ${callee.name} is healthy.`
            : `; ${callee.name}'s image has no HEALTHCHECK, so ${caller.name} waits only for it to start.`),
    });
  }
  return wiring;
}
