/** One Dockerfile per safe autofix, and a piece of text the fixed file must contain. */
export const AUTOFIX_CASES: { code: string; before: string; after: string }[] = [
  {
    code: 'DL3014',
    before: 'FROM debian:12\nRUN apt-get install --no-install-recommends curl=1\n',
    after: 'apt-get install -y --no-install-recommends curl=1',
  },
  {
    code: 'DL3015',
    before: 'FROM debian:12\nRUN apt-get install -y curl=1\n',
    after: 'apt-get install --no-install-recommends -y curl=1',
  },
  {
    code: 'DL3009',
    before: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=1\n',
    after: '&& rm -rf /var/lib/apt/lists/*',
  },
  {
    code: 'DL3042',
    before: 'FROM python:3.12\nRUN pip install flask==3.0.3\n',
    after: 'pip install --no-cache-dir flask==3.0.3',
  },
  {
    code: 'DL3019',
    before: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r0\n',
    after: 'apk add --no-cache curl=8.9.1-r0',
  },
  { code: 'DL3025', before: 'FROM node:20\nCMD node server.js\n', after: 'CMD ["node", "server.js"]' },
  {
    code: 'DL3025',
    before: 'FROM node:20\nHEALTHCHECK --interval=30s CMD /usr/local/bin/healthcheck --quiet\n',
    after: 'HEALTHCHECK --interval=30s CMD ["/usr/local/bin/healthcheck", "--quiet"]',
  },
  {
    code: 'DL4000',
    before: 'FROM node:20\nMAINTAINER Jane <jane@example.com>\n',
    after: 'LABEL maintainer="Jane <jane@example.com>"',
  },
  { code: 'DL3020', before: 'FROM node:20\nADD app.js /srv/\n', after: 'COPY app.js /srv/' },
  { code: 'DL3000', before: 'FROM node:20\nWORKDIR /srv\nWORKDIR app\n', after: 'WORKDIR /srv/app' },
];
