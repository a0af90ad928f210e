import type { Imported } from './use-roadmaps';

const ROLE_NAMES: Record<string, string> = {
  unit: 'week number',
  focus: 'focus',
  goals: 'goals',
  tasks: 'tasks',
  name: 'project name',
  description: 'description',
  steps: 'steps',
  stack: 'tech stack',
  weeks: 'weeks',
};

const columnsText = (columns: { header: string; role: string | null }[]) =>
  columns.map((c) => `${c.header || '(no header)'} → ${c.role ? (ROLE_NAMES[c.role] ?? c.role) : 'not used'}`).join(', ');

/** What the importer recognised in the document, so the learner can check it before opening it. */
export function ImportReport({ imported }: { imported: Imported }) {
  const { roadmap, report } = imported;
  const rows = report.weeklyTable.rows;
  return (
    <div className="roadmap-report">
      <p>
        <strong>
          Imported “<span dir="auto">{roadmap.title}</span>”
        </strong>{' '}
        from {roadmap.sourceName}: {roadmap.weeks} week{roadmap.weeks === 1 ? '' : 's'}, {roadmap.projects} project{roadmap.projects === 1 ? '' : 's'}.
      </p>
      <ul className="roadmap-report-lines">
        {report.format === 'checklist' ? (
          <li>Read as a progress checklist ({rows} weeks from line {report.weeklyTable.line}), with its ticks and dates.</li>
        ) : (
          <li>
            Weekly table at line {report.weeklyTable.line}, {rows} row{rows === 1 ? '' : 's'} in {report.unit}s: {columnsText(report.weeklyTable.columns)}.
          </li>
        )}
        {report.projectsTable && (
          <li>
            Projects table at line {report.projectsTable.line}, {report.projectsTable.rows} row{report.projectsTable.rows === 1 ? '' : 's'}: {columnsText(report.projectsTable.columns)}.
          </li>
        )}
        {report.remarks.map((remark) => (
          <li key={remark}>{remark}</li>
        ))}
      </ul>
    </div>
  );
}
