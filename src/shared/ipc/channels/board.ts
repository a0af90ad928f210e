export const boardChannels = {};
