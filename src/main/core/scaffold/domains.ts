/**
 * The record type a CRUD-style scaffold (Flask API, Django app, CLI) is built around, picked from
 * the project's words so a library gets books and an inventory tracker gets items. The sample
 * records are what the first run shows and what the scaffold's tests check against.
 */
export type FieldType = 'str' | 'int' | 'float' | 'bool';

export interface Domain {
  /** Plural, a Python identifier and URL segment: `/books`, Django app label `books`. */
  resource: string;
  singular: string;
  /** Python class name of the model. */
  model: string;
  /** Words in the project's name, description or steps that pick this domain. */
  match: RegExp;
  /** Field name → type, in order; the first `str` field is the record's title. */
  fields: Record<string, FieldType>;
  records: Array<Record<string, string | number | boolean>>;
  /** For a chart: sum `value` (or count records when null) per distinct `group`. */
  chart: { group: string; value: string | null };
}

export const DOMAINS: readonly Domain[] = [
  {
    resource: 'books', singular: 'book', model: 'Book', match: /\b(librar\w*|books?)\b/i,
    fields: { title: 'str', author: 'str', year: 'int', available: 'bool' },
    records: [
      { title: 'Fluent Python', author: 'Luciano Ramalho', year: 2022, available: true },
      { title: 'Automate the Boring Stuff with Python', author: 'Al Sweigart', year: 2019, available: false },
      { title: 'Python Crash Course', author: 'Eric Matthes', year: 2023, available: true },
    ],
    chart: { group: 'author', value: null },
  },
  {
    resource: 'items', singular: 'item', model: 'Item', match: /\b(inventory|stock|warehouse)\b/i,
    fields: { name: 'str', sku: 'str', quantity: 'int', price: 'float' },
    records: [
      { name: 'USB-C cable', sku: 'CAB-001', quantity: 120, price: 7.5 },
      { name: 'Wireless mouse', sku: 'MOU-014', quantity: 8, price: 19.9 },
      { name: 'Laptop stand', sku: 'STD-203', quantity: 0, price: 34 },
    ],
    chart: { group: 'name', value: 'quantity' },
  },
  {
    resource: 'expenses', singular: 'expense', model: 'Expense', match: /\b(expenses?|budget\w*|spending)\b/i,
    fields: { description: 'str', category: 'str', amount: 'float', spent_on: 'str' },
    records: [
      { description: 'Groceries', category: 'food', amount: 54.2, spent_on: '2026-03-01' },
      { description: 'Bus pass', category: 'transport', amount: 30, spent_on: '2026-03-02' },
      { description: 'Lunch with Sam', category: 'food', amount: 18.5, spent_on: '2026-03-04' },
    ],
    chart: { group: 'category', value: 'amount' },
  },
  {
    resource: 'products', singular: 'product', model: 'Product', match: /\b(e-?commerce|shop\w*|stores?|products?|orders?)\b/i,
    fields: { name: 'str', category: 'str', price: 'float', stock: 'int' },
    records: [
      { name: 'Espresso beans 1 kg', category: 'coffee', price: 24.9, stock: 40 },
      { name: 'Pour-over kettle', category: 'equipment', price: 49, stock: 6 },
      { name: 'Ceramic mug', category: 'equipment', price: 12.5, stock: 75 },
    ],
    chart: { group: 'category', value: 'stock' },
  },
];

/** Anything else: notes are neutral enough for any project to start from. */
export const FALLBACK_DOMAIN: Domain = {
  resource: 'notes', singular: 'note', model: 'Note', match: /$^/,
  fields: { title: 'str', body: 'str', done: 'bool' },
  records: [
    { title: 'Read the project steps', body: 'They are in README.md under Steps.', done: true },
    { title: 'Run the tests', body: 'pytest, or python -m unittest discover', done: false },
    { title: 'Build the first feature', body: 'Start from the first unticked step.', done: false },
  ],
  chart: { group: 'done', value: null },
};

/**
 * The domain for a project: the first whose words appear in its name, else in its description and
 * steps, else notes. The name goes first so "Capstone E-Commerce App" (whose description mentions
 * inventory) gets products, while "E-Commerce Inventory Tracker" gets items.
 */
export const domainFor = (name: string, details: string): Domain =>
  DOMAINS.find((d) => d.match.test(name)) ?? DOMAINS.find((d) => d.match.test(details)) ?? FALLBACK_DOMAIN;

export const titleField = (domain: Domain): string => Object.entries(domain.fields).find(([, t]) => t === 'str')![0];
