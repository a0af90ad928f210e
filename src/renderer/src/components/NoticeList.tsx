import { useAppState } from '../app-state';

/** Start-up notices from main (a damaged plan moved aside, an upgrade): say what happened and where the file is. */
export function NoticeList() {
  const { notices, dismissNotice } = useAppState();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <section key={notice.id} className={`notice notice-${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'} aria-label={notice.title}>
          <div>
            <h2 className="notice-title">{notice.title}</h2>
            <p>{notice.message}</p>
            {notice.path && (
              <p className="notice-path">
                {/* The path is a kept copy for some notices, the folder or file in the way for others. */}
                Location: <code>{notice.path}</code>
              </p>
            )}
          </div>
          <button type="button" className="button ghost notice-dismiss" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </section>
      ))}
    </div>
  );
}
