export const roadmapChannels = {};
