// Generated from specs/hapihub.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/chat-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chat messages
         * @description Returns the chat messages as a bare JSON array (not wrapped in an object). The docs describe no query filters and no pagination.
         */
        get: operations["findChatMessages"];
        put?: never;
        /**
         * Post a chat message
         * @description Posts a message in a room. The caller's account uid becomes `createdBy`; `createdAt` is the current time in epoch milliseconds unless the body sets it. Answers 200 with the stored message, as the docs say (not 201).
         */
        post: operations["createChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Chat message ID.
                 * @example id-1
                 */
                id: components["parameters"]["ChatMessageId"];
            };
            cookie?: never;
        };
        /**
         * Get a chat message
         * @description Returns one chat message by its id.
         */
        get: operations["getChatMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a chat message
         * @description Applies the optional `seen` directive and returns the message. The directive is not stored as a field of the message. Inferred: `seen: true` adds the caller's account uid to `seenBy`, once however often it is sent; `seen: false` (or an empty body) changes nothing.
         */
        patch: operations["patchChatMessage"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A chat message. Fields that are unset are left out (the docs' examples show only `id`, `createdAt` and `createdBy`). */
        ChatMessage: {
            /** @description Chat message ID. */
            id: string;
            /** @description When the message was created, in epoch milliseconds (e.g. 1564661697125). */
            createdAt: number;
            /** @description Account uid of the author. */
            createdBy: string;
            /** @description ID of the chat room the message was posted in. */
            room?: string;
            /** @description Session reference (not explained in the docs). */
            session?: string;
            /** @description Text of the message. */
            text?: string;
            /** @description Attached media. */
            media?: string;
            /** @description Account uids of those who have seen the message (each at most once). */
            seenBy?: string[];
        };
        /** @description A message to post. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        CreateChatMessageRequest: {
            /** @description ID of the chat room to post in (documented without an "optional" marker, so required). */
            room: string;
            /** @description Session reference (optional; not explained in the docs). */
            session?: string;
            /** @description Text of the message (optional). */
            text?: string;
            /** @description Attached media (optional). */
            media?: string;
            /** @description Creation time in epoch milliseconds (optional; defaults to the current time). */
            createdAt?: number;
        };
        /** @description Directives for a chat message. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        PatchChatMessageRequest: {
            /** @description Optional directive. Inferred: true adds the caller's account uid to `seenBy` (once); false changes nothing. */
            seen?: boolean;
        };
        /** @description RFC 9457 problem details. Inferred: the docs list no error body, so the mock uses this shape. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference that identifies the problem type.
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description A human-readable explanation of this occurrence of the problem. */
            detail?: string;
            /** @description Every violation found in the request (validation errors only). */
            issues?: components["schemas"]["Issue"][];
        };
        /** @description One violation found in the request. */
        Issue: {
            /**
             * @description The part of the request that holds the violation.
             * @enum {string}
             */
            location: "path" | "query" | "header" | "body" | "security";
            /** @description JSON pointer to the offending value within that part ("" for the whole part). */
            pointer: string;
            /** @description The rule that failed (e.g. a JSON Schema keyword such as `required` or `type`). */
            keyword: string;
            /** @description What was expected. */
            message: string;
        };
    };
    responses: {
        /** @description Inferred: the body is larger than 1 MB, the most the mock reads. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the URL is longer than 8 KB, the most the mock reads. */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit. */
        InsufficientStorage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: an internal error. The mock sends it only when a fault is asked for (error rate or `Prefer: code=500`). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the request is invalid (a body that breaks the schema, malformed JSON, an unknown `room` on create, or a `Prefer` header asking for an undeclared status or example). Every violation is listed in `issues`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: no `Authorization: Bearer` token was sent, or it is malformed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: there is no chat message with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the request body is not JSON (its Content-Type is not `application/json`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Chat message ID.
         * @example id-1
         */
        ChatMessageId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ChatMessage = components['schemas']['ChatMessage'];
export type CreateChatMessageRequest = components['schemas']['CreateChatMessageRequest'];
export type PatchChatMessageRequest = components['schemas']['PatchChatMessageRequest'];
export type Problem = components['schemas']['Problem'];
export type Issue = components['schemas']['Issue'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ParameterChatMessageId = components['parameters']['ChatMessageId'];
export type $defs = Record<string, never>;
export interface operations {
    findChatMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. Every chat message, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message to post. Only `room` is required. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatMessageRequest"];
            };
        };
        responses: {
            /** @description OK. The created chat message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Chat message ID.
                 * @example id-1
                 */
                id: components["parameters"]["ChatMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The chat message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    patchChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Chat message ID.
                 * @example id-1
                 */
                id: components["parameters"]["ChatMessageId"];
            };
            cookie?: never;
        };
        /** @description The directives to apply. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchChatMessageRequest"];
            };
        };
        responses: {
            /** @description OK. The chat message after the directive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
