import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldFrame, type FrameProps } from "./field-frame";

const controlClass = "rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

type Labelled = { label: string; name: string } & FrameProps;

/** The control's own attributes: its id and name, and its error as its description when it has one. */
function controlProps(id: string, name: string, errors?: string[]) {
  return {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? `${id}-error` : undefined,
    className: controlClass,
  } as const;
}

/** Splits a field's props into the frame's and the control's, so each kind of field is one line of markup. */
function framed<P extends Labelled & { id?: string }>(props: P, control: (attributes: ReturnType<typeof controlProps>, rest: Omit<P, keyof Labelled>) => ReactNode) {
  const { label, name, errors, hint, className, ...rest } = props;
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} errors={errors} hint={hint} className={className}>
      {control(controlProps(id, name, errors), rest)}
    </FieldFrame>
  );
}

/** A labelled input with its error below. */
export function Field(props: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return framed(props, (attributes, rest) => <input {...attributes} {...rest} />);
}

export function TextAreaField(props: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return framed(props, (attributes, rest) => <textarea {...attributes} {...rest} />);
}

/** The options of a select, from value–label pairs. */
export function SelectOptions({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

export function SelectField({ options, ...props }: SelectHTMLAttributes<HTMLSelectElement> & Labelled & { options: readonly { value: string; label: string }[] }) {
  return framed(props, (attributes, rest) => (
    <select {...attributes} {...rest}>
      <SelectOptions options={options} />
    </select>
  ));
}
