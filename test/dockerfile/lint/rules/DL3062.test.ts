import { ruleCases } from '../rule-cases.js';

ruleCases('DL3062', {
  catches: ['RUN go install golang.org/x/tools/gopls@latest'],
  passes: ['RUN go install golang.org/x/tools/gopls@v0.16.2'],
});
