import type { ServiceName, ServiceNeed } from './types.js';

/** Client libraries that mean the app talks to a service, across ecosystems (npm, PyPI, Go, crates, gems, Maven, Composer, NuGet). */
const SERVICE_CLIENTS: Array<[ServiceName, RegExp]> = [
  [
    'postgres',
    /^(pg|postgres|pg-promise|psycopg|psycopg2|psycopg2-binary|psycopg-binary|asyncpg|github\.com\/lib\/pq|github\.com\/jackc\/pgx(\/v\d+)?|tokio-postgres|org\.postgresql:postgresql|postgresql|npgsql|npgsql\.entityframeworkcore\.postgresql)$/i,
  ],
  [
    'mysql',
    /^(mysql|mysql2|mysqlclient|pymysql|mysql-connector-python|aiomysql|github\.com\/go-sql-driver\/mysql|mysql-connector-j|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|mysql-connector-java|pomelo\.entityframeworkcore\.mysql)$/i,
  ],
  [
    'redis',
    /^(redis|ioredis|bullmq|bull|predis\/predis|sidekiq|github\.com\/redis\/go-redis\/v\d+|github\.com\/go-redis\/redis(\/v\d+)?|spring-boot-starter-data-redis|stackexchange\.redis|django-redis|rq)$/i,
  ],
  [
    'mongodb',
    /^(mongodb|mongoose|pymongo|motor|mongoengine|mongoid|go\.mongodb\.org\/mongo-driver|mongodb\/mongodb|spring-boot-starter-data-mongodb|mongodb\.driver)$/i,
  ],
  [
    'rabbitmq',
    /^(amqplib|amqp-connection-manager|pika|aio-pika|bunny|github\.com\/rabbitmq\/amqp091-go|github\.com\/streadway\/amqp|lapin|php-amqplib\/php-amqplib|spring-boot-starter-amqp|rabbitmq\.client)$/i,
  ],
];

/** Services implied by dependencies; one entry per service, naming the first dependency that implied it. */
export function inferServices(dependencies: string[], source: string): ServiceNeed[] {
  const needs: ServiceNeed[] = [];
  for (const [name, pattern] of SERVICE_CLIENTS) {
    const dependency = dependencies.find(
      (dep) => pattern.test(dep) || pattern.test(dep.split(':').pop() ?? ''),
    );
    if (dependency) needs.push({ name, dependency, source });
  }
  return needs;
}

/** Prisma names its database in schema.prisma rather than in a dependency. */
export function prismaService(schema: string | undefined): ServiceName | undefined {
  const provider = schema ? /provider\s*=\s*"(postgresql|mysql|mongodb)"/.exec(schema)?.[1] : undefined;
  if (provider === 'postgresql') return 'postgres';
  if (provider === 'mysql' || provider === 'mongodb') return provider;
  return undefined;
}
