import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import type { Fact } from './types.js';

const GRADLE_FILES = ['build.gradle', 'build.gradle.kts'];

function javaVersion(files: ProjectFiles, buildFile: string, buildText: string): Fact<string> | undefined {
  const patterns: RegExp[] = [
    /<java\.version>\s*(\d+)/,
    /<maven\.compiler\.(?:release|source)>\s*(?:1\.)?(\d+)/,
    /languageVersion(?:\.set\()?\s*=?\s*JavaLanguageVersion\.of\((\d+)\)/,
    /sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_|['"]?)(?:1[._])?(\d+)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(buildText);
    if (match) return { value: match[1], source: buildFile };
  }
  const runtime = /java\.runtime\.version\s*=\s*(?:1\.)?(\d+)/.exec(
    files.readText('system.properties') ?? '',
  );
  return runtime ? { value: runtime[1], source: 'system.properties' } : undefined;
}

function artifactNames(buildText: string): string[] {
  const maven = [...buildText.matchAll(/<artifactId>([^<]+)<\/artifactId>/g)].map((m) => m[1]);
  const gradle = [...buildText.matchAll(/['"]([\w.-]+:[\w.-]+)(?::[^'"]*)?['"]/g)].map((m) => m[1]);
  return [...maven, ...gradle];
}

function detectJava(files: ProjectFiles): LanguageDetection {
  const gradleFile = GRADLE_FILES.find((name) => files.exists(name));
  const isMaven = files.exists('pom.xml');
  const buildFile = isMaven ? 'pom.xml' : (gradleFile ?? 'pom.xml');
  const buildText = files.readText(buildFile) ?? '';
  const manager = isMaven ? 'maven' : 'gradle';
  const wrapper = isMaven ? files.exists('mvnw') : files.exists('gradlew');
  const springBoot = /spring-boot|org\.springframework\.boot/.test(buildText);
  const build = isMaven
    ? `${wrapper ? './mvnw' : 'mvn'} -B -DskipTests package`
    : `${wrapper ? './gradlew' : 'gradle'} --no-daemon build -x test`;
  const manifests = isMaven
    ? ['pom.xml', ...(wrapper ? ['mvnw', '.mvn'] : [])]
    : [
        buildFile,
        ...['settings.gradle', 'settings.gradle.kts', 'gradle.properties'].filter((f) => files.exists(f)),
      ];
  if (!isMaven && wrapper) manifests.push('gradlew', 'gradle');
  return {
    language: { value: 'java', source: buildFile },
    packageManager: { value: manager, source: buildFile },
    manifests,
    runtimeVersion: javaVersion(files, buildFile, buildText),
    framework: springBoot ? { value: 'Spring Boot', source: buildFile } : undefined,
    buildCommand: { value: build, source: wrapper ? (isMaven ? 'mvnw' : 'gradlew') : buildFile },
    startCommand: { value: 'java -jar /app/app.jar', source: 'default: the packaged jar' },
    outputDir: { value: isMaven ? 'target' : 'build/libs', source: `default for ${manager}` },
    port: { value: 8080, source: springBoot ? 'default for Spring Boot' : 'default for Java services' },
    dependencies: { names: artifactNames(buildText), source: buildFile },
  };
}

export const javaDetector: LanguageDetector = {
  matches: (files) => files.exists('pom.xml') || GRADLE_FILES.some((name) => files.exists(name)),
  detect: (files) => detectJava(files),
};
