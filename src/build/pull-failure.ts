/** Why BuildKit could not get an image it had to pull: a base image or the `# syntax=` frontend. */

const UNREACHABLE =
  /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|TLS handshake/i;

/** The image a failed pull names: from BuildKit's step, its message, or the registry URL it asked. */
export function pulledImage(text: string): string | undefined {
  const named =
    /(?:load metadata|resolve image config|source metadata) for (\S+?):?(?:\s|$)/.exec(text)?.[1] ??
    /pull access denied for ([^\s,]+)/.exec(text)?.[1] ??
    /manifest for (\S+) not found/.exec(text)?.[1];
  const fromUrl = /\/v2\/(\S+?)\/manifests\/([^"'\s:]+)/.exec(text);
  return named ?? (fromUrl ? `${fromUrl[1]}:${fromUrl[2]}` : undefined);
}

/** Whether the registry was out of reach, rather than refusing or not knowing the image. */
function why(text: string): string {
  return UNREACHABLE.test(text)
    ? 'its registry cannot be reached from the engine'
    : 'its registry refused it or does not have it';
}

export function isFrontendPull(text: string): boolean {
  return (
    /docker\/dockerfile|frontend gateway/i.test(text) &&
    /failed to (do request|resolve|solve)|pull access denied|manifest/i.test(text)
  );
}

export function frontendHint(text: string): string {
  const image = pulledImage(text) ?? 'docker/dockerfile';
  return (
    `The "# syntax=" line makes BuildKit pull the Dockerfile frontend ${image}, and ${why(text)}. ` +
    'Remove the "# syntax=" line: the engine\'s built-in frontend already handles RUN --mount cache and secrets ' +
    '(dockerfile_generate adds the line only with syntaxLine: true). Or make that image reachable through a registry mirror.'
  );
}

export function baseImageHint(text: string): string {
  const image = pulledImage(text);
  return (
    `The base image ${image ?? 'named in FROM'} is not on this engine and ${why(text)}. ` +
    'Use an image this engine has (image_list), pull it from a reachable mirror (image_pull, with auth for a ' +
    "private registry), or choose other bases with dockerfile_generate's baseImages option."
  );
}
