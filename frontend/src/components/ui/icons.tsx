import styles from './ui.module.css';

/* Small inline icons (decorative: the text next to them or an aria-label carries the meaning). */

const common = { className: styles.icon, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const SearchIcon = ({ className }: { className?: string }) => (
  <svg {...common} className={className ?? styles.icon}>
    <circle cx="11" cy="11" r="7" {...stroke} />
    <path d="m20 20-3.5-3.5" {...stroke} />
  </svg>
);

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M6 6l12 12M18 6 6 18" {...stroke} />
  </svg>
);

export const MenuIcon = () => (
  <svg {...common}>
    <path d="M4 6h16M4 12h16M4 18h16" {...stroke} />
  </svg>
);

export const ChevronIcon = () => (
  <svg {...common} className={`${styles.icon} ${styles.chevron}`}>
    <path d="m9 6 6 6-6 6" {...stroke} />
  </svg>
);

export const BackIcon = () => (
  <svg {...common}>
    <path d="m15 6-6 6 6 6" {...stroke} />
  </svg>
);

export const DownloadIcon = () => (
  <svg {...common}>
    <path d="M12 4v11m0 0-4-4m4 4 4-4M5 20h14" {...stroke} />
  </svg>
);

export const MailIcon = () => (
  <svg {...common}>
    <rect x="3" y="5" width="18" height="14" rx="2" {...stroke} />
    <path d="m4 7 8 6 8-6" {...stroke} />
  </svg>
);

export const PencilIcon = () => (
  <svg {...common}>
    <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" {...stroke} />
  </svg>
);
