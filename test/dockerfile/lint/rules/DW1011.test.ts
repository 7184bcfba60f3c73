import { ruleCases } from '../rule-cases.js';

ruleCases('DW1011', {
  catches: [
    [2, 'FROM debian:12\nRUN apt-get install -y build-essential'],
    [1, 'FROM golang:1.22\nRUN go build -o /app .'],
    [3, 'FROM alpine:3.20\nWORKDIR /src\nRUN apk add --no-cache gcc make'],
  ],
  passes: [
    'FROM debian:12 AS b\nRUN apt-get install -y build-essential\nFROM debian:12\nCOPY --from=b /out /app',
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app',
  ],
});
