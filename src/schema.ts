import { builder } from './builder';
import './modules/document/schema';

export const schema = builder.toSchema({ sortSchema: true });
