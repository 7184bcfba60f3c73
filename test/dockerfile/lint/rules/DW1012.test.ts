import { ruleCases } from '../rule-cases.js';

ruleCases('DW1012', {
  catches: [
    [2, 'FROM node:20\nCOPY . .\nRUN npm ci'],
    [3, 'FROM python:3.12\nWORKDIR /app\nCOPY ./ /app/\nRUN pip install -r requirements.txt'],
    [2, 'FROM golang:1.22\nCOPY . /src\nWORKDIR /src\nRUN go mod download'],
  ],
  passes: [
    'FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .',
    'FROM node:20\nCOPY . .\nRUN npm run build',
    'FROM node:20 AS b\nCOPY . .\nFROM node:20\nRUN npm ci',
    'FROM node:20\nCOPY . .\nRUN npm install left-pad@1.3.0',
  ],
});
