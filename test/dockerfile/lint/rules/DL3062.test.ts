import { ruleCases } from '../rule-cases.js';

ruleCases('DL3062', {
  catches: [
    [1, 'RUN go install golang.org/x/tools/gopls@latest'],
    [2, 'FROM golang:1.22\nRUN go install github.com/acme/tool'],
    [2, 'FROM golang:1.22\nRUN go run github.com/acme/gen@latest ./...'],
  ],
  passes: [
    'RUN go install golang.org/x/tools/gopls@v0.16.2',
    'RUN go install ./cmd/server',
    'RUN go build -o /out/app .',
    'RUN go run ./cmd/gen',
  ],
});
