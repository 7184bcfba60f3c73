import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { copyManifests, ociLabels } from './template-input.js';
import { addAppUser } from './template-shared.js';

/** Full JRE tags per major, so the runtime tag is pinned past the major version. */
const JRE_TAGS: Record<string, string> = { '11': '11.0.25_9', '17': '17.0.13_11', '21': '21.0.5_11' };

export function javaTemplate(input: TemplateInput): TemplateOutput {
  const { plan, flavour } = input;
  const b = new DockerfileBuilder();
  const major = input.version.split('.')[0];
  const maven = plan.packageManager?.value === 'maven';
  const build = maven
    ? baseImage('java-build', input.baseImages, { repo: 'maven', tag: `3.9-eclipse-temurin-${major}` })
    : baseImage('java-build', input.baseImages, { repo: 'gradle', tag: `8.11-jdk${major}` });
  const cache = maven
    ? '--mount=type=cache,target=/root/.m2'
    : '--mount=type=cache,target=/home/gradle/.gradle';
  b.from(build, 'build').line(
    'WORKDIR /src',
    copyManifests(plan.manifests.filter((f) => !['mvnw', '.mvn', 'gradle', 'gradlew'].includes(f)))!,
  );
  b.run(cache, [maven ? 'mvn -B -q dependency:go-offline' : 'gradle --no-daemon -q dependencies']);
  b.line('COPY src ./src');
  const output = maven ? 'target' : 'build/libs';
  b.run(cache, [
    maven ? 'mvn -B -DskipTests package' : 'gradle --no-daemon build -x test',
    'mkdir -p /out',
    `find ${output} -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' ! -name 'original-*' -exec cp {} /out/app.jar ';'`,
  ]);
  b.why(
    `${maven ? 'Maven' : 'Gradle'} dependencies before sources`,
    'Dependencies resolve from the build file alone, so the layer is reused until it changes; the build tool image stays out of the final stage.',
  );
  const distroless = flavour === 'distroless';
  const runtime = distroless
    ? baseImage('java', input.baseImages, { repo: `gcr.io/distroless/java${major}-debian12`, tag: 'nonroot' })
    : baseImage('java', input.baseImages, {
        repo: 'eclipse-temurin',
        arg: 'JRE_VERSION',
        version: JRE_TAGS[major] ?? major,
        suffix: flavour === 'alpine' ? '-jre-alpine' : '-jre-noble',
      });
  b.from(runtime, 'runtime').line(ociLabels(plan, 'app'));
  const user = distroless ? '65532:65532' : addAppUser(b, flavour);
  b.line('WORKDIR /app', 'COPY --from=build /out/app.jar ./app.jar');
  if (input.port !== undefined) b.line(`EXPOSE ${input.port}`);
  b.line(`USER ${user}`, 'ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"');
  const health = healthcheckFor(
    distroless ? 'none' : flavour === 'alpine' ? 'wget' : 'bash',
    input.port,
    undefined,
    input.plan.healthPath,
  );
  if (health.instruction) b.line(health.instruction);
  b.line(distroless ? `CMD ${execForm(['app.jar'])}` : `ENTRYPOINT ${execForm(['java', '-jar', 'app.jar'])}`);
  b.why(
    'MaxRAMPercentage=75',
    'The JVM sizes its heap from the container’s memory limit, leaving room for metaspace and threads.',
  );
  b.why('java as PID 1', 'The JVM runs its shutdown hooks on SIGTERM, so no init process is needed.');
  return { builder: b, healthcheck: health, user };
}
