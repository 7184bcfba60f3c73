/** How an image can probe its own HTTP port, from what the image contains. */
export type Prober = 'node' | 'python' | 'ruby' | 'php' | 'bash' | 'wget' | 'none';

/**
 * A 2 s interval makes the engine report healthy within about 2 s of the app listening: Engine
 * 20.10 has no --start-interval, so the start period alone cannot make the first probes fast.
 * Five misses (10 s) mark it unhealthy once the start period is over.
 */
const TIMING = '--interval=2s --timeout=2s --start-period=30s --retries=5';

export interface Healthcheck {
  /** The HEALTHCHECK line, or undefined when the image has nothing that can probe. */
  instruction?: string;
  /** The same probe as an argv for compose.yaml. */
  test?: string[];
  why: string;
}

function probeArgv(prober: Prober, port: number, nodeBinary: string, path: string): string[] | undefined {
  const url = `http://127.0.0.1:${port}${path}`;
  switch (prober) {
    case 'node':
      return [
        nodeBinary,
        '-e',
        `fetch('${url}').then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))`,
      ];
    case 'python':
      return [
        'python3',
        '-c',
        `import urllib.request, sys; urllib.request.urlopen('${url}', timeout=4); sys.exit(0)`,
      ];
    case 'ruby':
      return ['ruby', '-rnet/http', '-e', `exit Net::HTTP.get_response(URI('${url}')).code.to_i < 500`];
    case 'php':
      return ['php', '-r', `exit(@file_get_contents('${url}') === false ? 1 : 0);`];
    case 'wget':
      return ['wget', '-q', '--spider', url];
    case 'bash':
      return [
        'bash',
        '-c',
        `exec 3<>/dev/tcp/127.0.0.1/${port} && printf 'GET ${path} HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' [234][0-9][0-9] '`,
      ];
    default:
      return undefined;
  }
}

const WHY: Record<Prober, string> = {
  node: 'Slim images have no curl or wget; Node 18+ has fetch built in, so the runtime itself probes the port.',
  python: 'Slim images have no curl or wget; Python’s urllib probes the port with nothing extra installed.',
  ruby: 'Slim images have no curl; Ruby’s net/http probes the port.',
  php: 'The PHP image has no curl binary; php -r probes the port.',
  bash: 'The image has no curl, wget or language runtime; bash’s /dev/tcp sends a plain HTTP request and checks the status line.',
  wget: 'BusyBox wget is already in the image, so nothing extra is installed for the probe.',
  none: 'The final image has no shell or HTTP client to probe with (distroless); rely on the orchestrator’s HTTP probe or add a health endpoint checked from outside.',
};

export function healthcheckFor(
  prober: Prober,
  port: number | undefined,
  nodeBinary = 'node',
  health?: { value: string; source: string },
): Healthcheck {
  if (port === undefined) return { why: 'The app listens on no known port, so there is nothing to probe.' };
  const path = health?.value ?? '/';
  const argv = probeArgv(prober, port, nodeBinary, path);
  if (!argv) return { why: WHY.none };
  const route = health ? ` It probes ${path}, the health route ${health.source} defines.` : '';
  return {
    instruction: `HEALTHCHECK ${TIMING} CMD ${JSON.stringify(argv)}`,
    test: ['CMD', ...argv],
    why: `${WHY[prober]}${route} A 2 s interval reports healthy within seconds of listening (Engine 20.10 has no start interval).`,
  };
}
