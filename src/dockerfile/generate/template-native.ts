import { baseImage } from './base-images.js';
import { DockerfileBuilder, execForm, startLines } from './dockerfile-builder.js';
import { healthcheckFor } from './healthcheck.js';
import { ociLabels, type TemplateInput, type TemplateOutput } from './template-input.js';
import { addAppUser } from './template-shared.js';

const debian = (input: TemplateInput, role: 'runtime' | 'cpp') =>
  baseImage(role, input.baseImages, {
    repo: 'debian',
    arg: 'DEBIAN_VERSION',
    version: '12',
    suffix: '-slim',
  });

const aptInstall = (packages: string[]) => [
  'apt-get update',
  `apt-get install -y --no-install-recommends ${packages.join(' ')}`,
  'rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
];

/** Shell-script apps: Debian slim (bash and coreutils), plus zsh when the shebang asks for it. */
export function shellTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  b.from(debian(input, 'runtime'), 'runtime').line(ociLabels(plan, 'app'));
  const start = startLines(plan.startCommand?.value ?? 'bash start.sh');
  if (start.argv[0] === 'zsh') b.run('', aptInstall(['zsh=5.9*']));
  const user = addAppUser(b, 'debian');
  b.line('WORKDIR /app', 'COPY . .', `USER ${user}`, start.cmd);
  b.why(
    'Debian slim',
    `The script runs with ${start.argv[0]} (${plan.startCommand?.source}); Debian slim has bash and coreutils.`,
  );
  return { builder: b, healthcheck: healthcheckFor('none', undefined), user };
}

/** C/C++ with CMake or Meson: compilers in the build stage, the program alone in Debian slim. */
export function cppTemplate(input: TemplateInput): TemplateOutput {
  const { plan } = input;
  const b = new DockerfileBuilder();
  const meson = plan.packageManager?.value === 'meson';
  const program = plan.entry?.value ?? 'app';
  b.from(debian(input, 'cpp'), 'build');
  b.run(
    '',
    aptInstall(
      meson
        ? ['g++=4:12.*', 'meson=1.0.*', 'ninja-build=1.11.*']
        : ['g++=4:12.*', 'cmake=3.25.*', 'make=4.3*'],
    ),
  );
  b.line('WORKDIR /src', 'COPY . .');
  b.line(
    meson
      ? 'RUN meson setup build --buildtype=release && meson compile -C build'
      : 'RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --parallel',
  );
  b.why(
    `${meson ? 'Meson' : 'CMake'} release build`,
    `Compilers stay in the build stage; ${program} (${plan.entry?.source ?? 'default name'}) is the only file copied out.`,
  );
  b.from(debian(input, 'runtime'), 'runtime').line(ociLabels(plan, 'app'));
  const user = addAppUser(b, 'debian');
  b.line(
    `COPY --from=build /src/build/${program} /usr/local/bin/${program}`,
    `USER ${user}`,
    `CMD ${execForm([program])}`,
  );
  return { builder: b, healthcheck: healthcheckFor('none', input.port), user };
}
