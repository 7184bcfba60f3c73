import { ruleCases } from '../rule-cases.js';

ruleCases('DL3042', {
  catches: ['RUN pip install requests==2.32.3'],
  passes: [
    'RUN pip install --no-cache-dir requests==2.32.3',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3',
  ],
});
