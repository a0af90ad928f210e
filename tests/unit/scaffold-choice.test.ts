import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { domainFor } from '../../src/main/core/scaffold/domains';
import { resolveStack } from '../../src/main/core/scaffold/resolve-stack';
import { chooseTemplate, templateKindFor } from '../../src/main/core/scaffold/template-kind';

describe('resolveStack', () => {
  it('keeps Flask by default where the roadmap offers Flask/Django, Django when chosen', () => {
    expect(resolveStack(['Python', 'Flask', 'Django', 'SQLite'])).toEqual(['Python', 'Flask', 'SQLite']);
    expect(resolveStack(['Python', 'Flask', 'Django', 'SQLite'], 'Django')).toEqual(['Python', 'Django', 'SQLite']);
  });

  it('leaves a stack without a choice as it is', () => {
    expect(resolveStack(['Flask', 'React'], 'Django')).toEqual(['Flask', 'React']);
    expect(resolveStack(['Django'])).toEqual(['Django']);
  });
});

describe('chooseTemplate, from the resolved stack', () => {
  const curriculum = loadCurriculum();
  const choiceFor = (id: string, framework?: 'Flask' | 'Django') => {
    const p = curriculum.projects.find((x) => x.id === id)!;
    return chooseTemplate(resolveStack(p.stack, framework), p.steps, `${p.name}\n${p.description}`);
  };

  it.each([
    ['library-management-system', ['base', 'flask-core', 'store', 'flask-api']],
    ['job-scraper', ['base', 'scraper', 'mongo']],
    ['chat-application', ['base', 'flask-core', 'flask-chat', 'react']],
    ['e-commerce-inventory-tracker', ['base', 'flask-core', 'store', 'flask-api', 'realtime', 'react']],
    ['weather-forecast-api', ['base', 'flask-core', 'flask-weather', 'rate-limit']],
    ['movie-recommendation-system', ['base', 'flask-core', 'ml-recommender']],
    ['sentiment-analysis-tool', ['base', 'flask-core', 'nlp-sentiment']],
    ['ai-chatbot', ['base', 'flask-core', 'nlp-faq', 'react']],
    ['expense-tracker-with-charts', ['base', 'flask-core', 'store', 'flask-api', 'charts', 'react']],
    ['capstone-e-commerce-app', ['base', 'flask-core', 'store', 'flask-api', 'react', 'deploy']],
  ])('%s gets %j', (id, parts) => {
    expect(choiceFor(id).parts).toEqual(parts);
  });

  it('gives the Flask/Django projects a Django project when Django is chosen', () => {
    expect(choiceFor('library-management-system', 'Django')).toMatchObject({ kind: 'django', parts: ['base', 'django'] });
    expect(choiceFor('capstone-e-commerce-app', 'Django').parts).toEqual(['base', 'django', 'react', 'deploy']);
  });

  it('adds rate limiting and deployment only where asked, and React only with a backend', () => {
    expect(chooseTemplate(['Flask'], ['Build it.']).parts).toEqual(['base', 'flask-core', 'store', 'flask-api']);
    expect(chooseTemplate(['Flask'], ['Add rate-limiting.', 'Deploy to the cloud.']).parts).toEqual(['base', 'flask-core', 'store', 'flask-api', 'rate-limit', 'deploy']);
    expect(chooseTemplate(['Python', 'Docker']).parts).toEqual(['base', 'store', 'cli', 'deploy']);
    expect(chooseTemplate(['BeautifulSoup', 'React']).react).toBe(false);
    expect(chooseTemplate(['Python', 'React']).parts).toEqual(['base', 'store', 'cli']);
  });

  it('falls back to a command-line project for a stack it does not know', () => {
    expect(templateKindFor([])).toBe('python-cli');
    expect(templateKindFor(['Rust', 'Python'])).toBe('python-cli');
    expect(chooseTemplate(['Scikit-Learn']).extraDependencies).toEqual(['flask', 'pandas', 'scikit-learn']);
  });
});

describe('domainFor', () => {
  it('reads the name first, then the description and steps', () => {
    expect(domainFor('Library Management System', '').resource).toBe('books');
    expect(domainFor('E-Commerce Inventory Tracker', '').resource).toBe('items');
    expect(domainFor('Capstone E-Commerce App', 'with inventory and analytics').resource).toBe('products');
    expect(domainFor('Expense Tracker with Charts', '').resource).toBe('expenses');
    expect(domainFor('My thing', 'keeps my book list').resource).toBe('books');
    expect(domainFor('Recipe Box', 'recipes').resource).toBe('notes');
  });
});
