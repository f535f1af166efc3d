import { builder } from './builder';
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
import './modules/ingest/schema';

export const schema = builder.toSchema({ sortSchema: true });
