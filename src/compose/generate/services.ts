import type { ServiceName } from '../../project/types.js';

export interface ServiceTemplate {
  image: string;
  port: number;
  dataPath?: string;
  /** Environment that is not secret; secret values come from files under ./secrets. */
  environment: Record<string, string>;
  secrets: string[];
  /** Secrets mounted at a path of the image's choosing (config files rather than *_FILE variables). */
  mountedSecrets?: Array<{ source: string; target: string; content: string }>;
  /** Variables for the app: where to connect (never the password itself). */
  appEnvironment: Record<string, string>;
  healthcheck: string[];
  memory: string;
}

/** Official images at pinned major.minor tags; each reads its password from a Compose secret file. */
export const SERVICE_TEMPLATES: Record<ServiceName, ServiceTemplate> = {
  postgres: {
    image: 'postgres:17.2-bookworm',
    port: 5432,
    dataPath: '/var/lib/postgresql/data',
    environment: {
      POSTGRES_USER: 'app',
      POSTGRES_DB: 'app',
      POSTGRES_PASSWORD_FILE: '/run/secrets/postgres_password',
    },
    secrets: ['postgres_password'],
    appEnvironment: {
      DATABASE_HOST: 'postgres',
      DATABASE_PORT: '5432',
      DATABASE_USER: 'app',
      DATABASE_NAME: 'app',
      DATABASE_PASSWORD_FILE: '/run/secrets/postgres_password',
    },
    healthcheck: ['CMD', 'pg_isready', '-U', 'app', '-d', 'app'],
    memory: '512M',
  },
  mysql: {
    image: 'mysql:8.4',
    port: 3306,
    dataPath: '/var/lib/mysql',
    environment: {
      MYSQL_DATABASE: 'app',
      MYSQL_USER: 'app',
      MYSQL_PASSWORD_FILE: '/run/secrets/mysql_password',
      MYSQL_ROOT_PASSWORD_FILE: '/run/secrets/mysql_root_password',
    },
    secrets: ['mysql_password', 'mysql_root_password'],
    appEnvironment: {
      MYSQL_HOST: 'mysql',
      MYSQL_PORT: '3306',
      MYSQL_USER: 'app',
      MYSQL_DATABASE: 'app',
      MYSQL_PASSWORD_FILE: '/run/secrets/mysql_password',
    },
    healthcheck: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1', '--silent'],
    memory: '1G',
  },
  redis: {
    image: 'redis:7.4-bookworm',
    port: 6379,
    dataPath: '/data',
    environment: {},
    secrets: [],
    appEnvironment: { REDIS_URL: 'redis://redis:6379/0' },
    healthcheck: ['CMD', 'redis-cli', 'ping'],
    memory: '256M',
  },
  mongodb: {
    image: 'mongo:8.0',
    port: 27017,
    dataPath: '/data/db',
    environment: {
      MONGO_INITDB_ROOT_USERNAME: 'app',
      MONGO_INITDB_ROOT_PASSWORD_FILE: '/run/secrets/mongodb_password',
    },
    secrets: ['mongodb_password'],
    appEnvironment: {
      MONGODB_HOST: 'mongodb',
      MONGODB_PORT: '27017',
      MONGODB_USER: 'app',
      MONGODB_PASSWORD_FILE: '/run/secrets/mongodb_password',
    },
    healthcheck: ['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping').ok"],
    memory: '1G',
  },
  rabbitmq: {
    image: 'rabbitmq:4.0-management',
    port: 5672,
    dataPath: '/var/lib/rabbitmq',
    environment: {},
    secrets: ['rabbitmq_password'],
    mountedSecrets: [
      {
        source: 'rabbitmq_config',
        target: '/etc/rabbitmq/conf.d/10-credentials.conf',
        content: 'default_user = app, default_pass = the same password as rabbitmq_password.txt',
      },
    ],
    appEnvironment: {
      RABBITMQ_HOST: 'rabbitmq',
      RABBITMQ_PORT: '5672',
      RABBITMQ_USER: 'app',
      RABBITMQ_PASSWORD_FILE: '/run/secrets/rabbitmq_password',
    },
    healthcheck: ['CMD', 'rabbitmq-diagnostics', '-q', 'ping'],
    memory: '512M',
  },
};
