/** Stands for a `$ref` to the document in an operation's schema of a user's document: a call of the component's validator. */
export const COMPONENT_KEYWORD = 'x-chatmock-component'
