/** The state every edit form shares: its values, submit without a page load, and Escape to cancel. */
import { useState, type FormEvent, type KeyboardEvent } from 'react';

/**
 * Escape leaves the form without saving; it stops there, so it does not also close the panel or
 * the evidence view around the form.
 */
export function escapeCancels(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}

export function useEditForm<V extends object>(initial: V, onSave: (values: V) => void, onCancel: () => void) {
  const [values, setValues] = useState(initial);
  const change = (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values);
  };
  return { values, change, onSubmit, onKeyDown: escapeCancels(onCancel) };
}
