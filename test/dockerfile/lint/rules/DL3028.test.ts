import { ruleCases } from '../rule-cases.js';

ruleCases('DL3028', {
  catches: [
    [1, 'RUN gem install rails'],
    [2, 'FROM ruby:3.3\nRUN gem install bundler:2.5.6 rake'],
    [2, 'FROM ruby:3.3\nRUN gem update && gem install --no-document puma'],
  ],
  passes: [
    'RUN gem install rails:7.1.3',
    'RUN gem install rails -v 7.1.3',
    'RUN gem install rails --version 7.1.3',
    'RUN bundle install',
  ],
});
