/** A text field's value from a form: '' when the field is missing (a file input would give a File). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
