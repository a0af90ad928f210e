/**
 * The built-in curriculum's project names the board tests drag around, and their ids (the plan's
 * keys: curriculum/roadmap.json). One list, so a renamed project is fixed in one place.
 */
export const ECOMMERCE = 'E-Commerce Inventory Tracker';
export const MOVIE = 'Movie Recommendation System';
export const SENTIMENT = 'Sentiment Analysis Tool';
export const LIBRARY = 'Library Management System';
export const WEATHER = 'Weather Forecast API';

export const PROJECT_IDS: Readonly<Record<string, string>> = {
  [ECOMMERCE]: 'e-commerce-inventory-tracker',
  [MOVIE]: 'movie-recommendation-system',
  [SENTIMENT]: 'sentiment-analysis-tool',
  [LIBRARY]: 'library-management-system',
  [WEATHER]: 'weather-forecast-api',
};
