import { parseDockerfile } from '../dockerfile/parse/parse.js';

/** ARGs declared before the first FROM with a default, as FROM lines may use them. */
function globalArgs(text: string): Map<string, string> {
  const head = text.split(/^FROM\s/im)[0] ?? '';
  return new Map([...head.matchAll(/^ARG\s+(\w+)=(\S+)/gim)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')]));
}

function expand(image: string, args: Map<string, string>): string {
  return image.replace(/\$\{?(\w+)\}?/g, (whole, name: string) => args.get(name) ?? whole);
}

/**
 * The images a Dockerfile's stages start from (other stages left out), and the one its final
 * stage rests on: the base whose bytes the built image carries.
 */
export function baseImagesOf(text: string): { images: string[]; final?: string } {
  const { stages } = parseDockerfile(text);
  const args = globalArgs(text);
  const byAlias = new Map<string, string | undefined>();
  const images: string[] = [];
  let final: string | undefined;
  for (const stage of stages) {
    const inherited = byAlias.get(stage.image.toLowerCase());
    const own = byAlias.has(stage.image.toLowerCase()) ? undefined : expand(stage.image, args);
    if (own && !images.includes(own)) images.push(own);
    final = own ?? inherited;
    if (stage.alias) byAlias.set(stage.alias.toLowerCase(), final);
  }
  return { images, final };
}
