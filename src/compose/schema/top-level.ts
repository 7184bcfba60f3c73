import {
  any,
  bool,
  byType,
  list,
  listOrDict,
  mapOf,
  obj,
  pattern,
  type Schema,
  str,
  strOrNum,
} from './dsl.js';
import { service } from './service.js';

const external = byType('a boolean or {name}', { boolean: bool(), object: obj({ name: str() }) });
const ipam = obj({
  driver: str(),
  config: list(obj({ subnet: str(), ip_range: str(), gateway: str(), aux_addresses: mapOf(str()) })),
  options: mapOf(str()),
});

const network = byType('a network mapping or null', {
  null: any(),
  object: obj({
    name: str(),
    driver: str(),
    driver_opts: mapOf(strOrNum()),
    attachable: bool(),
    enable_ipv4: bool(),
    enable_ipv6: bool(),
    external,
    internal: bool(),
    ipam,
    labels: listOrDict(),
  }),
});

const volume = byType('a volume mapping or null', {
  null: any(),
  object: obj({ name: str(), driver: str(), driver_opts: mapOf(strOrNum()), external, labels: listOrDict() }),
});

const fileObject = (extra: Record<string, Schema>) =>
  obj({
    name: str(),
    file: str(),
    environment: str(),
    external,
    labels: listOrDict(),
    driver: str(),
    driver_opts: mapOf(strOrNum()),
    template_driver: str(),
    ...extra,
  });

const include = list(
  byType('a path or {path, env_file, project_directory}', {
    string: str(),
    object: obj(
      {
        path: byType('a path or a list of paths', { string: str(), array: list(str()) }),
        env_file: byType('a path or a list of paths', { string: str(), array: list(str()) }),
        project_directory: str(),
      },
      { required: ['path'] },
    ),
  }),
);

const NAME_RULE = { regex: /^[a-zA-Z0-9._-]+$/, expects: 'use letters, digits, ".", "_" and "-"' };

/** Every top-level element of the Compose Specification. */
export const topLevelShape: Record<string, Schema> = {
  version: str(),
  name: pattern(/^[a-z0-9][a-z0-9_-]*$/, 'a project name of lowercase letters, digits, "_" and "-"'),
  include,
  services: mapOf(service, NAME_RULE),
  networks: mapOf(network, NAME_RULE),
  volumes: mapOf(volume, NAME_RULE),
  configs: mapOf(fileObject({ content: str() }), NAME_RULE),
  secrets: mapOf(fileObject({}), NAME_RULE),
  models: mapOf(any()),
};

/** The whole file. */
export const composeFile = obj(topLevelShape, {
  name: 'a mapping of top-level elements (services, networks, volumes, …)',
});
