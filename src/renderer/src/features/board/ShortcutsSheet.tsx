import { Dialog } from './Dialog';
import { SHORTCUTS } from './shortcuts';

/** The list of every shortcut, opened with "?" on the board. */
export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-sheet">
      <div className="dialog-body">
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What it does</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys + s.action}>
                <th scope="row"><kbd>{s.keys}</kbd></th>
                <td>{s.action}</td>
                <td className="muted">{s.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
