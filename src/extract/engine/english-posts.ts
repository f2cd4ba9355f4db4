/**
 * The English job-title words every reader of an English post knows ("ML Engineer", "Research Lead", "Director of
 * AI"): one list, so that a word one reader learns reaches the others. Each reader adds the words of its own form
 * (a card's "Founder", a byline's "Intern", a chief's "CTO").
 */
export const EN_POST_CORE = 'Engineer|Scientist|Researcher|Lead|Manager|Director';
