import type { Package } from '../model.js';
import { apkDatabasePath, parseApkInstalled } from './apk.js';
import { isDpkgDatabase, parseDpkgStatus } from './dpkg.js';
import { isNodeModulesManifest, parseNodeManifest } from './npm.js';
import { isPythonMetadata, parsePythonMetadata } from './python.js';

type Parser = (text: string, path: string) => Package[];

/** Which files hold a package inventory, and how to read each. */
export function inventoryParserFor(path: string): Parser | undefined {
  if (isDpkgDatabase(path)) return parseDpkgStatus;
  if (path === apkDatabasePath) return parseApkInstalled;
  if (isNodeModulesManifest(path)) return (text, at) => [parseNodeManifest(text, at) ?? []].flat();
  if (isPythonMetadata(path)) return (text, at) => [parsePythonMetadata(text, at) ?? []].flat();
  return undefined;
}
