/**
 * The account's agent, online: the fixtures' replies come from it, an action that names no agent
 * is its, and presence lists it (its `availability_status` in events is `online` too).
 */
export const SUPPORT_AGENT = { id: 1, name: 'Support Agent', availability_status: 'online' } as const
