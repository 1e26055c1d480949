import { type Lang, pick } from "../api/i18n";
import type { MeasureSwitch } from "../domain/cashflow/scenario";
import { inputId } from "./form";
import type { ReportProjection } from "./report";
import { tr } from "./text";

/**
 * A ticked measure that will not apply, said beside its checkbox before the report is made: the
 * projection's own reason (why, and what would make it apply). The form's script fills the same
 * paragraphs from /form/check; without the script, the form's "check" button renders them.
 */
export type MeasureNotes = Partial<Record<MeasureSwitch, string>>;

/** The reasons for the ticked measures that touch nothing in the projection, in the reader's language. */
export function measureNotesOf(p: ReportProjection, lang: Lang): MeasureNotes {
  const notes: MeasureNotes = {};
  for (const m of p.measures) {
    if (m.chosen && !m.applies && m.notApplicable) notes[m.switch] = pick(m.notApplicable, lang);
  }
  return notes;
}

/** The id of a measure's note: the checkbox's id with "-note" (the script finds it by the same rule). */
export const noteId = (s: MeasureSwitch) => `${inputId(`m.${s}`)}-note`;

const notePrefix = (lang: Lang) =>
  tr(lang)("勾选了，但在本方案中不会生效：", "Ticked, but it will not apply here: ");

/** The paragraph under a measure's checkbox, empty (and hidden) unless the measure will not apply. */
export function MeasureNote(props: { s: MeasureSwitch; note: string | undefined; lang: Lang }) {
  return (
    <p class="measure-note" id={noteId(props.s)} aria-live="polite">
      {props.note ? `${notePrefix(props.lang)}${props.note}` : ""}
    </p>
  );
}

/**
 * Without the script: a button that sends the form back to itself to check the ticked measures (and
 * every field), and after it, what the check found. It carries the notes' lead-in for the script.
 */
export function CheckMeasures(props: { notes: MeasureNotes | undefined; lang: Lang }) {
  const t = tr(props.lang);
  const found = props.notes ? Object.keys(props.notes).length : 0;
  return (
    <div class="check-measures" data-note-prefix={notePrefix(props.lang)}>
      <button type="submit" formaction="/#measures" name="check" value="1" class="secondary">
        {t("先检查所选措施是否适用", "Check whether the ticked measures apply")}
      </button>
      {props.notes ? (
        <p class="hint" role="status">
          {found
            ? t(
                `检查完毕：有 ${found} 项勾选的措施不会生效，原因见上。`,
                `Checked: ${found} ticked measure(s) will not apply; see why above.`,
              )
            : t("检查完毕：勾选的措施都会生效。", "Checked: every ticked measure applies.")}
        </p>
      ) : null}
    </div>
  );
}
