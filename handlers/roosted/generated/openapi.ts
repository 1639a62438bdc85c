// Generated from specs/roosted.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/workers/{id}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chats
         * @description Lists the chats the worker in the path is a member of, a page at a time, as that worker
         *     sees them (list items carry `auto_add_workers` and `event_id`, and no members). Pass
         *     `last_seen_id` with the id of the last chat of the previous page to get the next page;
         *     omit it for the first. `search_term` filters by chat name; `all_chats=true` includes
         *     inactive chats.
         */
        get: operations["listWorkerChats"];
        put?: never;
        /**
         * Create chat
         * @description Creates a chat of the worker in the path with the workers in `members`, and returns it as
         *     that worker sees it, members included (the creator first, then the others in request
         *     order). `members` lists the other workers; the worker in the path is added, and a list
         *     that already names it is accepted too. The creator is the chat's admin. A chat created
         *     without `name` is named after its members' full names, the creator first, then the others
         *     in request order, joined by ", " (as the docs' example "Chris Davis, Aaron Labrado" is);
         *     that name is stored at creation and does not follow later member changes.
         *
         *     Why this differs from Edit Chat: here `members` names the workers to start the chat with,
         *     and the creator is always one of them, so leaving the creator out is the normal request;
         *     Edit Chat's `members` replaces the whole member list, so a list without the worker in the
         *     path would remove that worker, which the mock refuses (400).
         */
        post: operations["createWorkerChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{id}/chats/{chat_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chat
         * @description Returns one chat as the worker in the path sees it, members included. A worker who is not a member of the chat cannot see it and gets 404.
         */
        get: operations["getWorkerChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit chat
         * @description Renames a chat and/or replaces its member list, then returns the chat as the worker in
         *     the path sees it, members included. Both body fields are optional; a field that is left
         *     out stays unchanged. `members` is the complete new list of worker ids, not a list of
         *     additions, and must include the worker in the path: a list without it would remove that
         *     worker from the chat (unlike Create Chat, whose `members` lists the others and always
         *     adds the creator).
         *
         *     The chat is seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and
         *     `unread_count` in the response are that worker's values. A worker who is not a member of
         *     the chat cannot see it and gets 404.
         */
        patch: operations["editWorkerChat"];
        trace?: never;
    };
    "/workers/{id}/chats/{chat_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chat messages
         * @description Lists the messages of a chat, a page at a time, as the worker in the path sees them
         *     (`read` is that worker's). Pass `last_seen_id` with the id of the last message of the
         *     previous page to get the next page; omit it for the first.
         */
        get: operations["listChatMessages"];
        put?: never;
        /**
         * Send message
         * @description Sends a message in a chat as the worker in the path, and returns it as its sender sees it (`read` is "1"). The message appears in the chat's message list of every member, unread for all but the sender, and becomes the chat's most recent message.
         */
        post: operations["sendChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Worker ID (a numeric string in the vendor's examples, such as "3158"). */
        WorkerId: string;
        /** @description Chat ID (10 letters and digits in the vendor's examples, such as "yJjarB5xUW"). */
        ChatId: string;
        /** @description Message ID (11 letters and digits in the vendor's examples, such as "rxsVGOYHC9u"). */
        MessageId: string;
        /**
         * @description How many items a page holds, 20 when absent. Inferred: at most 100.
         * @default 20
         */
        Limit: number;
        /** @description A new chat. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        CreateChatRequest: {
            /** @description Array of worker IDs to add to the chat: the other workers. The worker in the path is added; a list that names it too is accepted. Inferred: every id must be a known worker and at least one must be another worker than the one in the path (400 otherwise); the list must not repeat an id. */
            members: string[];
            /** @description Chat name. Inferred: must not be empty; when left out, the chat is named after its members' full names, the creator first, joined by ", ". */
            name?: string;
        };
        /** @description Changes to a chat. Both fields are optional; a field that is left out stays unchanged. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        EditChatRequest: {
            /** @description New chat name. Inferred: must not be empty. */
            name?: string;
            /** @description Updated array of worker IDs; replaces the current member list. Inferred: every id must be a known worker (400 otherwise), the list must not be empty or repeat an id, and it must include the worker in the path. */
            members?: string[];
        };
        /** @description A message to send. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        SendMessageRequest: {
            /** @description Message content to send. Inferred: must not be empty. */
            message: string;
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
        /** @description A chat as Get Chats lists it, seen from the worker in the path: the chat's fields without its members, plus `auto_add_workers` and `event_id`. */
        ChatListItem: {
            /** @description Chat ID. */
            id: string;
            /** @description Whether workers are added to the chat automatically (for a chat tied to an event). Documented as integer 0..1; the mock sends "0"/"1", like the other flags; both are accepted. */
            auto_add_workers: components["schemas"]["Flag"];
            /** @description The event the chat belongs to. Inferred: null for a chat tied to no event. */
            event_id: string | null;
            /** @description Whether the worker in the path is the chat admin. */
            chat_admin: components["schemas"]["Flag"];
            /** @description Whether the chat is silenced for the worker in the path. */
            silenced: components["schemas"]["Flag"];
            /** @description Whether the worker in the path is on the chat. */
            on_chat: components["schemas"]["Flag"];
            /**
             * Format: date-time
             * @description When the chat was created.
             */
            date_created: string;
            /** @description Chat name. */
            name: string;
            /** @description ID of the most recent message; null when the chat has no messages. */
            most_recent_message_id: string | null;
            /** @description Whether the chat is locked. */
            locked: components["schemas"]["Flag"];
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
             * @description Sort timestamp for chat ordering (the time the chat was created, in the mock).
             */
            chats_order: string;
            /** @description Number of messages the worker in the path has not read. */
            unread_count: components["schemas"]["Count"];
        };
        /** @description A page of chats. */
        ChatList: {
            chats: components["schemas"]["ChatListItem"][];
            /** @description Whether there are more chats available beyond this page. */
            has_more: boolean;
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
             * @description Timestamp used to order chats (equal to `date_created` in the docs' example of a chat without messages, and in the mock).
             */
            chats_order: string;
            /** @description Number of messages the worker in the path has not read. Documented as integer >= 0; the real examples (and the mock) send a numeric string ("0"); both are accepted. */
            unread_count: components["schemas"]["Count"];
            /** @description Members of the chat, in the order they joined. */
            members: components["schemas"]["ChatMember"][];
        };
        /** @description A message of a chat, seen from the worker in the path (`read` is that worker's). */
        ChatMessage: {
            /** @description Message ID. */
            id: string;
            /** @description Message content. */
            message: string;
            /** @description ID of the message sender (a worker). */
            sender_id: string;
            /** @description Name of the message sender (first and last name). */
            sender_name: string;
            /**
             * Format: date-time
             * @description Timestamp when the message was sent.
             */
            date_created: string;
            /**
             * @description Whether the worker in the path has read the message ("1") or not ("0"). Inferred: a message is read for its sender from the start, and for another member once that member has fetched it through Get Chat Messages.
             * @enum {string}
             */
            read: "0" | "1";
        };
        /** @description A page of a chat's messages. */
        ChatMessageList: {
            /** @description List of chat messages. */
            messages: components["schemas"]["ChatMessage"][];
            /** @description Whether there are more messages available beyond this page. */
            has_more: boolean;
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
        /** @description Inferred: the request is invalid (a query parameter the operation does not take the way it is sent, or a `Prefer` header asking for an undeclared status or example). Every violation is listed in `issues`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the body is invalid or malformed JSON. Every violation is listed in `issues`. */
        BadBody: {
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
        /** @description Inferred: there is no worker with the id in the path. */
        WorkerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the worker or the chat does not exist, or the worker in the path is not a member of the chat. */
        ChatNotFound: {
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
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type WorkerId = components['schemas']['WorkerId'];
export type ChatId = components['schemas']['ChatId'];
export type MessageId = components['schemas']['MessageId'];
export type Limit = components['schemas']['Limit'];
export type CreateChatRequest = components['schemas']['CreateChatRequest'];
export type EditChatRequest = components['schemas']['EditChatRequest'];
export type SendMessageRequest = components['schemas']['SendMessageRequest'];
export type Flag = components['schemas']['Flag'];
export type Count = components['schemas']['Count'];
export type ChatMember = components['schemas']['ChatMember'];
export type ChatListItem = components['schemas']['ChatListItem'];
export type ChatList = components['schemas']['ChatList'];
export type Chat = components['schemas']['Chat'];
export type ChatMessage = components['schemas']['ChatMessage'];
export type ChatMessageList = components['schemas']['ChatMessageList'];
export type Problem = components['schemas']['Problem'];
export type Issue = components['schemas']['Issue'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseBadBody = components['responses']['BadBody'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseWorkerNotFound = components['responses']['WorkerNotFound'];
export type ResponseChatNotFound = components['responses']['ChatNotFound'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type $defs = Record<string, never>;
export interface operations {
    listWorkerChats: {
        parameters: {
            query?: {
                /** @description Fetches all chats if true: inactive ones (locked, or left by the worker) too. */
                all_chats?: boolean;
                /** @description Title search query for chats (a case-insensitive substring of the name). */
                search_term?: string;
                /** @description ID of the last chat from the previous page. Omit for the first page. */
                last_seen_id?: components["schemas"]["ChatId"];
                /** @description Maximum number of chats to return per page. Inferred: at most 100. */
                limit?: components["schemas"]["Limit"];
            };
            header?: never;
            path: {
                /** @description Worker ID (a numeric string). */
                id: components["schemas"]["WorkerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. A page of the worker's chats, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatList"];
                };
            };
            /** @description Inferred: a query parameter is invalid, or `last_seen_id` is not one of the worker's chats. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["WorkerNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWorkerChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker ID (a numeric string); the creator of the chat. */
                id: components["schemas"]["WorkerId"];
            };
            cookie?: never;
        };
        /** @description The other members, and optionally a name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatRequest"];
            };
        };
        responses: {
            /** @description Created. The chat with its members, seen from its creator. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            /** @description Inferred: the body is invalid, names a worker that does not exist, or names no worker besides the one in the path. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["WorkerNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getWorkerChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members. */
                id: components["schemas"]["WorkerId"];
                /** @description Chat ID (10 letters and digits in the vendor's examples). */
                chat_id: components["schemas"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The chat with its members, seen from the worker in the path. */
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
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    editWorkerChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members. */
                id: components["schemas"]["WorkerId"];
                /** @description Chat ID (10 letters and digits in the vendor's examples). */
                chat_id: components["schemas"]["ChatId"];
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
            /** @description Inferred: the body is invalid, names a worker that does not exist, or leaves out the worker in the path. Every violation is listed in `issues`; nothing is changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ChatNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listChatMessages: {
        parameters: {
            query?: {
                /** @description ID of the last message from the previous page. Omit for the first page. */
                last_seen_id?: components["schemas"]["MessageId"];
                /** @description Maximum number of messages to return per page. Inferred: at most 100. */
                limit?: components["schemas"]["Limit"];
            };
            header?: never;
            path: {
                /** @description Worker ID (a numeric string), a member of the chat. */
                id: components["schemas"]["WorkerId"];
                /** @description Chat ID. */
                chat_id: components["schemas"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. A page of the chat's messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageList"];
                };
            };
            /** @description Inferred: a query parameter is invalid, or `last_seen_id` is not a message of the chat. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ChatNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Worker ID (a numeric string), the sender; a member of the chat. */
                id: components["schemas"]["WorkerId"];
                /** @description Chat ID. */
                chat_id: components["schemas"]["ChatId"];
            };
            cookie?: never;
        };
        /** @description The message to send. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Created. The message, as its sender sees it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"];
                };
            };
            400: components["responses"]["BadBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Inferred: the chat is locked, so it takes no new messages. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["ChatNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
}
