import { parseArgs } from 'node:util';
import { lazyEngine } from '../engine/index.js';
import { collectSystemReport } from '../system/info.js';

const HELP = `dockwright doctor [--json]

Checks what dockwright needs and says how to fix what is missing.
Exit code 0 when the Docker Engine answers, 2 when it does not.`;

export async function doctorCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const report = await collectSystemReport(lazyEngine());
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return report.engine ? 0 : 2;
  }
  const ok = (flag: boolean) => (flag ? 'ok  ' : 'MISS');
  const lines: string[] = [];
  if (report.engine) {
    const e = report.engine;
    lines.push(
      `ok   ${e.productName} (Docker API ${e.apiVersion}, ${e.os}, ${e.storageDriver ?? '?'}) at ${e.endpoint}`,
    );
    if (e.context) lines.push(`     context: ${e.context}`);
  } else {
    lines.push(`MISS Docker Engine: ${report.engineError?.message}`);
    if (report.engineError?.hint) lines.push(`     ${report.engineError.hint}`);
  }
  lines.push(
    report.engine?.product === 'podman'
      ? "MISS BuildKit: Podman has no BuildKit session endpoint; image builds use Podman's builder (Buildah), without build secrets"
      : `${ok(report.buildkit)} BuildKit builds through the Engine API`,
  );
  lines.push(
    report.compose
      ? `ok   Compose ${report.compose.version} (${report.compose.release})`
      : 'MISS Compose: install the Docker Compose plugin (docker compose) or docker-compose',
  );
  lines.push(
    report.trivy
      ? `ok   Trivy ${report.trivy.version} (${report.trivy.path})`
      : 'MISS Trivy: optional; install it or set DOCKWRIGHT_TRIVY for vulnerability scans (the built-in scanner still gives SBOMs and secrets)',
  );
  lines.push(
    report.shellcheck
      ? 'ok   ShellCheck'
      : 'MISS ShellCheck: optional; install it for SC findings in RUN scripts',
  );
  console.log(lines.join('\n'));
  return report.engine ? 0 : 2;
}
