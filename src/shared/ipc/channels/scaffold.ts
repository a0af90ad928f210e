export const scaffoldChannels = {};
