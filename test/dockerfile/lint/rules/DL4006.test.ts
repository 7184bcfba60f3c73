import { ruleCases } from '../rule-cases.js';

ruleCases('DL4006', {
  catches: ['RUN curl -s http://a | tar x'],
  passes: ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -s http://a | tar x'],
});
