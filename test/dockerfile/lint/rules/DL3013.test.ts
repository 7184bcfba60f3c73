import { ruleCases } from '../rule-cases.js';

ruleCases('DL3013', {
  catches: ['RUN pip install requests'],
  passes: ['RUN pip install requests==2.32.3', 'RUN pip install -r requirements.txt'],
});
