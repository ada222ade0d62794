import { formatNumber } from '../lib/format.js';
import { Button } from './Button.js';

export interface PaginationProps {
  page: number;
  pageCount: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageCount, total, onPage }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Paginering" className="utrecht-pagination mw-pagination">
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Vorige<span className="mw-visually-hidden"> pagina</span>
      </Button>
      <p className="utrecht-paragraph mw-pagination__status">
        Pagina {formatNumber(page)} van {formatNumber(pageCount)}
        <span className="mw-pagination__total">({formatNumber(total)} regels in totaal)</span>
      </p>
      <Button disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Volgende<span className="mw-visually-hidden"> pagina</span>
      </Button>
    </nav>
  );
}
