import { ruleCases } from '../rule-cases.js';

ruleCases('DL3013', {
  catches: [
    [1, 'RUN pip install requests'],
    [2, 'FROM python:3.12\nRUN pip3 install --no-cache-dir flask==3.0.0 requests'],
    [2, 'FROM python:3.12\nRUN python -m pip install django'],
  ],
  passes: [
    'RUN pip install requests==2.32.3',
    'RUN pip install -r requirements.txt',
    'RUN pip install .',
    'RUN pip install "requests>=2.31"',
  ],
});
