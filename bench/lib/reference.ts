import Fastify from 'fastify';

/**
 * The reference every figure is divided by: a bare Fastify 5 hello world (no plugins, no logger), in this
 * process, on 127.0.0.1 and a free port. What lawhall costs is the distance from it.
 */
export async function startReference(): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}
