import pg from 'pg';
import { migrateDatabase } from '../server/db/client';
const pool = new pg.Pool({ connectionString: process.argv[2] });
const t0 = performance.now();
await migrateDatabase(pool);
console.log('migrated in', ((performance.now() - t0) / 1000).toFixed(1), 's');
await pool.end();
