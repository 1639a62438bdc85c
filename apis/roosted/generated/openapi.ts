// Generated from specs/roosted.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/workers/{id}/chats/{chat_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.
                 * @example 3158
                 */
                id: components["parameters"]["WorkerId"];
                /**
                 * @description Chat ID (a 10-character alphanumeric string in the vendor's examples).
                 * @example yJjarB5xUW
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a chat
         * @description Renames a chat and/or replaces its member list, then returns the chat as the worker in
         *     the path sees it, members included. Both body fields are optional; a field that is left
         *     out stays unchanged. `members` is the complete new list of worker ids, not a list of
         *     additions.
         *
         *     The chat is seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and
         *     `unread_count` in the response are that worker's values. A worker who is not a member of
         *     the chat cannot see it and gets 404.
         */
        patch: operations["editWorkerChat"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Changes to a chat. Both fields are optional; a field that is left out stays unchanged. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        EditChatRequest: {
            /** @description New chat name. Inferred: must not be empty. */
            name?: string;
            /** @description Updated array of worker IDs; replaces the current member list. Inferred: every id must be a known worker (400 otherwise), the list must not be empty or repeat an id, and it must include the worker in the path. */
            members?: string[];
        };
        /** @description A 0/1 flag. The vendor's schema says integer in 0..1, while the vendor's real examples send the strings "0" and "1". The mock sends the strings; this spec accepts both forms. */
        Flag: number | ("0" | "1");
        /** @description A non-negative count. The vendor's schema says integer >= 0, while the vendor's real examples send a numeric string (e.g. "0"). The mock sends the string; this spec accepts both forms. */
        Count: number | string;
        /** @description A member of a chat. */
        ChatMember: {
            /** @description Worker ID of the member. */
            id: string;
            /** @description First name of the member. */
            name_first: string;
            /** @description Last name of the member. */
            name_last: string;
            /** @description Profile picture location of the member (e.g. "example/1"). */
            selected_picture_location: string;
        };
        /** @description A chat with its members, seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and `unread_count` are that worker's values. The fields about the most recent message are null while the chat has no messages. */
        Chat: {
            /** @description Chat ID. */
            id: string;
            /** @description Chat name. */
            name: string;
            /** @description Whether the worker in the path is the chat admin. Documented as integer 0..1; the real examples (and the mock) send "0"/"1"; both are accepted. */
            chat_admin: components["schemas"]["Flag"];
            /** @description Whether the chat is silenced for the worker in the path. Documented as integer 0..1; the real examples (and the mock) send "0"/"1"; both are accepted. */
            silenced: components["schemas"]["Flag"];
            /** @description Whether the worker in the path is on the chat. Documented as integer 0..1; the real examples (and the mock) send "0"/"1"; both are accepted. */
            on_chat: components["schemas"]["Flag"];
            /** @description Whether the chat is locked. Documented as integer 0..1; the real examples (and the mock) send "0"/"1"; both are accepted. */
            locked: components["schemas"]["Flag"];
            /**
             * Format: date-time
             * @description When the chat was created.
             */
            date_created: string;
            /** @description ID of the most recent message; null when the chat has no messages. */
            most_recent_message_id: string | null;
            /**
             * Format: date-time
             * @description When the most recent message was sent; null when the chat has no messages.
             */
            last_message_timestamp: string | null;
            /** @description Preview of the most recent message; null when the chat has no messages. */
            message: string | null;
            /** @description First name of the sender of the most recent message; null when the chat has no messages. */
            name_first: string | null;
            /** @description Profile picture location of the sender of the most recent message; null when the chat has no messages. */
            selected_picture_location: string | null;
            /**
             * Format: date-time
             * @description Timestamp used to order chats (equal to `date_created` in the docs' example of a chat without messages).
             */
            chats_order: string;
            /** @description Number of messages the worker in the path has not read. Documented as integer >= 0; the real examples (and the mock) send a numeric string ("0"); both are accepted. */
            unread_count: components["schemas"]["Count"];
            /** @description Members of the chat. */
            members: components["schemas"]["ChatMember"][];
        };
        /** @description RFC 9457 problem details. Inferred: the vendor documents no error body, so the mock uses this shape. */
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
            /** @description The rule that failed (e.g. a JSON Schema keyword such as `required` or `pattern`). */
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
        /** @description Inferred: the request is invalid (a body that breaks the schema, an unknown worker id in `members`, or malformed JSON). Every violation is listed in `issues`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: neither an `X-API-KEY` header nor an `Authorization: Bearer` token was sent (the vendor's guide mentions 401 for a missing, malformed or expired token). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the worker or the chat does not exist, or the worker in the path is not a member of the chat. */
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
         * @description Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.
         * @example 3158
         */
        WorkerId: string;
        /**
         * @description Chat ID (a 10-character alphanumeric string in the vendor's examples).
         * @example yJjarB5xUW
         */
        ChatId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type EditChatRequest = components['schemas']['EditChatRequest'];
export type Flag = components['schemas']['Flag'];
export type Count = components['schemas']['Count'];
export type ChatMember = components['schemas']['ChatMember'];
export type Chat = components['schemas']['Chat'];
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
export type ParameterWorkerId = components['parameters']['WorkerId'];
export type ParameterChatId = components['parameters']['ChatId'];
export type $defs = Record<string, never>;
export interface operations {
    editWorkerChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.
                 * @example 3158
                 */
                id: components["parameters"]["WorkerId"];
                /**
                 * @description Chat ID (a 10-character alphanumeric string in the vendor's examples).
                 * @example yJjarB5xUW
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /** @description The changes to make. Both fields are optional. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditChatRequest"];
            };
        };
        responses: {
            /** @description OK. The updated chat, with its members, seen from the worker in the path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
}
