import type { CSSProperties, ReactNode } from 'react';
import { Checkbox, GridList, GridListItem, type Key, type Selection } from 'react-aria-components';
import { ChevronIcon } from './icons';
import styles from './responsiveTable.module.css';

/** One column of a ResponsiveTable. */
export interface ResponsiveColumn<T> {
  id: string;
  /** The column header on a wide screen and the label before the value in a phone's card. */
  header: string;
  cell: (item: T) => ReactNode;
  /** The cell that heads the card on a phone (the name), without a label. One per table. */
  lead?: boolean;
  /** The column's width on a wide screen (a CSS grid track); default `minmax(min-content, 1fr)`. */
  width?: string;
  /** Numbers and dates: aligned right on a wide screen. */
  numeric?: boolean;
  /** Shown without a label in the card on a phone (badges that say what they are). */
  bare?: boolean;
}

export interface ResponsiveTableProps<T extends { id: string }> {
  /** The accessible name of the table. */
  label: string;
  columns: ReadonlyArray<ResponsiveColumn<T>>;
  items: readonly T[];
  /** The row's accessible name: what a screen reader says for the row. */
  textValue: (item: T) => string;
  /** Each row opens this address (a row link). */
  href?: (item: T) => string;
  routerOptions?: (item: T) => object;
  /** Re-render the rows when these change (e.g. where their links come back to). */
  dependencies?: readonly unknown[];
  /** Rows with a checkbox: chosen rows by key. */
  selectedKeys?: Iterable<Key>;
  onSelectionChange?: (selection: Selection) => void;
}

/**
 * The staff pages' one responsive table: a card per row on a phone (the lead cell as its title and
 * every other cell as "label value", nothing squeezed so no word breaks inside), a table with column
 * headers when the table has 40rem or more (a container query: the same in a narrow card). Built on React Aria's GridList, so a row is one keyboard stop that opens
 * with Enter (href) or toggles with Space (selection), and a screen reader hears the row's
 * textValue. The column headers are drawn for the eye only: each row's name already says what is
 * in it, and a GridList has no column header role.
 */
export function ResponsiveTable<T extends { id: string }>({
  label,
  columns,
  items,
  textValue,
  href,
  routerOptions,
  dependencies,
  selectedKeys,
  onSelectionChange,
}: ResponsiveTableProps<T>) {
  const selecting = onSelectionChange !== undefined;
  const tracks = [
    ...(selecting ? ['2.5rem'] : []),
    ...columns.map((c) => c.width ?? 'minmax(min-content, 1fr)'),
    ...(href ? ['2rem'] : []),
  ].join(' ');
  const style = { '--rt-columns': tracks } as CSSProperties;

  return (
    <div className={styles.frame}>
      <div className={styles.table} style={style}>
        <div className={styles.head} aria-hidden="true">
          {selecting && <span />}
          {columns.map((c) => (
            <span key={c.id} className={styles.headCell} data-numeric={c.numeric || undefined}>
              {c.header}
            </span>
          ))}
          {href && <span />}
        </div>
        <GridList
          className={styles.body}
          aria-label={label}
          items={items}
          dependencies={dependencies ? [...dependencies] : undefined}
          {...(selecting ? { selectionMode: 'multiple' as const, selectedKeys, onSelectionChange } : {})}
        >
          {(item) => (
            <GridListItem
              id={item.id}
              className={styles.row}
              textValue={textValue(item)}
              {...(href ? { href: href(item), routerOptions: routerOptions?.(item) } : {})}
            >
              {selecting && (
                <span className={styles.selectCell}>
                  <Checkbox slot="selection" className={styles.choice}>
                    {({ isSelected }) => (
                      <span className={styles.box} aria-hidden="true">
                        {isSelected ? '✓' : ''}
                      </span>
                    )}
                  </Checkbox>
                </span>
              )}
              <span className={styles.cells}>
                {columns.map((c) => (
                  <span
                    key={c.id}
                    className={c.lead ? styles.lead : styles.cell}
                    data-numeric={c.numeric || undefined}
                    data-bare={c.bare || undefined}
                    data-column={c.id}
                  >
                    {!c.lead && !c.bare && <span className={styles.cellLabel}>{c.header}</span>}
                    <span className={styles.value}>{c.cell(item)}</span>
                  </span>
                ))}
              </span>
              {href && (
                <span className={styles.chevron}>
                  <ChevronIcon />
                </span>
              )}
            </GridListItem>
          )}
        </GridList>
      </div>
    </div>
  );
}

/** A second, smaller line under a cell's value (e.g. the job title under the name). */
export function CellSub({ children }: { children: ReactNode }) {
  return <span className={styles.sub}>{children}</span>;
}
