import { quoted } from './text';
import { titleField, type Domain, type FieldType } from './domains';

const PY_TYPE: Record<FieldType, string> = { str: 'str', int: 'int', float: 'float', bool: 'bool' };
const DJANGO_FIELD: Record<FieldType, string> = {
  str: 'models.CharField(max_length=200)',
  int: 'models.IntegerField(default=0)',
  float: 'models.FloatField(default=0)',
  bool: 'models.BooleanField(default=True)',
};

/**
 * Placeholder values describing a domain as Python source: field maps, Django model and migration
 * lines, sample records as JSON. Field names come from our own table (domains.ts), never from the
 * user, so they are safe identifiers; strings go through `quoted`.
 */
export function domainValues(domain: Domain): Record<string, string> {
  const fields = Object.entries(domain.fields);
  const records = domain.records.map((record, i) => ({ id: i + 1, ...record }));
  return {
    resource: domain.resource,
    singular: domain.singular,
    model: domain.model,
    model_lower: domain.model.toLowerCase(),
    title_field: titleField(domain),
    fields_py: `{${fields.map(([name, type]) => `${quoted(name)}: ${PY_TYPE[type]}`).join(', ')}}`,
    sample_json: JSON.stringify(records, null, 2),
    sample_json_py: quoted(JSON.stringify(records)),
    django_model_fields: fields.map(([name, type]) => `    ${name} = ${DJANGO_FIELD[type]}`).join('\n'),
    django_migration_fields: fields.map(([name, type]) => `                (${quoted(name)}, ${DJANGO_FIELD[type]}),`).join('\n'),
    admin_list_display: JSON.stringify(['id', ...fields.map(([name]) => name)]),
    chart_group_py: quoted(domain.chart.group),
    chart_value_py: domain.chart.value ? quoted(domain.chart.value) : 'None',
  };
}
