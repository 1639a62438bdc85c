/** Sends an event to the clients of a topic, once its payload passes the API's event schemas. */
export type Publish = (topic: string, name: string, data: unknown) => void
