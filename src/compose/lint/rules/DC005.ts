import { type ComposeRule, eachService } from '../rule.js';

function tagOf(image: string): string | undefined {
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return colon < 0 ? undefined : lastSegment.slice(colon + 1);
}

export const DC005: ComposeRule = {
  code: 'DC005',
  severity: 'warning',
  title: 'Image not pinned',
  rationale:
    'An image without a tag means `latest`, which changes under you: two machines running the same file get different software.',
  fix: 'Pin a version tag (`postgres:16.2`) or, better, a digest (`postgres:16.2@sha256:…`).',
  check: (input) =>
    eachService(input, (service, name, at) => {
      if (!service.image || service.build || service.image.includes('@sha256:')) return undefined;
      const tag = tagOf(service.image);
      if (tag && tag !== 'latest') return undefined;
      return {
        path: `${at}.image`,
        message: `service "${name}" uses "${service.image}", ${tag ? 'the moving "latest" tag' : 'with no tag (so "latest")'}`,
      };
    }),
};
