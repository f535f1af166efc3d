// npm run schema:print — writes schema/schema.graphql from the Pothos schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printedSchema } from '../print-schema';

const target = resolve(PROJECT_ROOT, 'schema', 'schema.graphql');
writeFileSync(target, printedSchema());
console.log(`schema: written to ${target}`);
