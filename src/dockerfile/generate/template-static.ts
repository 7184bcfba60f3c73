import { DockerfileBuilder } from './dockerfile-builder.js';
import type { TemplateInput, TemplateOutput } from './template-input.js';
import { staticSiteStage } from './template-shared.js';

export function staticTemplate(input: TemplateInput): TemplateOutput {
  return staticSiteStage(input, new DockerfileBuilder(), undefined);
}
