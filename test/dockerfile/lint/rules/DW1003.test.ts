import { ruleCases } from '../rule-cases.js';

ruleCases('DW1003', {
  catches: ['RUN curl -fsSL https://get.example.com | sh'],
  passes: ['RUN curl -fsSL -o install.sh https://get.example.com && sh install.sh'],
});
