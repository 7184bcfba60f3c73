import { ruleCases } from '../rule-cases.js';

ruleCases('DL4006', {
  catches: [
    [1, 'RUN curl -s http://a | tar x'],
    [2, 'FROM debian:12\nRUN echo a | grep a && true'],
    [3, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN curl -s http://a | tar x'],
    [3, 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN cat a | sort'],
    [3, 'FROM debian:12\nONBUILD SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN cat a | sort'],
  ],
  passes: [
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -s http://a | tar x',
    'FROM debian:12\nRUN curl -s http://a > /tmp/a',
    'FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN Get-ChildItem | Select-Object Name',
    // A stage built FROM another stage keeps its SHELL.
    'FROM debian:12 AS base\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nFROM base\nRUN cat a | sort',
    // The image keeps its SHELL, so the later build that runs the trigger uses it too.
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD RUN cat a | sort',
  ],
});
