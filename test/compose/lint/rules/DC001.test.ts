import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC001', {
  catches: [
    [1, 'version', 'version: "3.8"\nservices:\n  a:\n    image: x:1\n'],
    [1, 'version', "version: '2'\nservices: {a: {image: x:1}}\n"],
    [3, 'version', '# shop\n\nversion: "3"\nservices:\n  a:\n    image: x:1\n'],
  ],
  passes: [
    'services:\n  a:\n    image: x:1\n',
    'name: shop\nservices:\n  a:\n    image: x:1\n',
    'services:\n  version:\n    image: x:1\n',
    'x-version: "3"\nservices:\n  a:\n    image: x:1\n',
  ],
});
