import { dotnetDetector } from './detect-dotnet.js';
import { goDetector } from './detect-go.js';
import { javaDetector } from './detect-java.js';
import { cppDetector, shellDetector } from './detect-native.js';
import { nodeDetector } from './detect-node.js';
import { otherDetectors } from './detect-other.js';
import { phpDetector } from './detect-php.js';
import { pythonDetector } from './detect-python.js';
import { rubyDetector } from './detect-ruby.js';
import { rustDetector } from './detect-rust.js';
import { staticDetector } from './detect-static.js';
import type { LanguageDetector } from './detection.js';
import type { ProjectFiles } from './project-files.js';

const other = (name: Parameters<typeof otherDetectors.get>[0]) => otherDetectors.get(name)!;

/**
 * First match wins. Languages whose projects often carry a package.json for front-end
 * assets (PHP, Ruby) come before Node; Node comes before Python; static sites come last.
 */
const DETECTION_ORDER: LanguageDetector[] = [
  dotnetDetector,
  other('dart'),
  other('elixir'),
  other('deno'),
  other('clojure'),
  other('gleam'),
  goDetector,
  other('haskell'),
  javaDetector,
  other('scala'),
  phpDetector,
  rubyDetector,
  nodeDetector,
  pythonDetector,
  rustDetector,
  other('swift'),
  other('crystal'),
  staticDetector,
  cppDetector,
  shellDetector,
  other('zig'),
  other('cobol'),
  other('scheme'),
];

/** The detector of the first language whose project files are in `files`. */
export function firstMatch(files: ProjectFiles): LanguageDetector | undefined {
  return DETECTION_ORDER.find((detector) => detector.matches(files));
}
