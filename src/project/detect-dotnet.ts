import type { LanguageDetection, LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';
import type { Language } from './types.js';

function projectFile(files: ProjectFiles): string | undefined {
  return files.find((name) => name.endsWith('.csproj') || name.endsWith('.fsproj'), 1)[0];
}

function detectDotnet(files: ProjectFiles): LanguageDetection {
  const project = projectFile(files) ?? '';
  const text = files.readText(project) ?? '';
  const language: Language = project.endsWith('.fsproj') ? 'fsharp' : 'csharp';
  const target = /<TargetFramework>net(\d+\.\d+)<\/TargetFramework>/.exec(text)?.[1];
  const web = /Sdk="Microsoft\.NET\.Sdk\.Web"/.test(text);
  const assembly =
    /<AssemblyName>([^<]+)<\/AssemblyName>/.exec(text)?.[1] ??
    project.replace(/^.*\//, '').replace(/\.[cf]sproj$/, '');
  const packages = [...text.matchAll(/<PackageReference\s+Include="([^"]+)"/g)].map((m) => m[1]);
  return {
    language: { value: language, source: project },
    packageManager: { value: 'nuget', source: project },
    manifests: [project, ...(files.exists('global.json') ? ['global.json'] : [])],
    runtimeVersion: target ? { value: target, source: `${project}#TargetFramework` } : undefined,
    framework: web ? { value: 'ASP.NET Core', source: `${project}#Sdk` } : undefined,
    entry: { value: project, source: project },
    buildCommand: { value: `dotnet publish ${project} -c Release -o /out`, source: 'default for .NET' },
    startCommand: { value: `dotnet ${assembly}.dll`, source: `${project}#AssemblyName` },
    port: web ? { value: 8080, source: 'default for ASP.NET Core 8 images' } : undefined,
    appKind: web ? undefined : { value: 'worker', source: `${project}: not a web SDK project` },
    dependencies: { names: packages, source: project },
  };
}

export const dotnetDetector: LanguageDetector = {
  matches: (files) => projectFile(files) !== undefined,
  detect: (files) => detectDotnet(files),
};
