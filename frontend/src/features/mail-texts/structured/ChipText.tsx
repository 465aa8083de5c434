import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import chips from './structured.module.css';
import { conditionSummary, segments, segmentToken, variableToken } from './tokens';

/** What the variables panel needs of the text field that had the focus last. */
export interface ChipTextHandle {
  insertVariable: (name: string) => void;
}

export interface ChipTextProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name of the field. */
  label: string;
  /** A variable's label on its chip. */
  variableLabel: (name: string) => string;
  /** How a condition chip starts ("Alleen als Vervaldatum bekend is"). */
  conditionLabel: (name: string) => string;
  /** Changes when the labels do (the variables arrive after the text): the chips are relabelled. */
  labelsKey?: string;
  multiline?: boolean;
  invalid?: boolean;
  onFocused?: (handle: ChipTextHandle) => void;
}

function chip(token: string, text: string, title: string | null, condition: boolean): HTMLSpanElement {
  const span = document.createElement('span');
  span.setAttribute('contenteditable', 'false');
  span.dataset.token = token;
  span.className = condition ? `${chips.chip ?? ''} ${chips.conditionChip ?? ''}` : (chips.chip ?? '');
  span.textContent = text;
  if (title) span.title = title;
  return span;
}

/** The field's text back from its DOM: text as typed, chips as their tokens, line breaks as \n. */
export function readChipText(root: HTMLElement): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? '').replace(/\u00a0/g, ' ');
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.dataset.token !== undefined) {
      out += node.dataset.token;
      return;
    }
    if (node.tagName === 'BR') {
      out += '\n';
      return;
    }
    // Chromium wraps a new line in a <div> when the Enter key was not caught (IME, spell check).
    if (node.tagName === 'DIV' && out !== '' && !out.endsWith('\n')) out += '\n';
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return out;
}

/**
 * A text field in which the mail's variables are labelled chips instead of {{.Name}} (R15): the
 * chips cannot be typed into, only removed whole; a condition is one chip that says what it adds.
 * It is a contenteditable region with the textbox role; the text is read back from the DOM on every
 * input, and the DOM is rebuilt only when the value changes from outside (undo, reset), so the
 * caret stays where the user types.
 */
export function ChipText({ value, onChange, label, variableLabel, conditionLabel, labelsKey = '', multiline = false, invalid = false, onFocused }: ChipTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The value and labels the DOM shows, so it is rebuilt only for a change from outside.
  const shown = useRef<string | null>(null);
  const shownLabels = useRef<string | null>(null);
  const range = useRef<Range | null>(null);

  const build = (token: string) => {
    const seg = segments(token)[0];
    if (seg?.kind === 'variable') return chip(token, variableLabel(seg.name), token, false);
    if (seg?.kind === 'condition') {
      const summary = conditionSummary(seg.raw, variableLabel);
      return chip(token, `${conditionLabel(seg.name)}: ${summary}`, null, true);
    }
    return document.createTextNode(token);
  };

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || (shown.current === value && shownLabels.current === labelsKey)) return;
    root.replaceChildren(...segments(value).map((s) => (s.kind === 'text' ? document.createTextNode(s.text) : build(segmentToken(s)))));
    shown.current = value;
    shownLabels.current = labelsKey;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- build depends only on the labels, which labelsKey stands for
  }, [value, labelsKey]);

  // The variables panel inserts after later renders; it must report to the newest onChange.
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  }, [value, onChange]);

  const emit = () => {
    const root = ref.current;
    if (!root) return;
    const next = readChipText(root);
    shown.current = next;
    if (next !== latest.current.value) latest.current.onChange(next);
  };

  const remember = () => {
    const root = ref.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0) return;
    const r = selection.getRangeAt(0);
    if (root.contains(r.startContainer)) range.current = r.cloneRange();
  };

  const insertNode = (node: Node) => {
    const root = ref.current;
    if (!root) return;
    let r = range.current;
    if (!r || !root.contains(r.startContainer)) {
      r = document.createRange();
      r.selectNodeContents(root);
      r.collapse(false);
    }
    r.deleteContents();
    r.insertNode(node);
    r.setStartAfter(node);
    r.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(r);
    range.current = r.cloneRange();
    emit();
  };

  const insertVariable = (name: string) => {
    ref.current?.focus();
    insertNode(build(variableToken(name)));
  };

  useEffect(() => {
    const onSelection = () => remember();
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (multiline) insertNode(document.createTextNode('\n'));
  };

  return (
    <div
      ref={ref}
      role="textbox"
      tabIndex={0}
      aria-label={label}
      aria-multiline={multiline}
      aria-invalid={invalid || undefined}
      contentEditable
      suppressContentEditableWarning
      spellCheck
      className={`${chips.chipText} ${multiline ? chips.multiline : ''}`}
      onInput={emit}
      onKeyDown={onKeyDown}
      onKeyUp={remember}
      onMouseUp={remember}
      onFocus={() => onFocused?.({ insertVariable })}
      onPaste={(event) => {
        event.preventDefault();
        const text = event.clipboardData.getData('text/plain');
        insertNode(document.createTextNode(multiline ? text : text.replace(/\s*\n\s*/g, ' ')));
      }}
      onDrop={(event) => event.preventDefault()}
    />
  );
}
