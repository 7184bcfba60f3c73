import { ruleCases } from '../rule-cases.js';

ruleCases('DL3067', {
  catches: ['COPY --from=build / /'],
  passes: ['COPY --from=build /out /app'],
});
