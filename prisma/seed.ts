// `npx prisma db seed` (and `tsx prisma/seed.ts`): demo data into an empty database, as
// `npm start` seeds the embedded one (src/demo.ts).
import { authSecret, prepareDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemoIfEmpty } from '../src/demo.ts';
import { createRuntime } from '../src/runtime/runtime.ts';

const config = loadConfig();
const database = await prepareDatabase(config);
const runtime = createRuntime(config, database.appUrl, authSecret(config));
const seeded = await seedDemoIfEmpty(runtime, database.ownerUrl);
console.log(seeded ? 'seeded demo data' : 'database already has data: nothing seeded');
await runtime.close();
await database.embedded?.stop();
