// Generated from specs/toggl-focus.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/workspaces/{workspace_id}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats
         * @description Lists the chats of a workspace that are not deleted, a page at a time, optionally filtered by name and ordered by one or more fields.
         */
        get: operations["listChats"];
        put?: never;
        /**
         * Create a chat
         * @description Creates a chat with the given name in a workspace. The chat belongs to the user whose credentials made the request.
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/chats/{chat_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chat
         * @description Returns one chat of the workspace. A deleted chat is still returned, with `deleted_at` set.
         */
        get: operations["getChat"];
        /**
         * Update a chat
         * @description Renames a chat. A deleted chat cannot be updated until it is restored.
         */
        put: operations["updateChat"];
        post?: never;
        /**
         * Delete a chat
         * @description Soft-deletes a chat. It leaves the list, can still be read by id, and can be restored.
         */
        delete: operations["deleteChat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/chats/{chat_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a chat
         * @description Brings a deleted chat back by clearing `deleted_at`. Restoring a chat that is not deleted changes nothing.
         */
        patch: operations["restoreChat"];
        trace?: never;
    };
    "/workspaces/{workspace_id}/chats/{chat_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the messages of a chat
         * @description Lists the messages of a chat a page at a time, ordered by one or more fields.
         */
        get: operations["listChatMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/chats/{chat_id}/messages/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all messages of a chat at once
         * @description Returns every message of a chat in one response, ordered by one or more fields.
         */
        get: operations["streamChatMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/chats/{chat_id}/messages/{chat_message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message
         * @description Replaces the fields of a message that the body gives (its content or the user's feedback on it), leaving the others as they are.
         */
        patch: operations["updateChatMessage"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A workspace, chat or message id. Inferred: at most 2^53 - 1, the largest integer the mock (a JavaScript program) holds exactly; a larger one is refused with 400. */
        Id: number;
        /** @description A chat of a workspace. */
        Chat: {
            readonly id: number;
            readonly workspace_id: number;
            /** @description Inferred: the user that owns the chat (the one who created it). */
            readonly toggl_user_id: number;
            name: string;
            /** @description The number of messages of the chat. */
            readonly message_count: number;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /**
             * Format: date-time
             * @description When the chat was soft-deleted; null while it is not. Inferred: the docs type it as string.
             */
            readonly deleted_at: string | null;
        };
        /** @description The fields a client sets on a chat. Inferred: `name` is required and not empty. Unknown fields are refused (a mock decision, so that a client's typo is caught). */
        ChatInput: {
            name: string;
        };
        ChatList: {
            data: components["schemas"]["Chat"][];
            page: number;
            per_page: number;
        };
        /** @enum {string} */
        ChatOrderField: "id" | "-id" | "name" | "-name" | "created_at" | "-created_at" | "updated_at" | "-updated_at" | "message_count" | "-message_count";
        /** @description A message of a chat, written by the user or by the assistant. */
        ChatMessage: {
            readonly id: number;
            readonly chat_id: number;
            readonly workspace_id: number;
            /** @description Who wrote the message. The docs type it as an object and list no values; the mock sends `user` or `assistant`. */
            readonly role: string | {
                [key: string]: unknown;
            };
            content: components["schemas"]["ChatMessageContent"];
            /** @description The user's comment on the message. */
            feedback_message: string | null;
            /** @description The kind of feedback. The docs type it as an object in responses and as a nullable string in the update body; the mock sends what the update set (a string) or null. */
            feedback_type: string | {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /** @description The message's content. The docs list no fields (the heading is empty). The mock's messages carry their text in `text`; other fields are accepted and kept as they are given. */
        ChatMessageContent: {
            /** @description The text of the message. */
            text?: string;
        } & {
            [key: string]: unknown;
        };
        ChatMessageList: {
            data: components["schemas"]["ChatMessage"][];
            page: number;
            per_page: number;
        };
        ChatMessageStream: {
            items: components["schemas"]["ChatMessage"][];
        };
        /** @description The fields to replace; absent fields are left as they are. Unknown fields are refused (a mock decision, so that a client's typo is caught). */
        ChatMessagePatch: {
            content?: components["schemas"]["ChatMessageContent"];
            feedback_message?: string | null;
            feedback_type?: string | null;
        };
        /** @enum {string} */
        MessageOrderField: "id" | "-id" | "created_at" | "-created_at" | "updated_at" | "-updated_at";
        /** @description The error shape seen from the real service (a Go validator message in `error_description`). */
        Error: {
            /** @description A short code, e.g. `validation`, `unauthorized`, `not_found`. */
            error: string;
            /** @description What went wrong, naming every violation. */
            error_description: string;
            trace_id: string;
        };
    };
    responses: {
        /** @description Payment Required: the quota of the workspace is spent (Toggl's API overview: over quota answers 402, deliberately not 429, with both quota headers). Inferred: the body has the usual error shape. */
        QuotaExceeded: {
            headers: {
                /**
                 * @description Always 0 here.
                 * @example 0
                 */
                "X-Toggl-Quota-Remaining": number;
                /**
                 * @description Seconds until the window ends and the quota is full again.
                 * @example 1800
                 */
                "X-Toggl-Quota-Resets-In": number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: the body is larger than 1 MB, the most the mock reads. */
        PayloadTooLarge: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: the URL is longer than 8 KB, the most the mock reads. */
        UriTooLong: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit. */
        InsufficientStorage: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request */
        BadRequest: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: missing or malformed credentials (the vendor's auth page says a failed authentication answers 401). */
        Unauthorized: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description chat does not exist */
        ChatNotFound: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: the chat or the message does not exist (the docs document no 404 here). */
        MessageNotFound: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred: the body is not JSON (the API is JSON only). */
        UnsupportedMediaType: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error. The mock sends it only when a fault is asked for. */
        InternalServerError: {
            headers: {
                "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description page number, starting at 1. Inferred. */
        Page: number;
        /** @description results per page. Inferred: at most 100 (the real service refuses 200), 20 when absent. */
        PerPage: number;
        /** @description order by. Field names; a leading `-` means descending. Repeat the key (`order_by=name&order_by=-id`) or separate the fields with commas. Inferred: the fields allowed are those of the chat listed here; any other is refused with 400. */
        ChatOrderBy: components["schemas"]["ChatOrderField"][];
        /** @description order by. Field names; a leading `-` means descending. Repeat the key or separate the fields with commas. Inferred: the fields allowed are those listed here; any other is refused with 400. */
        MessageOrderBy: components["schemas"]["MessageOrderField"][];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests left in the current window (Toggl's API overview). The mock sends it while the workspace has a quota (settings `quota`), on every answer to an operation of that workspace; without one it sends no quota header.
         * @example 29
         */
        QuotaRemaining: number;
        /**
         * @description Seconds until the window ends and the quota is full again. Sent with X-Toggl-Quota-Remaining.
         * @example 1800
         */
        QuotaResetsIn: number;
    };
    pathItems: never;
}
export type Id = components['schemas']['Id'];
export type Chat = components['schemas']['Chat'];
export type ChatInput = components['schemas']['ChatInput'];
export type ChatList = components['schemas']['ChatList'];
export type ChatOrderField = components['schemas']['ChatOrderField'];
export type ChatMessage = components['schemas']['ChatMessage'];
export type ChatMessageContent = components['schemas']['ChatMessageContent'];
export type ChatMessageList = components['schemas']['ChatMessageList'];
export type ChatMessageStream = components['schemas']['ChatMessageStream'];
export type ChatMessagePatch = components['schemas']['ChatMessagePatch'];
export type MessageOrderField = components['schemas']['MessageOrderField'];
export type Error = components['schemas']['Error'];
export type ResponseQuotaExceeded = components['responses']['QuotaExceeded'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseChatNotFound = components['responses']['ChatNotFound'];
export type ResponseMessageNotFound = components['responses']['MessageNotFound'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPerPage = components['parameters']['PerPage'];
export type ParameterChatOrderBy = components['parameters']['ChatOrderBy'];
export type ParameterMessageOrderBy = components['parameters']['MessageOrderBy'];
export type HeaderQuotaRemaining = components['headers']['QuotaRemaining'];
export type HeaderQuotaResetsIn = components['headers']['QuotaResetsIn'];
export type $defs = Record<string, never>;
export interface operations {
    listChats: {
        parameters: {
            query?: {
                /** @description page number, starting at 1. Inferred. */
                page?: components["parameters"]["Page"];
                /** @description results per page. Inferred: at most 100 (the real service refuses 200), 20 when absent. */
                per_page?: components["parameters"]["PerPage"];
                /** @description Keeps the chats whose name contains this text, ignoring case. */
                name?: string;
                /** @description order by. Field names; a leading `-` means descending. Repeat the key (`order_by=name&order_by=-id`) or separate the fields with commas. Inferred: the fields allowed are those of the chat listed here; any other is refused with 400. */
                order_by?: components["parameters"]["ChatOrderBy"];
            };
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of chats. */
            200: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatInput"];
            };
        };
        responses: {
            /** @description chat created successfully. Inferred: the body is the created chat (the docs show none; a client needs its id). */
            201: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat. */
            200: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatInput"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    restoreChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listChatMessages: {
        parameters: {
            query?: {
                /** @description page number, starting at 1. Inferred. */
                page?: components["parameters"]["Page"];
                /** @description results per page. Inferred: at most 100 (the real service refuses 200), 20 when absent. */
                per_page?: components["parameters"]["PerPage"];
                /** @description order by. Field names; a leading `-` means descending. Repeat the key or separate the fields with commas. Inferred: the fields allowed are those listed here; any other is refused with 400. */
                order_by?: components["parameters"]["MessageOrderBy"];
            };
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamChatMessages: {
        parameters: {
            query?: {
                /** @description order by. Field names; a leading `-` means descending. Repeat the key or separate the fields with commas. Inferred: the fields allowed are those listed here; any other is refused with 400. */
                order_by?: components["parameters"]["MessageOrderBy"];
            };
            header?: {
                /** @description With `Accept: text/event-stream`: the `id:` of the last event a reconnecting client received (EventSource sends it by itself); the stream resumes after it. */
                "Last-Event-ID"?: number;
            };
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every message of the chat. */
            200: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageStream"];
                    /**
                     * @example event: message.created
                     *     data: {"message":{"id":1,"chat_id":1,"workspace_id":1,"role":"user","content":{"text":"What is on the agenda?"},"feedback_message":null,"feedback_type":null,"created_at":"2024-03-01T10:01:00.000Z","updated_at":"2024-03-01T10:01:00.000Z"},"complete":true}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace ID */
                workspace_id: components["schemas"]["Id"];
                /** @description chat ID */
                chat_id: components["schemas"]["Id"];
                /** @description message ID */
                chat_message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMessagePatch"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-Toggl-Quota-Remaining": components["headers"]["QuotaRemaining"];
                    "X-Toggl-Quota-Resets-In": components["headers"]["QuotaResetsIn"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["QuotaExceeded"];
            404: components["responses"]["MessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
