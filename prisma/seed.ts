// `npx prisma db seed` (and `tsx prisma/seed.ts`): demo data into an empty database, as
// `npm start` seeds the embedded one (src/demo.ts).
import { authSecret, claimDataFolder, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { createRuntime } from '../src/runtime/runtime.ts';

const config = loadConfig();
// The embedded database of a running `npm start` is its own: refused with its PID and port.
const claim = config.databaseUrl ? null : claimDataFolder(config.dataDir);
const database = await prepareDatabase(config);
const runtime = createRuntime(config, database.appUrl, authSecret(config));
const seeded = await seedDemoIfEmpty(runtime, database.ownerUrl);
console.log(seeded ? 'seeded demo data' : 'database already has data: nothing seeded');
await runtime.close();
await database.embedded?.stop();
claim?.release();
