import { ruleCases } from '../rule-cases.js';

ruleCases('DL3042', {
  catches: [
    [1, 'RUN pip install requests==2.32.3'],
    [2, 'FROM python:3.12\nRUN pip3 install -r requirements.txt'],
    [2, 'FROM python:3.12\nRUN python -m pip install flask==3.0.0'],
  ],
  passes: [
    'RUN pip install --no-cache-dir requests==2.32.3',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3',
    'RUN pip --version',
  ],
});
