import { builder } from './builder';
import './modules/document/schema';
import './modules/entity/schema';
import './modules/entity/types';
import './modules/figure/schema';
import './modules/project/schema';
import './modules/region/schema';
import './modules/company/schema';
import './modules/chain/schema';
import './modules/policy/schema';
import './modules/indicator/schema';
import './modules/search/schema';
import './modules/graph/schema';
import './modules/ingest/schema';

export const schema = builder.toSchema({ sortSchema: true });
