import { isOnAllInterfaces, portsWithPaths } from '../published.js';
import { type ComposeRule, eachService } from '../rule.js';

/** Default ports of databases, caches and search engines that should not face the network. */
const DATA_PORTS: Record<number, string> = {
  5432: 'PostgreSQL',
  3306: 'MySQL/MariaDB',
  27017: 'MongoDB',
  6379: 'Redis',
  11211: 'Memcached',
  9200: 'Elasticsearch',
  5984: 'CouchDB',
  1433: 'SQL Server',
  1521: 'Oracle',
  9042: 'Cassandra',
  26257: 'CockroachDB',
  8086: 'InfluxDB',
  7474: 'Neo4j',
};

export const DC009: ComposeRule = {
  code: 'DC009',
  severity: 'warning',
  title: 'Database port published on all interfaces',
  rationale:
    "A published port without a host IP listens on every interface of the host, and Docker's iptables rules bypass the host firewall: the database is on the network.",
  fix: 'Publish on loopback (`"127.0.0.1:5432:5432"`), or do not publish at all and let services talk over the compose network.',
  check: (input) =>
    eachService(input, (_service, name, at) =>
      portsWithPaths(input, name, at).flatMap(({ port, path }) =>
        DATA_PORTS[port.target] && isOnAllInterfaces(port)
          ? [
              {
                path,
                message: `service "${name}" publishes ${DATA_PORTS[port.target]} port ${port.target} on all interfaces`,
              },
            ]
          : [],
      ),
    ),
};
