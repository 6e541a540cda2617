// Names no authority file lists yet, found by their form (scripts/ingest/describe/names/):
// legal company names (…有限公司, …集团) with a short name introduced by （简称“…”）, names
// listed before 等…企业 that look like names, and park names by their kind after a place or
// another distinctive name. Each finder reads Simplified text; detect-entities.ts gives them a
// Simplified view of a Traditional clipping.
export { findCompanyNames, type FoundName } from './names/company-names.ts';
export { findParkNames } from './names/park-names.ts';
export { findListedCompanies, looksLikeName } from './names/listed-names.ts';
export { oneNamePerCompany, oneNamePerPark, abbreviates, withoutBracketedPlace } from './names/same-company.ts';
