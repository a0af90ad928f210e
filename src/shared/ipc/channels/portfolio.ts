export const portfolioChannels = {};
