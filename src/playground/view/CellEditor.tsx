/**
 * The formula bar above the grid: the cell (clicked in the grid, or its address typed, as in Excel's name box)
 * and its value. Enter writes the value as a person typing in Excel would (ObservedExcel.edit), so the pane's
 * « Contrôle en continu » sees the change; Escape gives the cell's content back.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { PLAYGROUND_TEXT } from "../strings";
import { cellAddress, editFailure } from "./cell-edit";

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "flex-start", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  cell: { width: "7em" },
  // Fluent's Input is as wide as an input of 20 characters unless told: kept inside its 7em field.
  cellInput: { width: "100%", minWidth: "0" },
  value: { flex: "1 1 16em", minWidth: "12em" },
  submit: { marginTop: "26px" },
});

/** A cell clicked in the grid: each click a new object, so a second click on the same cell picks it again. */
export interface PickedCell {
  readonly sheetId: string;
  readonly address: string;
}

export interface CellEditorProps {
  readonly sheetName: string;
  readonly picked: PickedCell | null;
  /** What the cell holds, as its editor shows it (cell-edit.ts, contentAt). */
  readonly contentOf: (address: string) => string;
  /** Writes the value; throws what the simulated Excel threw. */
  readonly onEdit: (address: string, text: string) => void;
  /** The cell the editor is on, for the grid to outline. */
  readonly onCellChange: (address: string | null) => void;
}

export function CellEditor({ sheetName, picked, contentOf, onEdit, onCellChange }: CellEditorProps) {
  const styles = useStyles();
  const [typedAddress, setTypedAddress] = useState("");
  // The cell whose content the value box was filled with: the one Enter writes to.
  const [loaded, setLoaded] = useState<string | null>(null);
  const [value, setValue] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const valueInput = useRef<HTMLInputElement>(null);
  // Focus goes to the value once it is rendered enabled, with its cell's content: asked for here, done after the render.
  const [focusAsked, setFocusAsked] = useState(0);
  const latestContentOf = useRef(contentOf);
  latestContentOf.current = contentOf;

  const load = (address: string) => {
    setTypedAddress(address);
    setLoaded(address);
    setValue(latestContentOf.current(address));
    setFailure(null);
  };

  // A click in the grid puts the cell in the bar and the cursor in its value, all of it selected: typing replaces it.
  useEffect(() => {
    if (picked === null) return;
    load(picked.address);
    setFocusAsked((count) => count + 1);
  }, [picked]);

  useEffect(() => {
    if (focusAsked === 0) return;
    valueInput.current?.focus();
    valueInput.current?.select();
  }, [focusAsked]);

  useEffect(() => onCellChange(loaded), [loaded, onCellChange]);

  /** The address typed is the cell to work on: its content in the value box. False when it is no cell. */
  const goToTyped = (): boolean => {
    const address = cellAddress(typedAddress);
    if (address === null) {
      setFailure(PLAYGROUND_TEXT.editor.invalidAddress(typedAddress));
      return false;
    }
    if (address !== loaded) load(address);
    else setTypedAddress(address);
    return true;
  };

  const onAddressKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      // As in Excel's name box: Enter goes to the cell, it writes nothing.
      event.preventDefault();
      if (goToTyped()) setFocusAsked((count) => count + 1);
    } else if (event.key === "Escape") {
      setTypedAddress(loaded ?? "");
      setFailure(null);
    }
  };

  const onValueKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Escape" || loaded === null) return;
    // Escape gives the cell's content back, as in Excel.
    setValue(contentOf(loaded));
    setFailure(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (loaded === null || cellAddress(typedAddress) !== loaded) {
      goToTyped();
      return;
    }
    try {
      onEdit(loaded, value);
      setFailure(null);
    } catch (error) {
      setFailure(editFailure(error, sheetName));
    }
  };

  return (
    <form className={styles.bar} aria-label={PLAYGROUND_TEXT.editor.label} onSubmit={submit}>
      <Field className={styles.cell} label={PLAYGROUND_TEXT.editor.cell} size="small">
        <Input
          className={styles.cellInput}
          size="small"
          value={typedAddress}
          onChange={(_, data) => setTypedAddress(data.value)}
          onKeyDown={onAddressKey}
          // Leaving the box (Tab to the value) goes to the cell typed, so what is typed next is for it.
          onBlur={() => {
            if (typedAddress.trim() !== "" && cellAddress(typedAddress) !== loaded) goToTyped();
          }}
        />
      </Field>
      <Field
        className={styles.value}
        label={PLAYGROUND_TEXT.editor.value(sheetName, loaded)}
        size="small"
        validationState={failure === null ? "none" : "error"}
        validationMessage={failure ?? undefined}
      >
        <Input size="small" ref={valueInput} value={value} readOnly={loaded === null} onChange={(_, data) => setValue(data.value)} onKeyDown={onValueKey} />
      </Field>
      <Button className={styles.submit} size="small" type="submit">
        {PLAYGROUND_TEXT.editor.submit}
      </Button>
    </form>
  );
}
