import { builder } from './builder';
import { installCompiler } from './compiler/run';
import './modules/document/schema';
import './modules/entity/schema';
import './modules/figure/schema';
// One module per entity kind: each implements its type and holds its root queries.
import './modules/region/schema';
import './modules/company/schema';
import './modules/institution/schema';
import './modules/project/schema';
import './modules/chain/schema';
import './modules/policy/schema';
import './modules/indicator/schema';
import './modules/search/schema';
import './modules/resolve/schema';
import './modules/graph/schema';
import './modules/series/schema';
import './modules/league/schema';
import './modules/ingest/schema';

// The look-ahead compiler wraps the root fields it knows and the entity types' fields (src/compiler/run.ts).
export const schema = installCompiler(builder.toSchema({ sortSchema: true }));
