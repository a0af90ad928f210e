import { showDate } from '../dates';

interface Props {
  /** Id the date field names in its aria-describedby. */
  id: string;
  /** The field's value: 'YYYY-MM-DD', or '' when empty. */
  value: string;
}

/**
 * The helper's reading of a native date field's value ("Mon, 2 Mar 2026" in en-GB), shown under the
 * field and given as its description. The field itself draws the browser's own numeric format (in the
 * same locale); this line says the date the way every other date in the app is said, with the weekday.
 * It sits inside the field's <label> for layout, so the field takes its name from its title alone
 * (aria-labelledby) and this line is aria-hidden (read once, as the description, not again after it).
 */
export function DateReading({ id, value }: Props) {
  return (
    <small id={id} className="date-reading muted" aria-hidden="true">
      {value ? <time dateTime={value}>{showDate(value)}</time> : 'No date set'}
    </small>
  );
}
