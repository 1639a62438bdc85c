// Generated from specs/chatwoot.yaml by openapi-typescript (scripts/generate-specs.ts). Do not edit: run "npm run gen".

export interface paths {
    "/public/api/v1/inboxes/{inbox_identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get inbox details
         * @description Returns the public settings of an API-channel inbox: its name, time zone, working hours, whether CSAT surveys and greetings are on, and whether identity validation is required (then every contact request needs an `identifier_hash`).
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact
         * @description Creates the contact of a custom chat interface in the inbox and returns its `source_id` (the `contact_identifier` of every later request) and its `pubsub_token` (for the websocket). A contact of the account with the same `identifier`, else the same `email`, else the same `phone_number`, is reused instead of creating a new one; a `source_id` the inbox already has returns that contact as it is.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Returns the contact of the inbox with this `source_id`, with its `pubsub_token`. In an inbox that requires identity validation, `identifier` and `identifier_hash` must be sent as query parameters; a valid pair marks the contact as verified in the inbox, which then sees all of the contact's conversations (not only this inbox's).
         */
        get: operations["getContact"];
        /**
         * Update a contact (PUT)
         * @description `updateContact` sent with PUT. Rails routes PATCH and PUT of `resources :contacts` to the same `update` action, so this takes the same body and gives the same answers.
         */
        put: operations["putContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Updates the contact's name, email, phone number and custom attributes (merged into the existing ones). Blank values are left as they are. An email or phone number that another contact of the account has merges this contact into that one, whose record is then the answer. The answer is the whole contact record, as the server renders a Contact (not the public contact: no `source_id`, no `pubsub_token`). Identity validation applies as on GET, with `identifier` and `identifier_hash` in the body.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all conversations
         * @description Returns the contact's conversations in the inbox, oldest first, each with all of its messages that a client may show (no private notes, no activity messages) and the contact. A contact verified by identity validation sees all of the contact's conversations, in every inbox.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Opens a new conversation of the contact in the inbox. It is `open` (`resolved` for a blocked contact, `pending` in an inbox that an agent bot answers, so that the bot speaks first), gets the account's next display number (its `id`) and a new `uuid`, and appears in the contact's list. Only `custom_attributes` can be given. An inbox locked to a single conversation (`lock_to_single_conversation`) opens none once the contact has one there: the answer is the contact's last conversation of the inbox, whatever its status (a resolved one stays resolved), and no `conversation.created` is sent.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single conversation
         * @description Returns one conversation of the contact, with all of its messages that a client may show and the contact. A conversation of another contact (or, unless the contact is verified, of another inbox) does not exist for this contact.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a conversation
         * @description Resolves the conversation, as the contact, and returns it. Despite its name it never reopens one: a conversation that is already resolved is returned unchanged (a new message from the contact reopens it). When the inbox has CSAT surveys on and the conversation has none yet, resolving it sends the survey: a template message with `content_type` `input_csat`, which the contact answers through `updateMessage` or `updateCsatSurvey`.
         */
        post: operations["toggleConversationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Toggle typing status
         * @description Tells the agents that the contact started (`on`) or stopped (`off`) typing. The docs declare `typing_status` both as a required query parameter and as a required body field; the server reads either (the query wins when both are sent: Rails merges the query parameters over the body's). Answers 200 with an empty body.
         */
        post: operations["toggleConversationTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update last seen
         * @description Records that the contact has seen the conversation now: its `contact_last_seen_at` becomes the current time (seen in the next GET). Answers 200 with an empty body.
         */
        post: operations["updateConversationLastSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all messages
         * @description Returns the messages of one conversation of the contact that a client may show: private notes and activity messages are left out. Without `before`, the latest 20 messages come back, oldest first; with `before`, the 20 messages that precede the given message. The conversation can be any of the contact's, in any inbox (see `x-mock`).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create a message
         * @description Posts a message from the contact into the conversation. The message is always incoming, sent by the contact; only its text, an optional client-side `echo_id` and, in a multipart body, files (`attachments[]`) can be given. No body is needed: an empty POST makes a message whose `content` is null. Each file becomes an attachment whose kind (`file_type`) follows the media type its part names: `image` (JPEG, PNG, GIF, BMP, WebP), `video` (Ogg, MP4, WebM, QuickTime), `audio` (any `audio/*`), else `file`; its `data_url` serves the file. The message appears in the conversation's `messages` and in the message list, and it reopens a resolved or snoozed conversation (a resolved one of an inbox that an agent bot answers becomes `pending`, for the bot). The conversation can be any of the contact's, in any inbox (see `listMessages`). Then, as the inbox says: outside its working hours (`working_hours_enabled`), unless an agent answered in the last 5 minutes or the conversation had a template message today, the inbox's out-of-office message; and in a conversation without any outgoing or template message yet, the inbox's greeting (`greeting_enabled`). Each is a template message (`message_type` 3) without a sender, stored and sent to the contact as `message.created`; the greeting does not follow an out-of-office message (which is a template message itself). More than 200 messages in the conversation within a minute (of any kind) are refused: 422 `Too many messages`.
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
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
                /** @description The message's `id`. */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a message (PUT)
         * @description `updateMessage` sent with PUT. Rails routes PATCH and PUT of `resources :messages` to the same `update` action, so this takes the same body and gives the same answers.
         */
        put: operations["putMessage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message
         * @description Records the contact's answer to an interactive message (an option picked from a select, the fields of a form, a CSAT rating). The values are stored as `content_attributes.submitted_values` of the message, replacing any earlier ones, and the updated message is returned. A CSAT survey (`content_type` `input_csat`) can no longer be answered when today's date (UTC) is more than 14 days after the date it was sent.
         */
        patch: operations["updateMessage"];
        trace?: never;
    };
    "/public/api/v1/csat_survey/{conversation_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a CSAT survey
         * @description Returns the CSAT survey of a conversation, found by the conversation's `uuid` alone (no inbox or contact in the path): the survey message's id, the contact's answer once it is recorded, how to display it, and the inbox's name and avatar. A conversation without a survey message has no survey.
         */
        get: operations["getCsatSurvey"];
        /**
         * Answer a CSAT survey
         * @description Records the contact's rating (1 to 5) and feedback for the conversation's CSAT survey, found by the conversation's `uuid`, and returns the survey. The survey can no longer be answered when today's date (UTC) is more than 14 days after the date it was sent.
         */
        put: operations["updateCsatSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Answer a CSAT survey (PATCH)
         * @description `updateCsatSurvey` sent with PATCH. Rails routes PATCH and PUT of `resources :csat_survey` to the same `update` action, so this takes the same body and gives the same answers.
         */
        patch: operations["patchCsatSurvey"];
        trace?: never;
    };
    "/rails/active_storage/blobs/redirect/{signed_id}/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an attachment's file
         * @description The file of a message's attachment, where its `data_url` points: the bytes as they were uploaded, with their media type.
         */
        get: operations["getAttachmentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rails/active_storage/representations/redirect/{signed_blob_id}/{variation_key}/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image attachment's thumbnail
         * @description The thumbnail of an image attachment, where its `thumb_url` points (an image at most 250 pixels wide).
         */
        get: operations["getAttachmentThumbnail"];
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
        /** @description A conversation display number or a message id. Inferred: at most 2^53 - 1, the largest integer the mock (a JavaScript program) holds exactly. A larger path id names nothing (404), as on the server; strict mode refuses it with 422, and a larger `before` always. Zero and negative numbers name nothing (404), as on the server. */
        Id: number;
        /** @description The identifier of an API-channel inbox (the channel's `identifier`, not the numeric inbox id). */
        InboxIdentifier: string;
        /** @description The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it). */
        ContactIdentifier: string;
        /** @description A conversation's `uuid`. Not checked as a UUID: anything else names no conversation (404), as on the server. */
        ConversationUuid: string;
        /** @description An API-channel inbox as the public API renders it (`inboxes/show.json.jbuilder` and the `_inbox` partial). */
        PublicInbox: {
            /** @description The inbox's identifier (the `inbox_identifier` of the paths). */
            identifier: string;
            /** @description Whether every contact request must carry a valid `identifier_hash` (the channel's `hmac_mandatory`). */
            identity_validation_enabled: boolean;
            name: string;
            /** @description An IANA time zone name, for example `UTC` or `America/New_York`. */
            timezone: string;
            /** @description The weekly schedule, one entry per day. */
            working_hours: components["schemas"]["WorkingHour"][];
            working_hours_enabled: boolean;
            /** @description Whether resolving a conversation sends a CSAT survey. */
            csat_survey_enabled: boolean;
            greeting_enabled: boolean;
        };
        /** @description One day of an inbox's weekly schedule. */
        WorkingHour: {
            /** @description 0 is Sunday. */
            day_of_week: number;
            closed_all_day: boolean;
            /** @description Null when the inbox is closed all day. A day open all day has 0:00 to 23:59 (the server sets those hours when it saves it). */
            open_hour: number | null;
            open_minutes: number | null;
            close_hour: number | null;
            close_minutes: number | null;
            open_all_day: boolean;
        };
        /** @description A contact as the public API renders it on create and GET: its `source_id` and `pubsub_token` in the inbox, then the contact's id, name, email and phone number. */
        PublicContact: {
            /** @description The contact's id in the inbox (the `contact_identifier` of the paths). */
            source_id: string;
            /** @description The token to subscribe to the contact's events on Chatwoot's websocket (`/cable`). */
            pubsub_token: string;
            /** @description The contact's id in the account. */
            id: number;
            name: string | null;
            email: string | null;
            phone_number: string | null;
        };
        /** @description The whole contact record, as the server renders a Contact model (PATCH contact, and the `contact` of a conversation): every column of `contacts`, timestamps as ISO 8601 strings. Servers that add columns later send them too, hence more fields are allowed. */
        ContactRecord: {
            id: number;
            name: string | null;
            email: string | null;
            phone_number: string | null;
            account_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            additional_attributes: {
                [key: string]: unknown;
            };
            /** @description The contact's external identifier (the one identity validation checks). */
            identifier: string | null;
            custom_attributes: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the contact last sent a message; null before the first one.
             */
            last_activity_at: string | null;
            /**
             * @description Inferred: `lead` once the contact has an email or a phone number, else `visitor`.
             * @enum {string|null}
             */
            contact_type: "visitor" | "lead" | "customer" | null;
            middle_name: string | null;
            last_name: string | null;
            /** @description The contact's city, copied from `additional_attributes.city` on every save; null for a contact of the public API, which cannot set additional attributes. */
            location: string | null;
            /** @description Copied from `additional_attributes.country` on every save; null for a contact of the public API. */
            country_code: string | null;
            blocked: boolean;
            /** @description The contact's company (Chatwoot's companies), a column of current servers (older ones do not send it); null, as the public API never sets it. */
            company_id?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The new contact. Fields not listed are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught. */
        PublicContactCreatePayload: {
            /** @description Undocumented in the docs; the server reads it. The contact's id in the inbox, chosen by the client (default: a new UUID). An existing one returns that contact. */
            source_id?: string;
            /** @description External identifier of the contact (your user id). */
            identifier?: string;
            /** @description HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex. */
            identifier_hash?: string;
            /** @description Email of the contact (Devise's email pattern, as the server checks it); blank means none. */
            email?: string;
            /** @description Name of the contact. */
            name?: string;
            /** @description Phone number of the contact, ending in E.164 form (the server's own pattern); blank means none. */
            phone_number?: string;
            /** @description The url to a jpeg, png file for the user avatar (accepted and ignored by the mock). */
            avatar_url?: string;
            /** @description Custom attributes of the customer. */
            custom_attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description The fields to change; blank ones are left as they are. `identifier` and `identifier_hash` serve identity validation only. Fields not listed are dropped, as on the server (strict mode: 422). */
        PublicContactUpdatePayload: {
            /** @description External identifier of the contact, for identity validation (never changed). */
            identifier?: string;
            /** @description HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex. */
            identifier_hash?: string;
            /** @description Email of the contact; blank leaves it as it is. */
            email?: string;
            name?: string;
            /** @description Phone number of the contact, ending in E.164 form; blank leaves it as it is. */
            phone_number?: string;
            /** @description The url to a jpeg, png file for the user avatar (accepted and ignored by the mock). */
            avatar_url?: string;
            /** @description Custom attributes, merged into the existing ones. */
            custom_attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description A conversation as the public API renders it (`_conversation.json.jbuilder`). The docs type `inbox_id` as a string; the server sends an integer. */
        PublicConversation: {
            /** @description The conversation's display number (the `conversation_id` of the paths). */
            id: number;
            /**
             * Format: uuid
             * @description The conversation's UUID (the `conversation_uuid` of the CSAT survey paths).
             */
            uuid: string;
            /** @description The numeric id of the inbox. The docs say string; the server sends an integer. */
            inbox_id: number;
            /** @description When the contact last saw the conversation, in Unix seconds; 0 if never. */
            contact_last_seen_at: number;
            /** @enum {string} */
            status: "open" | "resolved" | "pending" | "snoozed";
            /** @description When an agent last saw the conversation, in Unix seconds; 0 if never. */
            agent_last_seen_at: number;
            /** @description Every message a client may show (no private notes, no activity messages), oldest first, without the 20-message limit of the message list. */
            messages: components["schemas"]["PublicMessage"][];
            contact: components["schemas"]["ContactRecord"];
        };
        /** @description The contact's conversations, oldest first. */
        PublicConversationList: components["schemas"]["PublicConversation"][];
        /** @description The new conversation. Fields other than `custom_attributes` are dropped, as the server ignores them (strict mode: 422). */
        PublicConversationCreatePayload: {
            /** @description Custom attributes of the conversation. */
            custom_attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description The typing status, in the body (it can also be the query parameter `typing_status`). */
        TypingStatusPayload: {
            /** @description `on` or `off`; any other value is ignored, as on the server. */
            typing_status?: string;
        };
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
            /** @description Additional attributes of the content, for example `items` of an `input_select` or a `form`, `in_reply_to`, or `submitted_values` after an update. The docs say string; the server sends an object (`{}` when there are none). Free-form but for `submitted_values`, whose fields are known. */
            content_attributes: {
                /** @description The contact's answer, as `updateMessage` stored it. */
                submitted_values?: components["schemas"]["SubmittedValue"] | components["schemas"]["SubmittedValue"][];
            } & {
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
        /** @description An attachment of a message, as the server renders it (its push event data). Which fields come depends on `file_type`: files carry `data_url`, `thumb_url`, `file_size`, `width` and `height`; locations their coordinates; contacts and fallbacks `fallback_title` and `meta`; audio may carry `transcribed_text`. */
        PublicMessageAttachment: {
            id?: number;
            message_id?: number;
            /**
             * @description Type of the attached file.
             * @enum {string}
             */
            file_type?: "image" | "audio" | "video" | "file" | "location" | "fallback" | "share" | "story_mention" | "contact" | "ig_reel" | "ig_post" | "ig_story" | "embed";
            account_id?: number;
            extension?: string | null;
            /** @description URL of the file. Can be null when an attachment variant has no external URL. */
            data_url?: string | null;
            /** @description URL of a thumbnail (empty for files without one). */
            thumb_url?: string;
            /** @description Size in bytes. */
            file_size?: number;
            /** @description Width of an image; null for other files. */
            width?: number | null;
            /** @description Height of an image; null for other files. */
            height?: number | null;
            /** @description Latitude, for location attachments. */
            coordinates_lat?: number;
            /** @description Longitude, for location attachments. */
            coordinates_long?: number;
            /** @description Title of a location, fallback or contact attachment. */
            fallback_title?: string | null;
            /** @description Metadata, for contact attachments. */
            meta?: {
                [key: string]: unknown;
            };
            /** @description The transcript of an audio attachment. */
            transcribed_text?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Who sent the message (its push event data). The key is left out when the message has no sender (for example a CSAT survey or other template message). For a contact (every message created through this API) the server sends `id`, `name`, `email`, `phone_number`, `identifier`, `thumbnail`, `additional_attributes`, `custom_attributes`, `blocked` and `type: contact`, as the contact is now (a renamed contact's messages show the new name); for an agent (`user`) `id`, `name`, `available_name`, `avatar_url`, `availability_status`, `thumbnail`; for a bot (`agent_bot`) `id`, `name`, `avatar_url`; for a Captain assistant (`captain_assistant`) `id`, `name`, `avatar_url`, `description`, `created_at`. */
        PublicMessageSender: {
            id: number;
            name: string | null;
            /** @description Contacts only. */
            email?: string | null;
            /** @description Contacts only. */
            phone_number?: string | null;
            /** @description The contact's external identifier (contacts only). */
            identifier?: string | null;
            /** @description Avatar URL (empty when there is none). Always empty in the mock: the server fetches a contact's Gravatar in a background job, which the mock does not run (see `createContact`). */
            thumbnail?: string;
            /** @description Contacts only. */
            additional_attributes?: {
                [key: string]: unknown;
            } | null;
            /** @description Contacts only. */
            custom_attributes?: {
                [key: string]: unknown;
            } | null;
            /** @description Whether the contact is blocked (contacts only). */
            blocked?: boolean;
            /** @description Display name of an agent (users only). */
            available_name?: string | null;
            /** @description Avatar URL of an agent, a bot or a Captain assistant. */
            avatar_url?: string;
            /** @description Availability of an agent, for example `online`, `busy` or `offline` (users only). */
            availability_status?: string | null;
            /** @description Description of a Captain assistant. */
            description?: string | null;
            /**
             * Format: date-time
             * @description When a Captain assistant was created, as an ISO 8601 string.
             */
            created_at?: string | null;
            /** @enum {string} */
            type: "contact" | "user" | "agent_bot" | "captain_assistant";
        };
        /** @description The new message. Fields other than `content` and `echo_id` are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught. */
        PublicMessageCreatePayload: {
            /** @description Text of the message, at most 150,000 characters. */
            content?: string;
            /** @description A temporary client-side identifier; the real server passes it back on websocket events only, not in the response. */
            echo_id?: string;
        };
        /** @description The new message as a multipart form: the fields of `PublicMessageCreatePayload`, and its files, each an `attachments[]` part with a file name, whose own `Content-Type` decides the attachment's `file_type`. Other fields are dropped, as the server drops them (strict mode: 422). */
        PublicMessageCreateForm: {
            /** @description Text of the message, at most 150,000 characters. */
            content?: string;
            /** @description A temporary client-side identifier; the real server passes it back on websocket events only, not in the response. */
            echo_id?: string;
            /** @description The files (`attachments[]` parts), in the order of the message's `attachments`. */
            attachments?: string[];
        };
        /** @description The contact's answer to an interactive message. Fields other than `submitted_values` (and, inside it, other than the documented ones) are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught. */
        PublicMessageUpdatePayload: {
            /** @description The submitted values: one object (the docs' form, used for CSAT answers) or an array of objects (one per selected option or form field). Stored as `content_attributes.submitted_values`, as given. */
            submitted_values?: components["schemas"]["SubmittedValue"] | components["schemas"]["SubmittedValue"][];
        };
        /** @description One submitted value (replies to bot message types such as input_select, form or input_csat). The server keeps only these fields. */
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
            /** @description The rating, 1 to 5. Mock decision: any other number gets 422; the real server takes it and then fails to record the response in the background. */
            rating?: number;
        };
        /** @description A conversation's CSAT survey as the server renders it (`_csat_survey.json.jbuilder`): the survey message's id and time, the recorded response, and how to show the survey. */
        CsatSurvey: {
            /** @description The id of the survey message (`content_type` `input_csat`). */
            id: number;
            /** @description The contact's recorded answer; null until one is recorded. */
            csat_survey_response: components["schemas"]["CsatSurveyResponseRecord"] | null;
            /** @description How to show the rating (`emoji` unless the inbox's CSAT settings say otherwise, for example `star`). */
            display_type: string;
            /** @description The inbox's own survey text; null when it has none. */
            content: string | null;
            /** @description The inbox's avatar URL (empty when there is none). */
            inbox_avatar_url: string;
            inbox_name: string;
            /** @description The account's locale, for example `en`. */
            locale: string;
            /** @description The conversation's database id (not its display number), as the server renders it. */
            conversation_id: number;
            /**
             * Format: date-time
             * @description When the survey was sent, as an ISO 8601 string.
             */
            created_at: string;
        };
        /** @description A recorded CSAT response, as the server renders the model: every column of `csat_survey_responses`. Servers that add columns later send them too, hence more fields are allowed. */
        CsatSurveyResponseRecord: {
            id: number;
            account_id: number;
            /** @description The conversation's database id. */
            conversation_id: number;
            /** @description The survey message's id. */
            message_id: number;
            rating: number;
            feedback_message: string | null;
            contact_id: number;
            assigned_agent_id: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The agents' review notes on the response, a column of current servers (older ones do not send it); null, as only the agents' dashboard writes it. */
            csat_review_notes?: string | null;
            /**
             * Format: date-time
             * @description When the review notes were last changed; null while there are none.
             */
            review_notes_updated_at?: string | null;
            /** @description The user who last changed the review notes; null while there are none. */
            review_notes_updated_by_id?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The answer, as the server takes it. Mock decision: `message` is required (without it the server fails with 500) and other fields are dropped, as on the server (strict mode: 422). */
        CsatSurveyUpdatePayload: {
            message: components["schemas"]["PublicMessageUpdatePayload"];
        };
        /** @description Rails' default JSON error page, used for 404, 413, 414, 415, 500 and 507. */
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
        /** @description Sent when a CSAT survey is answered when today's date (UTC) is more than 14 days after the date it was sent; the `error` is always "You cannot update the CSAT survey after 14 days". */
        CsatLockedError: {
            error: string;
        };
        /** @description A refused identity; the `error` is "HMAC failed: Invalid Identifier Hash Provided". */
        IdentityError: {
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
        /** @description Inferred: the request body is none of the media types the operation takes (JSON, form-encoded, multipart; media type parameters such as `charset` are ignored). The server would ignore such a body; the mock refuses it, so that a client sends what the server reads. The body follows Rails' default error page. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Identity validation failed: `identifier_hash` is not HMAC-SHA256(inbox HMAC token, `identifier`), or it is missing in an inbox that requires identity validation. The server raises a `StandardError` ("HMAC failed: Invalid Identifier Hash Provided") that nothing rescues, so Rails answers with its default 500 error page, and so does the mock (in strict mode it answers 401 instead). The same page is the mock's answer to a fault asked for (error rate or `Prefer: code=500`). */
        IdentityRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Strict mode only (the `strict` option, or `Prefer: handling=strict`): identity validation failed, as for the 500 of the same operation, which is what the real server sends. The docs list 401 here; the body is the one Chatwoot's widget API sends for the same check (`api/v1/widget/contacts_controller.rb`), so that a strict client can tell a refused identity from a fault. */
        IdentityRefusedStrict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IdentityError"];
            };
        };
        /** @description The given inbox does not exist (the docs' description). The server raises `ActiveRecord::RecordNotFound`, which Rails renders with its default JSON error page; no body carries the docs' sentence. */
        InboxNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description The given contact does not exist (the docs' description): no contact of the inbox has this `source_id`, or the inbox does not exist. The body is Rails' default JSON error page; no body carries the docs' sentence. */
        ContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Conversation not found (the docs' description): the contact has no conversation with this display number (a conversation of another contact counts as none, and so, for the conversation endpoints, does one of another inbox unless the contact is verified; the message endpoints find any of the contact's), or the contact or the inbox does not exist. The body is Rails' default JSON error page; no body carries the docs' sentence. */
        ConversationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred (the docs document no 404 here): the conversation has no message with this id, or the conversation, the contact or the inbox does not exist. The body is Rails' default JSON error page. */
        MessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: no file has this signed id. The body is Rails' default JSON error page. */
        FileNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: no file has this signed id, or the file is no image (it has no `thumb_url`). The body is Rails' default JSON error page. */
        ThumbnailNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred (the docs do not document these endpoints): no conversation has this `uuid`, or the conversation has no CSAT survey message. The body is Rails' default JSON error page. */
        CsatSurveyNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RailsError"];
            };
        };
        /** @description Inferred: a path or query parameter is not an integer or is above 2^53 - 1 (for example a `conversation_id` or `before` that is not a number), or a mock-only `Prefer` header asks for a status the operation does not declare. The body uses Chatwoot's validation-error shape. An id or a `before` that is not a number is refused so in strict mode only (`Prefer: handling=strict`): by default the mock answers as the real server does, a non-numeric id with 404 and a non-numeric `before` as `to_i` reads it (an empty list for `abc`). */
        InvalidParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred (from the server code; not documented): the body breaks its schema, for example an email or a phone number the server's contact validations refuse (a phone number must end in `+` and 2 to 15 digits), or, in strict mode, a field the endpoint does not take. For the email and the phone number, `message` is the server's own full message (`Email Invalid email`, `Phone number should be in e164 format`); `issues` says which rule of the schema failed. */
        ContactInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Success. The whole contact record: the contact's own, or, when its new email or phone number merged it into another contact, the record of that contact. */
        ContactUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ContactRecord"];
            };
        };
        /** @description Inferred (from the server code; not documented): the contact fails validation on save (`ActiveRecord::RecordInvalid`): an email the server's contact validation refuses, or an email that another contact of the account has in other letter case (the merge looks the email up as sent and finds no contact; the uniqueness check ignores case); or the body breaks its schema. An email or phone number another contact has exactly merges instead (200). */
        ContactUpdateRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred: the body breaks its schema, for example (in strict mode) a field other than `custom_attributes`. */
        ConversationInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred: the body breaks its schema, for example a `typing_status` that is not a string. */
        TypingInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Inferred (from the server code; not documented): the message fails validation, for example content longer than 150,000 characters, or more than 200 messages in the conversation within a minute (`Too many messages`, on `base`), or the request is invalid (a parameter of the wrong type, a body that breaks its schema). The mock checks the length as part of the body's schema; its `message` is the server's own ("Content is too long (maximum is 150000 characters)"), and `issues` says which rule of the schema failed. */
        MessageInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Success. The message with the submitted values in `content_attributes.submitted_values`. */
        MessageUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicMessage"];
            };
        };
        /** @description Inferred (from the server code; not documented): either the message is a CSAT survey (`content_type` `input_csat`) and today's date (UTC) is more than 14 days after the date it was sent (`CsatLockedError`), or the request is invalid, for example `submitted_values` of the wrong type (`ValidationError`). */
        MessageUpdateRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["CsatLockedError"];
            };
        };
        /** @description Success. The survey (its `csat_survey_response` as it was before this answer). */
        CsatSurveyUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsatSurvey"];
            };
        };
        /** @description Inferred (from the server code): either today's date (UTC) is more than 14 days after the date the survey was sent (`CsatLockedError`), or the body breaks its schema, for example a rating outside 1 to 5 (`ValidationError`). */
        CsatSurveyUpdateRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["CsatLockedError"];
            };
        };
    };
    parameters: {
        /** @description The identifier of the API-channel inbox. */
        ContactUpdateInboxIdentifier: components["schemas"]["InboxIdentifier"];
        /** @description The contact's `source_id` in the inbox. */
        ContactUpdateContactIdentifier: components["schemas"]["ContactIdentifier"];
        /** @description The conversation's `uuid`. */
        CsatSurveyUpdateConversationUuid: components["schemas"]["ConversationUuid"];
    };
    requestBodies: {
        ContactUpdate: {
            content: {
                "application/json": components["schemas"]["PublicContactUpdatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicContactUpdatePayload"];
                "multipart/form-data": components["schemas"]["PublicContactUpdatePayload"];
            };
        };
        MessageUpdate: {
            content: {
                "application/json": components["schemas"]["PublicMessageUpdatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicMessageUpdatePayload"];
                "multipart/form-data": components["schemas"]["PublicMessageUpdatePayload"];
            };
        };
        CsatSurveyUpdate: {
            content: {
                "application/json": components["schemas"]["CsatSurveyUpdatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["CsatSurveyUpdatePayload"];
                "multipart/form-data": components["schemas"]["CsatSurveyUpdatePayload"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type Id = components['schemas']['Id'];
export type InboxIdentifier = components['schemas']['InboxIdentifier'];
export type ContactIdentifier = components['schemas']['ContactIdentifier'];
export type ConversationUuid = components['schemas']['ConversationUuid'];
export type PublicInbox = components['schemas']['PublicInbox'];
export type WorkingHour = components['schemas']['WorkingHour'];
export type PublicContact = components['schemas']['PublicContact'];
export type ContactRecord = components['schemas']['ContactRecord'];
export type PublicContactCreatePayload = components['schemas']['PublicContactCreatePayload'];
export type PublicContactUpdatePayload = components['schemas']['PublicContactUpdatePayload'];
export type PublicConversation = components['schemas']['PublicConversation'];
export type PublicConversationList = components['schemas']['PublicConversationList'];
export type PublicConversationCreatePayload = components['schemas']['PublicConversationCreatePayload'];
export type TypingStatusPayload = components['schemas']['TypingStatusPayload'];
export type PublicMessage = components['schemas']['PublicMessage'];
export type PublicMessageList = components['schemas']['PublicMessageList'];
export type PublicMessageAttachment = components['schemas']['PublicMessageAttachment'];
export type PublicMessageSender = components['schemas']['PublicMessageSender'];
export type PublicMessageCreatePayload = components['schemas']['PublicMessageCreatePayload'];
export type PublicMessageCreateForm = components['schemas']['PublicMessageCreateForm'];
export type PublicMessageUpdatePayload = components['schemas']['PublicMessageUpdatePayload'];
export type SubmittedValue = components['schemas']['SubmittedValue'];
export type CsatSurveyResponse = components['schemas']['CsatSurveyResponse'];
export type CsatSurvey = components['schemas']['CsatSurvey'];
export type CsatSurveyResponseRecord = components['schemas']['CsatSurveyResponseRecord'];
export type CsatSurveyUpdatePayload = components['schemas']['CsatSurveyUpdatePayload'];
export type RailsError = components['schemas']['RailsError'];
export type ValidationError = components['schemas']['ValidationError'];
export type CsatLockedError = components['schemas']['CsatLockedError'];
export type IdentityError = components['schemas']['IdentityError'];
export type Issue = components['schemas']['Issue'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUriTooLong = components['responses']['UriTooLong'];
export type ResponseInsufficientStorage = components['responses']['InsufficientStorage'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseIdentityRefused = components['responses']['IdentityRefused'];
export type ResponseIdentityRefusedStrict = components['responses']['IdentityRefusedStrict'];
export type ResponseInboxNotFound = components['responses']['InboxNotFound'];
export type ResponseContactNotFound = components['responses']['ContactNotFound'];
export type ResponseConversationNotFound = components['responses']['ConversationNotFound'];
export type ResponseMessageNotFound = components['responses']['MessageNotFound'];
export type ResponseFileNotFound = components['responses']['FileNotFound'];
export type ResponseThumbnailNotFound = components['responses']['ThumbnailNotFound'];
export type ResponseCsatSurveyNotFound = components['responses']['CsatSurveyNotFound'];
export type ResponseInvalidParameters = components['responses']['InvalidParameters'];
export type ResponseContactInvalid = components['responses']['ContactInvalid'];
export type ResponseContactUpdated = components['responses']['ContactUpdated'];
export type ResponseContactUpdateRejected = components['responses']['ContactUpdateRejected'];
export type ResponseConversationInvalid = components['responses']['ConversationInvalid'];
export type ResponseTypingInvalid = components['responses']['TypingInvalid'];
export type ResponseMessageInvalid = components['responses']['MessageInvalid'];
export type ResponseMessageUpdated = components['responses']['MessageUpdated'];
export type ResponseMessageUpdateRejected = components['responses']['MessageUpdateRejected'];
export type ResponseCsatSurveyUpdated = components['responses']['CsatSurveyUpdated'];
export type ResponseCsatSurveyUpdateRejected = components['responses']['CsatSurveyUpdateRejected'];
export type ParameterContactUpdateInboxIdentifier = components['parameters']['ContactUpdateInboxIdentifier'];
export type ParameterContactUpdateContactIdentifier = components['parameters']['ContactUpdateContactIdentifier'];
export type ParameterCsatSurveyUpdateConversationUuid = components['parameters']['CsatSurveyUpdateConversationUuid'];
export type RequestBodyContactUpdate = components['requestBodies']['ContactUpdate'];
export type RequestBodyMessageUpdate = components['requestBodies']['MessageUpdate'];
export type RequestBodyCsatSurveyUpdate = components['requestBodies']['CsatSurveyUpdate'];
export type $defs = Record<string, never>;
export interface operations {
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox (the channel's `identifier`, not the numeric inbox id). */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicInbox"];
                };
            };
            404: components["responses"]["InboxNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublicContactCreatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicContactCreatePayload"];
                "multipart/form-data": components["schemas"]["PublicContactCreatePayload"];
            };
        };
        responses: {
            /** @description Success. The contact, with its `source_id` and `pubsub_token` in the inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContact"];
                };
            };
            401: components["responses"]["IdentityRefusedStrict"];
            404: components["responses"]["InboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ContactInvalid"];
            500: components["responses"]["IdentityRefused"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getContact: {
        parameters: {
            query?: {
                /** @description The contact's external identifier, sent with `identifier_hash` for identity validation (the server reads the request's parameters, so on GET they are query parameters). */
                identifier?: string;
                /** @description HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex. */
                identifier_hash?: string;
            };
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicContact"];
                };
            };
            401: components["responses"]["IdentityRefusedStrict"];
            404: components["responses"]["ContactNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["IdentityRefused"];
        };
    };
    putContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["parameters"]["ContactUpdateInboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["parameters"]["ContactUpdateContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ContactUpdate"];
        responses: {
            200: components["responses"]["ContactUpdated"];
            401: components["responses"]["IdentityRefusedStrict"];
            404: components["responses"]["ContactNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ContactUpdateRejected"];
            500: components["responses"]["IdentityRefused"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["parameters"]["ContactUpdateInboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["parameters"]["ContactUpdateContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ContactUpdate"];
        responses: {
            200: components["responses"]["ContactUpdated"];
            401: components["responses"]["IdentityRefusedStrict"];
            404: components["responses"]["ContactNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ContactUpdateRejected"];
            500: components["responses"]["IdentityRefused"];
        };
    };
    listConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The conversations, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversationList"];
                };
            };
            404: components["responses"]["ContactNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublicConversationCreatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicConversationCreatePayload"];
                "multipart/form-data": components["schemas"]["PublicConversationCreatePayload"];
            };
        };
        responses: {
            /** @description Success. The new conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["ContactNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ConversationInvalid"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number (its `id` in the public API). */
                conversation_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["ConversationNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    toggleConversationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The conversation, resolved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicConversation"];
                };
            };
            404: components["responses"]["ConversationNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    toggleConversationTyping: {
        parameters: {
            query?: {
                /** @description `on` or `off` (the docs' values). Also accepted as a body field; any other value is ignored. */
                typing_status?: string;
            };
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TypingStatusPayload"];
                "application/x-www-form-urlencoded": components["schemas"]["TypingStatusPayload"];
                "multipart/form-data": components["schemas"]["TypingStatusPayload"];
            };
        };
        responses: {
            /** @description Typing status toggled successfully (an empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["ConversationNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["TypingInvalid"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateConversationLastSeen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success (an empty body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["ConversationNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Undocumented in the docs; the real server reads it. A message id: only messages with a smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the first message of a page fetches the page before it. */
                before?: components["schemas"]["Id"];
            };
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
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
            404: components["responses"]["ConversationNotFound"];
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
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublicMessageCreatePayload"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicMessageCreatePayload"];
                "multipart/form-data": components["schemas"]["PublicMessageCreateForm"];
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
            404: components["responses"]["ConversationNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MessageInvalid"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    putMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
                /** @description The message's `id`. */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MessageUpdate"];
        responses: {
            200: components["responses"]["MessageUpdated"];
            404: components["responses"]["MessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MessageUpdateRejected"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identifier of the API-channel inbox. */
                inbox_identifier: components["schemas"]["InboxIdentifier"];
                /** @description The contact's `source_id` in the inbox. */
                contact_identifier: components["schemas"]["ContactIdentifier"];
                /** @description The conversation's display number. */
                conversation_id: components["schemas"]["Id"];
                /** @description The message's `id`. */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MessageUpdate"];
        responses: {
            200: components["responses"]["MessageUpdated"];
            404: components["responses"]["MessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["MessageUpdateRejected"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getCsatSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation's `uuid`. */
                conversation_uuid: components["schemas"]["ConversationUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The survey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatSurvey"];
                };
            };
            404: components["responses"]["CsatSurveyNotFound"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["InvalidParameters"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCsatSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation's `uuid`. */
                conversation_uuid: components["parameters"]["CsatSurveyUpdateConversationUuid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CsatSurveyUpdate"];
        responses: {
            200: components["responses"]["CsatSurveyUpdated"];
            404: components["responses"]["CsatSurveyNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["CsatSurveyUpdateRejected"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    patchCsatSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation's `uuid`. */
                conversation_uuid: components["parameters"]["CsatSurveyUpdateConversationUuid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CsatSurveyUpdate"];
        responses: {
            200: components["responses"]["CsatSurveyUpdated"];
            404: components["responses"]["CsatSurveyNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["CsatSurveyUpdateRejected"];
            500: components["responses"]["InternalServerError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getAttachmentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The blob's signed id, as `data_url` carries it. */
                signed_id: string;
                /** @description The file's name, as `data_url` carries it (not checked). */
                filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The file's bytes, with the media type it was uploaded with (any: the two below are the fixtures' files). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "application/pdf": string;
                    "*/*": string;
                };
            };
            404: components["responses"]["FileNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAttachmentThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The blob's signed id, as `thumb_url` carries it. */
                signed_blob_id: string;
                /** @description The signed transformation (`resize_to_fill` 250 wide), as `thumb_url` carries it (not checked). */
                variation_key: string;
                /** @description The thumbnail's file name, as `thumb_url` carries it (not checked). */
                filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The image's bytes (not resized), with its media type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/*": string;
                };
            };
            404: components["responses"]["ThumbnailNotFound"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
