import { isAsked, type Question } from '../../../../../shared/surveys/questionnaire.js';

export type Answers = Record<string, string[] | undefined>;

/**
 * The pages of a questionnaire: questions that follow each other with the same group share a
 * page, every other question has a page of its own.
 */
export function pagesOf(questions: readonly Question[]): Question[][] {
  const pages: Question[][] = [];
  for (const question of questions) {
    const last = pages.at(-1);
    const previous = last?.at(-1);
    if (last && question.group && previous?.group === question.group) last.push(question);
    else pages.push([question]);
  }
  return pages;
}

/** The questions of a page that are asked, given the answers so far (routing). */
export function askedOn(page: readonly Question[], answers: Answers): Question[] {
  return page.filter((question) => isAsked(question, answers));
}

/** The next page with something to ask, or null at the end. */
export function nextPage(pages: Question[][], from: number, answers: Answers): number | null {
  for (let i = from + 1; i < pages.length; i += 1) {
    if (askedOn(pages[i] ?? [], answers).length > 0) return i;
  }
  return null;
}

/** The previous page with something to ask, or null before the first. */
export function previousPage(pages: Question[][], from: number, answers: Answers): number | null {
  for (let i = from - 1; i >= 0; i -= 1) {
    if (askedOn(pages[i] ?? [], answers).length > 0) return i;
  }
  return null;
}

/** Where the respondent is, counting only the pages that are asked with these answers. */
export function progress(pages: Question[][], at: number, answers: Answers) {
  const asked = pages
    .map((page, index) => ({ index, count: askedOn(page, answers).length }))
    .filter((page) => page.count > 0);
  return {
    number: asked.findIndex((page) => page.index === at) + 1,
    total: asked.length,
  };
}
