// A value as YAML on one line, as a message shows the line to write: quoted when it must be
// (`"2024"`, `"徐州: 新"`), lists in brackets (`[徐州高新区, 徐州经开区]`).
import { stringify } from 'yaml';

export function yamlInline(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}
