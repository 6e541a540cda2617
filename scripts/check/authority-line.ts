// The one line that adds a name to an authority file, with the city and kind its form gives
// (南京江北新区 → `- {name: 南京江北新区, city: 南京, kind: 新区}`); the editor checks them.
import { COMPANY_FORMS, PARK_KINDS } from '../../src/core/name-forms.ts';
import { placeAtStart } from '../../src/core/place-names.ts';
import type { EntityKind } from '../../src/schema/entity.ts';
import { yamlInline } from '../../src/schema/yaml-inline.ts';

const BRACKETED = /[（(]([^（）()]{2,6})[）)]/u;

/** A place the name starts with (and goes on after), or one in brackets: 中润新能源（徐州）有限公司. */
function cityOf(name: string): string | undefined {
  const lead = placeAtStart(name);
  const place = lead && lead.length < name.length ? lead : placeAtStart(BRACKETED.exec(name)?.[1] ?? '');
  return place ? place.replace(/市$/u, '') : undefined;
}

function kindOf(kind: EntityKind, name: string): string | undefined {
  if (kind === 'companies') return COMPANY_FORMS.some((form) => name.endsWith(form)) ? '企业' : undefined;
  return [...PARK_KINDS].sort((a, b) => b.length - a.length).find((k) => name.endsWith(k) && name.length > k.length);
}

export function authorityLine(kind: EntityKind, name: string): string {
  const city = cityOf(name);
  const type = kindOf(kind, name);
  return `- ${yamlInline({ name, ...(city ? { city } : {}), ...(type ? { kind: type } : {}) })}`;
}
