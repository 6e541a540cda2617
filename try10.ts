import { assembleChains } from './scripts/ingest/columns/assemble-chains.ts';
import * as m from './scripts/ingest/columns/assemble-chains.ts';
