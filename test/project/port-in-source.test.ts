import { describe, expect, it } from 'vitest';
import { portInSource } from '../../src/project/detection.js';

describe('the port a server’s code falls back to', () => {
  it.each([
    ['const PORT = process.env.PORT || 8080', 8080],
    ['const port = parseInt(process.env.PORT, 10) || 8080', 8080],
    ['const port = Number(process.env.PORT) || 8081', 8081],
    ["const port = process.env.PORT ?? '8082'", 8082],
    ['const { PORT = 8083 } = process.env', 8083],
    ['port = int(os.environ.get("PORT", 5000))', 5000],
    ["set :port, ENV['PORT'] || 4567", 4567],
    ['app.listen(3001)', 3001],
  ])('%s → %i', (text, port) => {
    expect(portInSource(text)).toBe(port);
  });

  it('finds none where the code names no number, or only another service’s port', () => {
    expect(portInSource('const PORT = process.env.PORT; app.listen(PORT)')).toBeUndefined();
    expect(portInSource('DB_PORT = 5432\nREDIS_PORT = 6379')).toBeUndefined();
  });
});
