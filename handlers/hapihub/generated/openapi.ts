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
         * Find chat messages
         * @description Returns the chat messages that match the query, as a bare JSON array (not wrapped in an object). Inferred: the query takes Feathers' syntax on `room` and `createdBy` (equality, or `[$in]` for any of several values), `$sort[createdAt]`, `$skip` and `$limit`; the docs describe no query parameter. `GET /chat-messages?room=room-id` returns only that room's messages.
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
            path?: never;
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
         * @description Applies the optional `seen` directive and returns the message. The directive is not stored as a field of the message. Inferred: `seen: true` adds the caller's account uid to `seenBy`, once however often it is sent, and, when the caller takes part in the message's room, sets that room's `participantsLastMessageSeen[<uid>]` to the message's id; `seen: false` (or an empty body) changes nothing.
         */
        patch: operations["patchChatMessage"];
        trace?: never;
    };
    "/chat-rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find chat rooms
         * @description Returns the rooms the caller takes part in that match the query, as a bare JSON array. Inferred: the query takes Feathers' syntax on `createdBy` (equality or `[$in]`) and `participants` (rooms whose participants include an account, or `[$in]`: any of several), `$sort[createdAt]`, `$skip` and `$limit`; the docs describe no query parameter.
         */
        get: operations["findChatRooms"];
        put?: never;
        /**
         * Create a chat room
         * @description Inferred: the docs have no section for this operation; the Chat guide says rooms are made with the chat-rooms create method. Creating a room needs at least one participant besides the caller, and the caller is added to the participants when missing. When a room with exactly the same participants (compared as a set) exists, it is returned instead of a new one, with the same status and body as a creation.
         */
        post: operations["createChatRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat-rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chat room
         * @description Returns one room the caller takes part in. A room the caller does not take part in cannot be seen: it answers 404, as a room that does not exist does.
         */
        get: operations["getChatRoom"];
        put?: never;
        post?: never;
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
        /** @description Chat message ID (`id-1` in the docs' examples). */
        MessageId: string;
        /** @description Chat room ID (`room-id` in the docs' examples). */
        RoomId: string;
        /** @description An account uid (`some-uid` in the docs' examples). */
        AccountUid: string;
        /**
         * @description 1 for ascending, -1 for descending.
         * @enum {integer}
         */
        SortOrder: 1 | -1;
        /** @description The most items to return. Inferred: without pagination, Feathers returns every match when it is absent and none for 0. */
        QueryLimit: number;
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
        /** @description A chat room: a publishing reference for its participants. Fields that are unset are left out (the docs' Find example shows only `id` and `createdAt`); rooms the mock creates always have `createdBy`, `participants` and `participantsLastMessageSeen`. */
        ChatRoom: {
            /** @description Chat room ID. */
            id: string;
            /** @description When the room was created, in epoch milliseconds. */
            createdAt: number;
            /** @description Account uid of the creator. */
            createdBy?: string;
            /** @description Title of the room. */
            title?: string;
            /** @description Description of the room. */
            description?: string;
            /** @description URL of the room's picture. */
            picURL?: string;
            /** @description Account uids of the participants (each at most once); the creator is one of them. */
            participants?: string[];
            /** @description Map of participant (account uid) to the id of the last message they have seen. */
            participantsLastMessageSeen?: {
                [key: string]: string;
            };
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
            /** @description Optional directive. Inferred: true adds the caller's account uid to `seenBy` (once) and records the message as the caller's last seen one in its room; false changes nothing. */
            seen?: boolean;
        };
        /** @description Inferred: a room to create (no docs section; fields from the ChatRoom model). Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught). */
        CreateChatRoomRequest: {
            /** @description Account uids of the participants. The caller is added when missing; at least one must be another account than the caller (400 otherwise); no uid may repeat. */
            participants: components["schemas"]["AccountUid"][];
            /** @description Title of the room (optional). */
            title?: string;
            /** @description Description of the room (optional). */
            description?: string;
            /** @description URL of the room's picture (optional). */
            picURL?: string;
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
        /** @description Inferred: the request is invalid: a query key the operation does not take, or a `Prefer` header asking for an undeclared status or example. Every violation is listed in `issues`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Inferred: the body is invalid or malformed JSON, or a query key is sent. Every violation is listed in `issues`. */
        BadBody: {
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
        MessageNotFound: {
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
        /** @description Leaves out this many of the first matches. Inferred: Feathers' `$skip`. */
        Skip: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type MessageId = components['schemas']['MessageId'];
export type RoomId = components['schemas']['RoomId'];
export type AccountUid = components['schemas']['AccountUid'];
export type SortOrder = components['schemas']['SortOrder'];
export type QueryLimit = components['schemas']['QueryLimit'];
export type ChatMessage = components['schemas']['ChatMessage'];
export type ChatRoom = components['schemas']['ChatRoom'];
export type CreateChatMessageRequest = components['schemas']['CreateChatMessageRequest'];
export type PatchChatMessageRequest = components['schemas']['PatchChatMessageRequest'];
export type CreateChatRoomRequest = components['schemas']['CreateChatRoomRequest'];
export type Problem = components['schemas']['Problem'];
export type Issue = components['schemas']['Issue'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseBadBody = components['responses']['BadBody'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseMessageNotFound = components['responses']['MessageNotFound'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ParameterSkip = components['parameters']['Skip'];
export type $defs = Record<string, never>;
export interface operations {
    findChatMessages: {
        parameters: {
            query?: {
                /** @description Only the messages of this room. */
                room?: components["schemas"]["RoomId"];
                /** @description Only the messages of any of these rooms (`room[$in][]=a&room[$in][]=b`, or `room[$in]=a,b`). Inferred: Feathers' `$in` operator. */
                "room[$in]"?: components["schemas"]["RoomId"][];
                /** @description Only the messages of this author (an account uid). */
                createdBy?: components["schemas"]["AccountUid"];
                /** @description Only the messages of any of these authors. Inferred: Feathers' `$in` operator. */
                "createdBy[$in]"?: components["schemas"]["AccountUid"][];
                /** @description 1: oldest first (the default); -1: newest first. Inferred: Feathers' `$sort`. */
                "$sort[createdAt]"?: components["schemas"]["SortOrder"];
                /** @description Leaves out this many of the first matches. Inferred: Feathers' `$skip`. */
                $skip?: components["parameters"]["Skip"];
                /** @description At most this many messages. Inferred: Feathers' `$limit`; every matching message when absent. */
                $limit?: components["schemas"]["QueryLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The matching chat messages, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"][];
                };
            };
            /** @description Inferred: the query is invalid: a key the operation does not declare (an unknown field or operator), or a value its schema refuses. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            /** @description Inferred: the body is invalid or malformed JSON, or `room` names no known room. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
                /** @description Chat message ID. */
                id: components["schemas"]["MessageId"];
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
            404: components["responses"]["MessageNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    patchChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat message ID. */
                id: components["schemas"]["MessageId"];
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
            400: components["responses"]["BadBody"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["MessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    findChatRooms: {
        parameters: {
            query?: {
                /** @description Only the rooms this account created. */
                createdBy?: components["schemas"]["AccountUid"];
                /** @description Only the rooms any of these accounts created. Inferred: Feathers' `$in` operator. */
                "createdBy[$in]"?: components["schemas"]["AccountUid"][];
                /** @description Only the rooms this account takes part in (the room's `participants` contain it, as Feathers matches an array field). */
                participants?: components["schemas"]["AccountUid"];
                /** @description Only the rooms any of these accounts takes part in. Inferred: Feathers' `$in` operator. */
                "participants[$in]"?: components["schemas"]["AccountUid"][];
                /** @description 1: oldest first (the default); -1: newest first. Inferred: Feathers' `$sort`. */
                "$sort[createdAt]"?: components["schemas"]["SortOrder"];
                /** @description Leaves out this many of the first matches. Inferred: Feathers' `$skip`. */
                $skip?: components["parameters"]["Skip"];
                /** @description At most this many rooms. Inferred: Feathers' `$limit`; every matching room when absent. */
                $limit?: components["schemas"]["QueryLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The caller's matching rooms, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatRoom"][];
                };
            };
            /** @description Inferred: the query is invalid: a key the operation does not declare (an unknown field or operator), or a value its schema refuses. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createChatRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The room to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatRoomRequest"];
            };
        };
        responses: {
            /** @description OK. The created room, or the existing room with the same participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatRoom"];
                };
            };
            /** @description Inferred: the body is invalid or malformed JSON, or names no participant besides the caller. Every violation is listed in `issues`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getChatRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat room ID. */
                id: components["schemas"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. The chat room. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatRoom"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Inferred: there is no room with this id, or the caller does not take part in it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
