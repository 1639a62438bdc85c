// Generated from specs/chatwoot.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
                 * @example inbox_identifier_example
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
                 * @example contact_identifier_example
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
                 * @example 56
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * List all messages
         * @description Returns the messages of one conversation of the contact that a client may show: private notes and activity messages are left out. Without `before`, the latest 20 messages come back, oldest first; with `before`, the 20 messages that precede the given message.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create a message
         * @description Posts a message from the contact into the conversation. The message is always incoming, sent by the contact; only its text and an optional client-side `echo_id` can be given.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
                 * @example inbox_identifier_example
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
                 * @example contact_identifier_example
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
                 * @example 56
                 */
                conversation_id: components["parameters"]["ConversationId"];
                /**
                 * @description The message's id (`id` of a `PublicMessage`).
                 * @example 56
                 */
                message_id: components["parameters"]["MessageId"];
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
         * Update a message
         * @description Records the contact's answer to an interactive message (an option picked from a select, the fields of a form, a CSAT rating). The values are stored as `content_attributes.submitted_values` of the message, replacing any earlier ones, and the updated message is returned.
         */
        patch: operations["updateMessage"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A message as the public client API renders it. The docs type `id`, `message_type`, `created_at`, `conversation_id` and `content_attributes` as strings; the real server sends integers and an object, and this schema follows the server. */
        PublicMessage: {
            /** @description Id of the message. The docs say string; the server sends an integer. */
            id: number;
            /** @description Text content of the message; null for messages without text (for example attachments only). */
            content: string | null;
            /**
             * @description Direction / kind of the message: 0 incoming (from the contact), 1 outgoing (from an agent or bot), 2 activity, 3 template. The docs say string; the server sends the integer. Activity messages never appear in the list.
             * @enum {integer}
             */
            message_type: 0 | 1 | 2 | 3;
            /**
             * @description Content type of the message (the names used by current Chatwoot).
             * @enum {string}
             */
            content_type: "text" | "input_text" | "input_textarea" | "input_email" | "input_select" | "cards" | "form" | "article" | "incoming_email" | "input_csat" | "integrations" | "sticker" | "voice_call";
            /** @description Additional attributes of the content, for example `items` of an `input_select`, `in_reply_to`, or `submitted_values` after an update. The docs say string; the server sends an object (`{}` when there are none). */
            content_attributes: {
                [key: string]: unknown;
            };
            /** @description Creation time in Unix seconds. The docs say string; the server sends an integer. */
            created_at: number;
            /** @description The conversation's display number (the same number as the `conversation_id` path parameter). The docs say string; the server sends an integer. */
            conversation_id: number;
            /** @description Attachments of the message. The key is left out when the message has none. */
            attachments?: components["schemas"]["PublicMessageAttachment"][];
            sender?: components["schemas"]["PublicMessageSender"];
        };
        /** @description Up to 20 messages, oldest first, without private notes and activity messages. */
        PublicMessageList: components["schemas"]["PublicMessage"][];
        /** @description An attachment of a message, as the server renders it (its push event data). */
        PublicMessageAttachment: {
            id?: number;
            message_id?: number;
            account_id?: number;
            /** @description Kind of file, for example `image`, `audio`, `video`, `file` or `location`. */
            file_type?: string;
            extension?: string | null;
            /** @description URL of the file. */
            data_url?: string | null;
            /** @description URL of a thumbnail (empty for files without one). */
            thumb_url?: string;
            /** @description Size in bytes. */
            file_size?: number;
            width?: number | null;
            height?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Who sent the message. The key is left out when the message has no sender (for example a CSAT survey or other template message). For a contact (every message created through this API) the server sends `id`, `name`, `email`, `phone_number`, `identifier`, `thumbnail`, `additional_attributes`, `custom_attributes`, `blocked` and `type: contact`; for an agent or bot it sends `id`, `name`, `type` and, depending on the kind, `available_name`, `avatar_url`, `availability_status`, `thumbnail`. */
        PublicMessageSender: {
            id: number;
            name: string | null;
            /** @description Contacts only. */
            email?: string | null;
            /** @description Contacts only. */
            phone_number?: string | null;
            /** @description The contact's external identifier (contacts only). */
            identifier?: string | null;
            /** @description Avatar URL (empty when there is none). */
            thumbnail?: string;
            /** @description Contacts only. */
            additional_attributes?: {
                [key: string]: unknown;
            };
            /** @description Contacts only. */
            custom_attributes?: {
                [key: string]: unknown;
            };
            /** @description Whether the contact is blocked (contacts only). */
            blocked?: boolean;
            /** @description Display name of an agent (users only). */
            available_name?: string;
            /** @description Avatar URL of an agent or bot. */
            avatar_url?: string;
            /** @description Availability of an agent, for example `online`, `busy` or `offline` (users only). */
            availability_status?: string | null;
            /** @enum {string} */
            type: "contact" | "user" | "agent_bot" | "captain_assistant";
        };
        /** @description The new message. Mock decision: fields other than `content` and `echo_id` are rejected (422) so that client typos are caught; the real server drops them silently. */
        PublicMessageCreatePayload: {
            /** @description Text of the message, at most 150,000 characters. */
            content?: string;
            /** @description A temporary client-side identifier; the real server passes it back on websocket events only, not in the response. */
            echo_id?: string;
        };
        /** @description The contact's answer to an interactive message. Mock decision: fields other than `submitted_values` (and, inside it, other than the documented ones) are rejected (422) so that client typos are caught; the real server drops them silently. */
        PublicMessageUpdatePayload: {
            /** @description The submitted values: one object (the docs' form, used for CSAT answers) or an array of objects (one per selected option or form field). Stored as `content_attributes.submitted_values`, as given. */
            submitted_values?: components["schemas"]["SubmittedValue"] | components["schemas"]["SubmittedValue"][];
        };
        /** @description One submitted value (replies to bot message types such as input_select, form or input_csat). */
        SubmittedValue: {
            /** @description Name of the submitted field (form messages). */
            name?: string;
            /** @description Title of the selected option or field. */
            title?: string;
            /** @description The value. */
            value?: string;
            csat_survey_response?: components["schemas"]["CsatSurveyResponse"];
        };
        /** @description The contact's answer to a CSAT survey (`input_csat` message). */
        CsatSurveyResponse: {
            /** @description Free-text feedback. */
            feedback_message?: string;
            /** @description The rating, usually 1 to 5. */
            rating?: number;
        };
        /** @description Rails' default JSON error page, used for 404 and 415. */
        RailsError: {
            /** @description The HTTP status code, repeated. */
            status: number;
            /** @description The HTTP reason phrase, for example `Not Found`. */
            error: string;
        };
        /** @description Chatwoot's body for a record that fails validation (`ActiveRecord::RecordInvalid`): `message` holds the full messages joined by ", ", `attributes` the names of the invalid attributes. The mock uses the same shape for invalid requests, and then also lists every violation in `issues` (a field of the mock's own; the real server never sends it). */
        ValidationError: {
            message: string;
            attributes: string[];
            /** @description Mock only. Every violation of the request's parameters or body. */
            issues?: components["schemas"]["Issue"][];
        };
        /** @description Sent when a CSAT survey message is answered more than 14 days after it was created; the `error` is always "You cannot update the CSAT survey after 14 days". */
        CsatLockedError: {
            error: string;
        };
        /** @description One violation of the request. */
        Issue: {
            /**
             * @description Where the violation is.
             * @enum {string}
             */
            location: "path" | "query" | "header" | "body" | "security";
            /** @description JSON pointer to the offending value, relative to the location (e.g. `/content` in the body, `/before` in the query). */
            pointer: string;
            /** @description The schema keyword that failed, for example `type`, `maxLength` or `additionalProperties`. */
            keyword: string;
            /** @description What was expected. */
            message: string;
        };
        /**
         * data
         * @description The error shape that Chatwoot's docs declare for 401 on these operations. The real server never renders it on the public client API, and the mock never sends it.
         */
        BadRequestError: {
            description?: string;
            errors?: components["schemas"]["RequestError"][];
        };
        RequestError: {
            field?: string;
            message?: string;
            code?: string;
        };
    };
    responses: {
        /** @description Inferred: the body is larger than 1 MB, the most the mock reads. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: the URL is longer than 8 KB, the most the mock reads. */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit. */
        InsufficientStorage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: an internal error, in Rails' default error page shape. The mock sends it only when a fault is asked for (error rate or `Prefer: code=500`). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Unauthorized. Documented by Chatwoot for this operation, but the real server never renders it (the public client API checks no credentials) and the mock never sends it. Declared only because the docs list it, with the docs' schema. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description Inferred: the inbox, the contact (by `source_id` in that inbox), the conversation (by display number, among the contact's conversations) or the message does not exist. The real server raises `ActiveRecord::RecordNotFound`, which Rails renders with its default JSON error page. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: the request body is not `application/json` (media type parameters such as `charset` are ignored). The body follows Rails' default error page. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: a path or query parameter has the wrong type (for example a `conversation_id` or `before` that is not an integer). The body uses Chatwoot's validation-error shape. */
        InvalidParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred (from the server code; not documented): the message fails validation, for example content longer than 150,000 characters, or the request is invalid (a parameter of the wrong type, a body that breaks its schema). */
        MessageInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred (from the server code; not documented): either the message is a CSAT survey (`content_type` `input_csat`) created more than 14 days ago, which can no longer be answered (`CsatLockedError`), or the request is invalid, for example `submitted_values` of the wrong type (`ValidationError`). */
        MessageUpdateRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["CsatLockedError"];
            };
        };
    };
    parameters: {
        /**
         * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
         * @example inbox_identifier_example
         */
        InboxIdentifier: string;
        /**
         * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
         * @example contact_identifier_example
         */
        ContactIdentifier: string;
        /**
         * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
         * @example 56
         */
        ConversationId: number;
        /**
         * @description The message's id (`id` of a `PublicMessage`).
         * @example 56
         */
        MessageId: number;
        /**
         * @description Undocumented in the docs; the real server reads it. A message id: only messages with a smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the first message of a page fetches the page before it.
         * @example 56
         */
        Before: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type PublicMessage = components['schemas']['PublicMessage'];
export type PublicMessageList = components['schemas']['PublicMessageList'];
export type PublicMessageAttachment = components['schemas']['PublicMessageAttachment'];
export type PublicMessageSender = components['schemas']['PublicMessageSender'];
export type PublicMessageCreatePayload = components['schemas']['PublicMessageCreatePayload'];
export type PublicMessageUpdatePayload = components['schemas']['PublicMessageUpdatePayload'];
export type SubmittedValue = components['schemas']['SubmittedValue'];
export type CsatSurveyResponse = components['schemas']['CsatSurveyResponse'];
export type RailsError = components['schemas']['RailsError'];
export type ValidationError = components['schemas']['ValidationError'];
export type CsatLockedError = components['schemas']['CsatLockedError'];
export type Issue = components['schemas']['Issue'];
export type BadRequestError = components['schemas']['BadRequestError'];
export type RequestError = components['schemas']['RequestError'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseInvalidParameters = components['responses']['InvalidParameters'];
export type ResponseMessageInvalid = components['responses']['MessageInvalid'];
export type ResponseMessageUpdateRejected = components['responses']['MessageUpdateRejected'];
export type ParameterInboxIdentifier = components['parameters']['InboxIdentifier'];
export type ParameterContactIdentifier = components['parameters']['ContactIdentifier'];
export type ParameterConversationId = components['parameters']['ConversationId'];
export type ParameterMessageId = components['parameters']['MessageId'];
export type ParameterBefore = components['parameters']['Before'];
export type $defs = Record<string, never>;
export interface operations {
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Undocumented in the docs; the real server reads it. A message id: only messages with a smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the first message of a page fetches the page before it.
                 * @example 56
                 */
                before?: components["parameters"]["Before"];
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
                 * @example inbox_identifier_example
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
                 * @example contact_identifier_example
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
                 * @example 56
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. Up to 20 messages, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
                 * @example inbox_identifier_example
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
                 * @example contact_identifier_example
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
                 * @example 56
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicMessageCreatePayload"];
            };
        };
        responses: {
            /** @description Success. The created message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MessageInvalid"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).
                 * @example inbox_identifier_example
                 */
                inbox_identifier: components["parameters"]["InboxIdentifier"];
                /**
                 * @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).
                 * @example contact_identifier_example
                 */
                contact_identifier: components["parameters"]["ContactIdentifier"];
                /**
                 * @description The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.
                 * @example 56
                 */
                conversation_id: components["parameters"]["ConversationId"];
                /**
                 * @description The message's id (`id` of a `PublicMessage`).
                 * @example 56
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicMessageUpdatePayload"];
            };
        };
        responses: {
            /** @description Success. The message with the submitted values in `content_attributes.submitted_values`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MessageUpdateRejected"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
