/** The msw versions chatmock runs on: package.json's peer range, which a test keeps equal to this. */
export const MSW_PEER_RANGE = '^2.14.6'
