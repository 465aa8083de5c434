import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { SelectField } from '../../../components/ui/SelectField';
import styles from '../../../components/ui/ui.module.css';
import type { MailBlockKind } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { BLOCK_KINDS, changeKind, move, newBlock, type EditorBlock } from './blocks';
import { ChipText, type ChipTextHandle } from './ChipText';
import s from './structured.module.css';
import { isUrlVariable } from './tokens';

export interface StructuredDraft {
  subject: string;
  blocks: EditorBlock[];
}

export interface StructuredEditorProps {
  draft: StructuredDraft;
  onChange: (draft: StructuredDraft) => void;
  /** The kind's variables: name and the description that labels its chip. */
  variables: ReadonlyArray<{ name: string; description: string }>;
  onFocused: (handle: ChipTextHandle) => void;
  subjectError: string | null;
  bodyError: string | null;
  /** Where the subject and the body come from (a badge, as in the advanced editor). */
  subjectSource: ReactNode;
  bodySource: ReactNode;
}

const ALWAYS = '__always';

/**
 * The structured mail editor (R15): the subject and the body as blocks — paragraph, heading, list,
 * button, small print — with the variables as chips. The server builds the HTML and the plain text
 * from the blocks in the house layout, so nobody writes HTML or {{.Name}}.
 */
export function StructuredEditor({ draft, onChange, variables, onFocused, subjectError, bodyError, subjectSource, bodySource }: StructuredEditorProps) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id: id as MessageId }, values);
  const labelsKey = variables.map((v) => `${v.name}=${v.description}`).join('|');
  // The labels, the address variables and the callbacks keep their identity while the user types,
  // so that only the block being edited renders again on a keystroke (the invitation has ten).
  const chipProps = useMemo<SharedChipProps>(() => {
    const label = (name: string) => {
      const v = variables.find((x) => x.name === name);
      return v ? shortLabel(v.description) : name;
    };
    return {
      variableLabel: label,
      conditionLabel: (name: string) => intl.formatMessage({ id: 'mailTexts.blocks.onlyIf' }, { name: label(name) }),
      onFocused,
      labelsKey,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelsKey stands for the variables
  }, [labelsKey, intl, onFocused]);
  const latest = useRef({ draft, onChange });
  useLayoutEffect(() => {
    latest.current = { draft, onChange };
  }, [draft, onChange]);
  const edit = useCallback((change: (blocks: EditorBlock[]) => EditorBlock[]) => {
    const { draft: current, onChange: report } = latest.current;
    report({ ...current, blocks: change(current.blocks) });
  }, []);
  const blocks = draft.blocks;

  return (
    <div className={styles.stack}>
      <div className={styles.field}>
        <span className={s.labelRow}>
          <span className={styles.label} aria-hidden="true">
            {t('mailTexts.field.subject')}
          </span>
          {subjectSource}
        </span>
        <ChipText
          {...chipProps}
          label={t('mailTexts.field.subject')}
          value={draft.subject}
          onChange={(subject) => onChange({ ...draft, subject })}
          invalid={subjectError !== null}
        />
        {subjectError && <span className={styles.fieldError}>{subjectError}</span>}
      </div>
      <span className={s.labelRow}>
        <span className={styles.label}>{t('mailTexts.blocks.title')}</span>
        {bodySource}
      </span>
      <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
        {t('mailTexts.blocks.hint')}
      </p>
      <ol className={s.blocks} aria-label={t('mailTexts.blocks.title')}>
        {blocks.map((block, i) => (
          <BlockRow key={block.key} block={block} index={i} count={blocks.length} variables={variables} chipProps={chipProps} edit={edit} />
        ))}
      </ol>
      {bodyError && (
        <p className={styles.fieldError} role="alert" style={{ margin: 0 }}>
          {bodyError}
        </p>
      )}
    </div>
  );
}

interface SharedChipProps {
  variableLabel: (name: string) => string;
  conditionLabel: (name: string) => string;
  onFocused: (handle: ChipTextHandle) => void;
  labelsKey: string;
}

interface BlockRowProps {
  block: EditorBlock;
  index: number;
  count: number;
  variables: StructuredEditorProps['variables'];
  chipProps: SharedChipProps;
  edit: (change: (blocks: EditorBlock[]) => EditorBlock[]) => void;
}

/** One block with its kind, condition, moves and text; it renders again only when it changed. */
const BlockRow = memo(function BlockRow({ block, index: i, count, variables, chipProps, edit }: BlockRowProps) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id: id as MessageId }, values);
  const n = i + 1;
  const kindName = t(`mailTexts.blocks.kind.${block.kind}`);
  const urlVariables = variables.filter((v) => isUrlVariable(v.name));
  const label = chipProps.variableLabel;
  const update = (next: EditorBlock) => edit((blocks) => blocks.map((b) => (b.key === block.key ? next : b)));
  const withText = (text: string) => edit((blocks) => blocks.map((b) => (b.key === block.key ? { ...b, text } : b)));
  const withItem = (j: number, text: string) =>
    edit((blocks) => blocks.map((b) => (b.key === block.key ? { ...b, items: b.items.map((x, k) => (k === j ? text : x)) } : b)));
  return (
    <li className={s.block} aria-label={t('mailTexts.blocks.block', { n, kind: kindName })}>
      <div className={s.blockHead}>
        <SelectField<MailBlockKind>
          label={t('mailTexts.blocks.kindLabel', { n })}
          options={BLOCK_KINDS.filter((k) => k !== 'BUTTON' || urlVariables.length > 0).map((k) => ({
            id: k,
            label: t(`mailTexts.blocks.kind.${k}`),
          }))}
          value={block.kind}
          onChange={(kind) => update(changeKind(block, kind, urlVariables[0]?.name ?? null))}
        />
        <SelectField<string>
          label={t('mailTexts.blocks.conditionLabel', { n })}
          options={[{ id: ALWAYS, label: t('mailTexts.blocks.always') }, ...variables.map((v) => ({ id: v.name, label: chipProps.conditionLabel(v.name) }))]}
          value={block.condition ?? ALWAYS}
          onChange={(c) => update({ ...block, condition: c === ALWAYS ? null : c })}
        />
        <div className={s.blockActions}>
          <button type="button" className={styles.buttonGhost} disabled={i === 0} onClick={() => edit((blocks) => move(blocks, i, i - 1))} aria-label={t('mailTexts.blocks.up', { n })}>
            ↑
          </button>
          <button
            type="button"
            className={styles.buttonGhost}
            disabled={i === count - 1}
            onClick={() => edit((blocks) => move(blocks, i, i + 1))}
            aria-label={t('mailTexts.blocks.down', { n })}
          >
            ↓
          </button>
          <button
            type="button"
            className={styles.buttonGhost}
            disabled={count === 1}
            onClick={() => edit((blocks) => blocks.filter((b) => b.key !== block.key))}
            aria-label={t('mailTexts.blocks.remove', { n })}
          >
            {t('mailTexts.blocks.removeShort')}
          </button>
        </div>
      </div>
      {block.kind === 'LIST' ? (
        <>
          {block.items.map((item, j) => (
            <div key={j} className={s.item}>
              <ChipText {...chipProps} label={t('mailTexts.blocks.item', { n, m: j + 1 })} value={item} onChange={(v) => withItem(j, v)} />
              <button
                type="button"
                className={styles.buttonGhost}
                disabled={block.items.length === 1}
                onClick={() => update({ ...block, items: block.items.filter((_, k) => k !== j) })}
                aria-label={t('mailTexts.blocks.removeItem', { n, m: j + 1 })}
              >
                ×
              </button>
            </div>
          ))}
          <div>
            <button type="button" className={styles.buttonSecondary} disabled={block.items.length >= 20} onClick={() => update({ ...block, items: [...block.items, ''] })}>
              {t('mailTexts.blocks.addItem')}
            </button>
          </div>
        </>
      ) : (
        <>
          <ChipText
            {...chipProps}
            label={block.kind === 'BUTTON' ? t('mailTexts.blocks.buttonText', { n }) : t('mailTexts.blocks.text', { n, kind: kindName })}
            value={block.text}
            multiline={block.kind !== 'BUTTON' && block.kind !== 'HEADING'}
            onChange={withText}
          />
          {block.kind === 'BUTTON' && (
            <SelectField<string>
              label={t('mailTexts.blocks.link', { n })}
              options={urlVariables.map((v) => ({ id: v.name, label: label(v.name) }))}
              value={block.link ?? urlVariables[0]?.name ?? ''}
              onChange={(link) => update({ ...block, link })}
            />
          )}
        </>
      )}
      <div>
        <button
          type="button"
          className={styles.buttonGhost}
          disabled={count >= 60}
          onClick={() => edit((blocks) => [...blocks.slice(0, i + 1), newBlock(), ...blocks.slice(i + 1)])}
        >
          {t('mailTexts.blocks.addBelow')}
        </button>
      </div>
    </li>
  );
});

/** A chip's label: the description up to its first comma or bracket, so chips stay short. */
export function shortLabel(description: string): string {
  const cut = description.split(/[,(]/)[0]!.trim();
  return cut.length > 40 ? `${cut.slice(0, 39)}…` : cut;
}
