// Generated from specs/chatwoot.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Chatwoot public client API",
    "version": "1.0.0-chatmock",
    "contact": {
      "name": "Chatwoot developer documentation",
      "url": "https://developers.chatwoot.com/api-reference/introduction"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "description": "Chatwoot's public client API, the API that custom chat interfaces, mobile apps and API-channel\nintegrations are built on (the `client_swagger.json` tag group: Inbox, Contacts, Conversations\nand Messages API, plus the public CSAT survey endpoints), written down for chatmock. A contact\ntalks to an API-channel inbox through it: look up the inbox, create the contact, open a\nconversation, talk, and rate it. Where the docs contradict Chatwoot's own server code, this spec\nfollows the server and says so; where the behaviour is the mock's own choice, the operation\ncarries an `x-mock` note.\n\n- Auth: the real server checks no token on `/public/api/*`. `api_access_token` (which the\n  generated client sends on the message list) is accepted and ignored. The docs list 401 on\n  every operation; the server never sends it, so it is declared only on the contact\n  operations, as the mock's strict-mode answer to a refused identity (below).\n- Identity validation: an inbox has an HMAC token. `identifier_hash` must be\n  HMAC-SHA256(HMAC token, `identifier`), as lowercase hex, whenever it is given, and always on\n  an inbox with identity validation on (`identity_validation_enabled`). The server refuses a\n  wrong or missing hash by raising an error it does not handle, so the client gets Rails'\n  500 `{ \"status\": 500, \"error\": \"Internal Server Error\" }`, and so does it from the mock. In\n  strict mode (the `strict` option, or `Prefer: handling=strict`) the mock answers 401\n  `{ \"error\": \"HMAC failed: Invalid Identifier Hash Provided\" }` instead, the body of\n  Chatwoot's widget API for the same check.\n- Path ids: `inbox_identifier` is the API inbox's identifier (not its numeric id),\n  `contact_identifier` is the `source_id` of the contact in that inbox, `conversation_id` is\n  the conversation's per-account display number (not its database id), `message_id` is the\n  message's id, `conversation_uuid` is the conversation's `uuid`.\n- Method aliases: Rails' `resources` routes both PATCH and PUT to a resource's `update`\n  action, so a contact and a message can be updated with PUT too (`putContact`,\n  `putMessage`), and a CSAT survey with PATCH (`patchCsatSurvey`). Each alias shares its\n  original's request body and responses and is answered by the same resolver.\n- Operation ids are this document's own, in camelCase. Each operation that the docs' swagger\n  has carries the swagger's id in `x-upstream-operationId` (`create-a-contact`, …,\n  `list-all-converation-messages` as the swagger spells it), so that a client generated from\n  either can be matched to the other. The CSAT survey operations and the method aliases are\n  in no swagger file and carry none.\n- Records are rendered as the real server renders them, not as the docs type them: message\n  `id`, `message_type`, `created_at` and `conversation_id` are integers, `content_attributes`\n  is an object, `created_at` is in Unix seconds; a conversation's `inbox_id` is an integer.\n- An unknown inbox, contact, conversation, message or survey gets 404\n  `{ \"status\": 404, \"error\": \"Not Found\" }`, Rails' default JSON error page, which is what the\n  server sends. The messages the docs give for some of these 404s (\"The given inbox does not\n  exist\", \"The given contact does not exist\", \"Conversation not found\") are the descriptions of\n  the 404 responses here; no body carries them, on the real server or in the mock.\n- Invalid input is taken as the server takes it (`x-chatmock-lenient`): a path id that does\n  not start with a digit (`conversation_id` `abc`) finds no record, so 404, and one that does\n  is read as ActiveRecord casts an id, with Ruby's `to_i` (`56abc` is 56); an integer query\n  parameter that is not one is read with `to_i` too (`before=abc` is 0, so the message list\n  is `[]`; a blank `before=` counts as not sent); body fields the schema does not declare\n  are dropped, as `params.permit` drops them; a method a path does not take gets Rails'\n  routing 404 `{ \"status\": 404, \"error\": \"Not Found\" }` (always in JSON: Rails sends its\n  HTML 404 page to a client that does not accept JSON), not 405. Anything else that breaks\n  its schema gets 422 in Chatwoot's validation-error shape. Strict mode (the runtime's\n  `strict` option, `chatmock serve --strict`, or `Prefer: handling=strict` on one request)\n  refuses all of these as the contract does: 422 naming every issue, and 405 with `Allow`.\n  Request bodies are `application/json`, `application/x-www-form-urlencoded` or\n  `multipart/form-data`, which Rails reads into the same parameters (a form's bracketed names\n  nest as Rails nests them: `custom_attributes[plan]=pro`, `attachments[]`); a body of any\n  other type gets 415, where the server would ignore it. Where the server's own\n  model validation refuses the same value (an email, a phone number, a message's length),\n  `message` is Rails' full message, for example `Email Invalid email`.\n- Headers: JSON answers are `application/json; charset=utf-8`, as Rails sends them\n  (`x-chatmock-json-charset`). `toggleConversationTyping` and `updateConversationLastSeen`\n  answer as Rails' `head :ok` does: an empty 200 with `content-length: 0` and a JSON content\n  type.\n- Mock infrastructure: 413 (a body over 1 MB), 414 (a URL over 8 KB) and 507 (the mock's\n  store is full, `--record-limit`) are the mock's own limits, declared so that a client can\n  expect them from the mock. Chatwoot's server sends none of them: it sets no 1 MB body or\n  8 KB URL limit, and has no 507.\n- The default data contains the docs' example ids: inbox `inbox_identifier_example`, contact\n  `contact_identifier_example`, conversation 56 with a message 56. An inbox for each setting\n  that changes what a contact gets: `greeting_inbox_example` (a greeting),\n  `out_of_office_inbox_example` (working hours, closed every day, and an out-of-office\n  message), `bot_inbox_example` (an agent bot) and `single_conversation_inbox_example` (locked\n  to a single conversation); and conversation 55 (`contact_attachments_example`), whose\n  messages carry an image, a file and a location.\n- Real time: a contact subscribes to its events over ActionCable (`wss://app.chatwoot.com/cable`,\n  `RoomChannel` with the contact's `pubsub_token`), described in chatwoot.asyncapi.yaml beside\n  this document. The operations here send them, in the order Rails does: `createConversation` a\n  `conversation.created`; `createMessage` a `message.created` (with the `echo_id` sent),\n  preceded by `conversation.status_changed` and `conversation.updated` when the message reopens\n  the conversation, and followed by `conversation.updated` when the contact waited for nobody\n  (after an agent's answer or a resolve: `waiting_since` starts again), then by the\n  `message.created` of the inbox's out-of-office message or greeting when it sends one;\n  `toggleConversationStatus` a `conversation.status_changed`, then a `conversation.updated`,\n  when the status changed; `updateMessage` and `updateCsatSurvey` a `message.updated` (with\n  `previous_changes`) when they change the message; `updateContact`, when it merges the\n  contact into another, a `message.updated` for each message the merged contact sent (its new\n  sender, `previous_changes.sender_id`). The server's background work comes shortly\n  after the answer, over ActionCable only: the CSAT survey's `message.created` after a resolve,\n  and after `updateConversationLastSeen` a `message.updated` (`status: read`) for each agent's or\n  template message the contact has now seen. The mock's `jobDelay` setting (default 100 ms)\n  sets how long after; 0 does it before answering. The other side (an agent) is\n  `x-chatmock-actions`: an agent's first public answer also sends `conversation.updated`\n  (`first_reply_created_at`), as does any answer that ends the contact's wait.\n"
  },
  "x-chatmock-lenient": {
    "unknownBodyFields": "drop",
    "invalidPathParameters": "to-i",
    "invalidIntegerQueries": "to-i",
    "unroutedMethods": "not-found"
  },
  "x-chatmock-json-charset": "utf-8",
  "x-chatmock-actions": {
    "agentMessage": {
      "summary": "An agent replies in a conversation: an outgoing message (`message_type` 1, `content_type` `text`) whose sender is the agent as the public API renders a user (`type: user`), stored like every message (the message list and the conversation show it) and sent to the contact as `message.created`, then `conversation.updated` when it is the conversation's first public answer (`first_reply_created_at`) or ends the contact's wait (`waiting_since`). With `private: true` it is a private note instead: stored, never listed, never sent to the contact, and it answers nobody. Resolves to the message as the message list renders it. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id",
          "content"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number (the `conversation_id` of the paths, and of a `message.created` event's data). The mock has one account, so it names one conversation."
          },
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 150000,
            "description": "The text of the reply."
          },
          "private": {
            "type": "boolean",
            "default": false,
            "description": "A private note of the agents, which the contact never sees."
          },
          "agent_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "default": 1,
            "description": "The agent's user id."
          },
          "agent_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "default": "Support Agent",
            "description": "The agent's name (also its `available_name`)."
          }
        }
      }
    },
    "agentTyping": {
      "summary": "An agent starts (`on`) or stops (`off`) typing in a conversation: the contact receives `conversation.typing_on` or `conversation.typing_off` with `is_private: false`. Nothing is stored. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id",
          "typing_status"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number."
          },
          "typing_status": {
            "type": "string",
            "enum": [
              "on",
              "off"
            ]
          },
          "agent_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "default": 1,
            "description": "The agent's user id."
          },
          "agent_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "default": "Support Agent",
            "description": "The agent's name (also its `available_name`)."
          }
        }
      }
    },
    "resolveConversation": {
      "summary": "An agent resolves a conversation, as the contact's `toggleConversationStatus` does: the status becomes `resolved`, the contact receives `conversation.status_changed` and `conversation.updated` (with the agent as `performer`), and shortly after (`jobDelay`) the CSAT survey is sent (a `message.created`) when the inbox has CSAT surveys on and the conversation has none yet. An already resolved conversation is left as it is and sends nothing. Resolves to the conversation as the client API renders it, without the survey, which is still to come. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number."
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "https://app.chatwoot.com",
      "description": "Chatwoot Cloud (documented server URL). Self-hosted installations use their own host."
    }
  ],
  "security": [
    {},
    {
      "userApiKey": []
    }
  ],
  "tags": [
    {
      "name": "Inbox API",
      "description": "The API-channel inbox a client talks to."
    },
    {
      "name": "Contacts API",
      "description": "The contact (the end user of a custom chat interface) in an inbox."
    },
    {
      "name": "Conversations API",
      "description": "The contact's conversations in the inbox, and what the contact does in them."
    },
    {
      "name": "Messages API",
      "description": "Messages of a contact's conversation in an API-channel inbox, seen from the contact's side (the end user of a custom chat interface)."
    },
    {
      "name": "CSAT Survey API",
      "description": "The customer-satisfaction survey of a conversation, addressed by the conversation's UUID."
    },
    {
      "name": "Attachments",
      "description": "Mock-only: the files of messages' attachments, at the URLs their `data_url` and `thumb_url` name (Rails' ActiveStorage routes, outside the public client API)."
    }
  ],
  "paths": {
    "/public/api/v1/inboxes/{inbox_identifier}": {
      "get": {
        "operationId": "getInbox",
        "x-upstream-operationId": "get-details-of-a-inbox",
        "tags": [
          "Inbox API"
        ],
        "summary": "Get inbox details",
        "description": "Returns the public settings of an API-channel inbox: its name, time zone, working hours, whether CSAT surveys and greetings are on, and whether identity validation is required (then every contact request needs an `identifier_hash`).",
        "x-mock": "Only in the docs' `swagger/paths/public/inboxes/show.yml`, not in `client_swagger.json`. The body is the server's view (`inboxes/show.json.jbuilder` and its `_inbox` partial), exactly the fields below.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox (the channel's `identifier`, not the numeric inbox id).",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox, without identity validation",
                "value": "inbox_identifier_example"
              },
              "identity-validation": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "No such inbox",
                "value": "inbox_identifier_unknown"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The inbox.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicInbox"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' inbox",
                    "value": {
                      "identifier": "inbox_identifier_example",
                      "identity_validation_enabled": false,
                      "name": "Website",
                      "timezone": "UTC",
                      "working_hours": [
                        {
                          "day_of_week": 0,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 1,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 2,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 3,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 4,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 5,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 6,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        }
                      ],
                      "working_hours_enabled": false,
                      "csat_survey_enabled": true,
                      "greeting_enabled": false
                    }
                  },
                  "identity-validation": {
                    "summary": "An inbox whose contacts must send an identifier hash",
                    "value": {
                      "identifier": "identity_inbox_example",
                      "identity_validation_enabled": true,
                      "name": "Mobile app",
                      "timezone": "UTC",
                      "working_hours": [
                        {
                          "day_of_week": 0,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 1,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 2,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 3,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 4,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 5,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 6,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        }
                      ],
                      "working_hours_enabled": false,
                      "csat_survey_enabled": false,
                      "greeting_enabled": false
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/InboxNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts": {
      "post": {
        "operationId": "createContact",
        "x-upstream-operationId": "create-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Create a contact",
        "description": "Creates the contact of a custom chat interface in the inbox and returns its `source_id` (the `contact_identifier` of every later request) and its `pubsub_token` (for the websocket). A contact of the account with the same `identifier`, else the same `email`, else the same `phone_number`, is reused instead of creating a new one; a `source_id` the inbox already has returns that contact as it is.",
        "x-mock": "`source_id` is a UUID unless the body gives one (the server reads `source_id`, which the docs do not list). A new contact gets the next contact id and a new `pubsub_token` (24 letters and digits); without `name` it is named like the server names it (a \"haiku\" such as `restless-snowflake-670`). `identifier` is stored, `email` lowercased, `avatar_url` accepted and ignored (the server fetches it in the background). Identity validation: when `identifier_hash` is given, or the inbox requires identity validation, a hash that is not HMAC-SHA256(inbox HMAC token, `identifier`) is refused as the server refuses it, with an error it does not handle: 500 in Rails' default shape. Strict mode answers 401 `{ \"error\": \"HMAC failed: Invalid Identifier Hash Provided\" }` instead (the widget API's body), so that a client can tell a refused identity from a fault. A valid hash does not verify the contact on create (as on the server); a later GET or PATCH with a valid hash does. The contact's `thumbnail` (its avatar, in the sender of its messages) stays `''`: 30 seconds after a contact with an email is saved, the server looks its Gravatar up in a background job and attaches the image if there is one; the mock runs no such job (it would need the network, and tests would see the avatar change under them). Bodies are JSON, form-encoded or multipart, as Rails reads all three (a form's `custom_attributes[plan]=pro` is `{ \"custom_attributes\": { \"plan\": \"pro\" } }`); unknown fields are dropped, as on the server (strict mode: 422), a multipart `avatar` file too (the public API permits none; it takes `avatar_url`).",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox, without identity validation",
                "value": "inbox_identifier_example"
              },
              "identified": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "identity-required": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "No such inbox",
                "value": "inbox_identifier_unknown"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A name, an email and a phone number",
                  "value": {
                    "name": "Alice",
                    "email": "alice@acme.inc",
                    "phone_number": "+123456789"
                  }
                },
                "identified": {
                  "summary": "An identified contact, with the HMAC of its identifier under the inbox's token",
                  "value": {
                    "identifier": "user-2002",
                    "identifier_hash": "921eeca1b93b16e02c19fb3a6c3bd836380e0f2ae53c48f22f3280f12a1fe2ac",
                    "name": "Bea Example",
                    "email": "bea@example.com"
                  }
                },
                "identity-required": {
                  "summary": "An identifier without its hash, in an inbox that requires one",
                  "value": {
                    "identifier": "user-2002",
                    "name": "Bea Example"
                  }
                },
                "not-found": {
                  "summary": "A contact for an inbox that does not exist",
                  "value": {
                    "name": "Alice"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success. The contact, with its `source_id` and `pubsub_token` in the inbox.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContact"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The contact created from the docs' example body",
                    "value": {
                      "source_id": "20e2f9df-4a68-42f5-8760-003f8350d718",
                      "pubsub_token": "GxhBpZ5hL8a58neetz4FM5VK",
                      "id": 82,
                      "name": "Alice",
                      "email": "alice@acme.inc",
                      "phone_number": "+123456789"
                    }
                  },
                  "identified": {
                    "summary": "An identified contact in an inbox with identity validation",
                    "value": {
                      "source_id": "7a62b41a-d6d7-47bf-800b-217a7352b9b9",
                      "pubsub_token": "LzxqGow4YRmdtWsFAXBpg8UU",
                      "id": 82,
                      "name": "Bea Example",
                      "email": "bea@example.com",
                      "phone_number": null
                    }
                  }
                }
              }
            },
            "links": {
              "GetContact": {
                "operationId": "getContact",
                "description": "Read the contact back through its `source_id`.",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "UpdateContact": {
                "operationId": "updateContact",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "ListConversations": {
                "operationId": "listConversations",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "CreateConversation": {
                "operationId": "createConversation",
                "description": "Open a conversation as the contact.",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/InboxNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/ContactInvalid"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}": {
      "get": {
        "operationId": "getContact",
        "x-upstream-operationId": "get-details-of-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Get a contact",
        "description": "Returns the contact of the inbox with this `source_id`, with its `pubsub_token`. In an inbox that requires identity validation, `identifier` and `identifier_hash` must be sent as query parameters; a valid pair marks the contact as verified in the inbox, which then sees all of the contact's conversations (not only this inbox's).",
        "x-mock": "A wrong or missing `identifier_hash` where one is needed gets Rails' 500, as on create (strict mode: 401 `{ \"error\": \"HMAC failed: Invalid Identifier Hash Provided\" }`).",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "identified": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "identity-required": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "identified": {
                "summary": "An identified contact (identifier `user-1001`)",
                "value": "identity_contact_example"
              },
              "identity-required": {
                "summary": "An identified contact, asked for without its hash",
                "value": "identity_contact_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          },
          {
            "name": "identifier",
            "in": "query",
            "required": false,
            "description": "The contact's external identifier, sent with `identifier_hash` for identity validation (the server reads the request's parameters, so on GET they are query parameters).",
            "schema": {
              "type": "string"
            },
            "examples": {
              "identified": {
                "summary": "The contact's identifier",
                "value": "user-1001"
              }
            }
          },
          {
            "name": "identifier_hash",
            "in": "query",
            "required": false,
            "description": "HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "identified": {
                "summary": "HMAC-SHA256(\"identity_inbox_hmac_token\", \"user-1001\")",
                "value": "ce1c77cef83e1a422488260cd8f8db6efb73ed76a49ed4509d72979167e9960d"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The contact.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContact"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' contact",
                    "value": {
                      "source_id": "contact_identifier_example",
                      "pubsub_token": "pubsub_token_example",
                      "id": 77,
                      "name": "Bryon Doyle",
                      "email": "bryon.kassulke@gmail.com",
                      "phone_number": null
                    }
                  },
                  "identified": {
                    "summary": "An identified contact, now verified in the inbox",
                    "value": {
                      "source_id": "identity_contact_example",
                      "pubsub_token": "9t6K7noqjyXAaS4rmrRwZbFF",
                      "id": 80,
                      "name": "Nat Rosenbaum",
                      "email": "nat_cremin37@gmail.com",
                      "phone_number": null
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      },
      "patch": {
        "operationId": "updateContact",
        "x-upstream-operationId": "update-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Update a contact",
        "description": "Updates the contact's name, email, phone number and custom attributes (merged into the existing ones). Blank values are left as they are. An email or phone number that another contact of the account has merges this contact into that one, whose record is then the answer. The answer is the whole contact record, as the server renders a Contact (not the public contact: no `source_id`, no `pubsub_token`). Identity validation applies as on GET, with `identifier` and `identifier_hash` in the body.",
        "x-mock": "`identifier` is used for identity validation only and never changed, as on the server, which hands the update to `ContactIdentifyAction` without it (`params.except(:identifier)`). That is also why an email or phone number of another contact always merges, even when that contact is identified: the current contact is merged into the one holding it (`ContactMergeAction`: its conversations, the messages it sent and its contact inboxes move there, and it is deleted), and the answer is 200 with that contact's record, its `id` included. The email is looked up first, then the phone number, each as sent; the phone number's holder is merged only when the request has no email or the holder's email is none or the same, otherwise the phone number is left out of the update. The contact that remains then takes the request's name, email and phone number, and its custom attributes are merged with the request's; nothing else of the merged contact is kept, and its CSAT responses are deleted (the server deletes them in a background job; the mock at once). The contact inbox keeps its `source_id` and `pubsub_token`, which now stand for the remaining contact. Each message the merged contact sent is saved with its new sender, and each save sends the contact's websocket subscription a `message.updated` (`previous_changes` names `sender_id`); the server's `contact.merged` and `conversation.contact_changed` go to the agents only. An email that another contact has in other letter case is not found by that lookup, and the save then refuses it: 422 `Email has already been taken`. A refused identity gets Rails' 500, as on create (strict mode: 401). Bodies are JSON, form-encoded or multipart, as on create, and unknown fields are dropped, as on the server (strict mode: 422).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactUpdateInboxIdentifier"
          },
          {
            "$ref": "#/components/parameters/ContactUpdateContactIdentifier"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ContactUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/ContactUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      },
      "put": {
        "operationId": "putContact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Update a contact (PUT)",
        "description": "`updateContact` sent with PUT. Rails routes PATCH and PUT of `resources :contacts` to the same `update` action, so this takes the same body and gives the same answers.",
        "x-mock": "Not in the docs' swagger, which declares PATCH only. The mock answers it with the resolver of `updateContact`; see that operation's notes.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactUpdateInboxIdentifier"
          },
          {
            "$ref": "#/components/parameters/ContactUpdateContactIdentifier"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ContactUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/ContactUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations": {
      "get": {
        "operationId": "listConversations",
        "x-upstream-operationId": "list-all-contact-conversations",
        "tags": [
          "Conversations API"
        ],
        "summary": "List all conversations",
        "description": "Returns the contact's conversations in the inbox, oldest first, each with all of its messages that a client may show (no private notes, no activity messages) and the contact. A contact verified by identity validation sees all of the contact's conversations, in every inbox.",
        "x-mock": "As on the server: a verified contact inbox lists `@contact_inbox.contact.conversations`, the contact's conversations in every inbox, and any other its own; in the order they were created (by id).",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "empty": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact, with conversation 56",
                "value": "contact_identifier_example"
              },
              "empty": {
                "summary": "A contact without conversations",
                "value": "contact_update_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The conversations, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversationList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' contact's conversations (messages shortened)",
                    "value": [
                      {
                        "id": 56,
                        "uuid": "b1e2c3d4-0000-4000-8000-000000000056",
                        "inbox_id": 1,
                        "contact_last_seen_at": 0,
                        "status": "open",
                        "agent_last_seen_at": 1709301000,
                        "messages": [
                          {
                            "id": 31,
                            "content": "Sto pariatur vehemens vomito.",
                            "message_type": 1,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709283600,
                            "conversation_id": 56,
                            "sender": {
                              "id": 1,
                              "name": "Support Agent",
                              "available_name": "Support Agent",
                              "avatar_url": "",
                              "availability_status": "online",
                              "type": "user",
                              "thumbnail": ""
                            }
                          },
                          {
                            "id": 32,
                            "content": "Sunt depraedor suasoria tamquam tepesco aer soleo peccatus.",
                            "message_type": 0,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709284200,
                            "conversation_id": 56,
                            "sender": {
                              "id": 77,
                              "name": "Bryon Doyle",
                              "email": "bryon.kassulke@gmail.com",
                              "phone_number": null,
                              "identifier": null,
                              "thumbnail": "",
                              "additional_attributes": {},
                              "custom_attributes": {},
                              "blocked": false,
                              "type": "contact"
                            }
                          },
                          {
                            "id": 60,
                            "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                            "message_type": 0,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709301000,
                            "conversation_id": 56,
                            "sender": {
                              "id": 77,
                              "name": "Bryon Doyle",
                              "email": "bryon.kassulke@gmail.com",
                              "phone_number": null,
                              "identifier": null,
                              "thumbnail": "",
                              "additional_attributes": {},
                              "custom_attributes": {},
                              "blocked": false,
                              "type": "contact"
                            }
                          }
                        ],
                        "contact": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "account_id": 1,
                          "created_at": "2024-02-29T09:00:00.000Z",
                          "updated_at": "2024-02-29T09:00:00.000Z",
                          "additional_attributes": {},
                          "identifier": null,
                          "custom_attributes": {},
                          "last_activity_at": "2024-03-01T13:50:00.000Z",
                          "contact_type": "lead",
                          "middle_name": "",
                          "last_name": "",
                          "location": null,
                          "country_code": null,
                          "blocked": false,
                          "company_id": null
                        }
                      }
                    ]
                  },
                  "empty": {
                    "summary": "A contact without conversations",
                    "value": []
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createConversation",
        "x-upstream-operationId": "create-a-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Create a conversation",
        "description": "Opens a new conversation of the contact in the inbox. It is `open` (`resolved` for a blocked contact, `pending` in an inbox that an agent bot answers, so that the bot speaks first), gets the account's next display number (its `id`) and a new `uuid`, and appears in the contact's list. Only `custom_attributes` can be given. An inbox locked to a single conversation (`lock_to_single_conversation`) opens none once the contact has one there: the answer is the contact's last conversation of the inbox, whatever its status (a resolved one stays resolved), and no `conversation.created` is sent.",
        "x-mock": "Only `custom_attributes` is taken (stored, not rendered, as on the server); other fields are dropped, as on the server (strict mode: 422), and the body may be left out. The server decides `pending` by `Inbox#active_bot?` (an active agent bot, or a Dialogflow integration); a fixtures file sets it with the inbox's `active_bot`, as the default fixtures do for `bot_inbox_example`. The \"last\" conversation of a locked inbox is the contact inbox's newest (`contact_inbox.conversations.last`, by database id); the default fixtures' `single_conversation_inbox_example` is locked.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "bot-inbox": {
                "summary": "An inbox that an agent bot answers",
                "value": "bot_inbox_example"
              },
              "single-conversation": {
                "summary": "An inbox locked to a single conversation per contact",
                "value": "single_conversation_inbox_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "bot-inbox": {
                "summary": "The named sets' contact, in the bot's inbox",
                "value": "contact_bot_example"
              },
              "single-conversation": {
                "summary": "The named sets' contact, in the locked inbox",
                "value": "contact_single_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A conversation with a custom attribute",
                  "value": {
                    "custom_attributes": {
                      "order_id": "1042"
                    }
                  }
                },
                "not-found": {
                  "summary": "A conversation for a contact that does not exist",
                  "value": {
                    "custom_attributes": {}
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success. The new conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "docs-example": {
                    "summary": "A new, open conversation without messages",
                    "value": {
                      "id": 65,
                      "uuid": "aac78fc8-ea7c-4b5e-98d5-dd9363857192",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-01T13:50:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "bot-inbox": {
                    "summary": "A new conversation in a bot's inbox, pending until the bot hands it over",
                    "value": {
                      "id": 65,
                      "uuid": "4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59",
                      "inbox_id": 5,
                      "contact_last_seen_at": 0,
                      "status": "pending",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "single-conversation": {
                    "summary": "The contact's conversation in the locked inbox: a new one the first time, the same one after that",
                    "value": {
                      "id": 65,
                      "uuid": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                      "inbox_id": 6,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "GetConversation": {
                "operationId": "getConversation",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ToggleConversationTyping": {
                "operationId": "toggleConversationTyping",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "UpdateConversationLastSeen": {
                "operationId": "updateConversationLastSeen",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "CreateMessage": {
                "operationId": "createMessage",
                "description": "Post a message as the contact.",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ListMessages": {
                "operationId": "listMessages",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ToggleConversationStatus": {
                "operationId": "toggleConversationStatus",
                "description": "Resolve the conversation (which sends its CSAT survey when the inbox has CSAT on).",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/ConversationInvalid"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}": {
      "get": {
        "operationId": "getConversation",
        "x-upstream-operationId": "get-single-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Get a single conversation",
        "description": "Returns one conversation of the contact, with all of its messages that a client may show and the contact. A conversation of another contact (or, unless the contact is verified, of another inbox) does not exist for this contact.",
        "x-mock": "A `conversation_id` that is not a number, or is above 2^53 - 1, gets 404, as on the server; strict mode refuses it with 422.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number (its `id` in the public API).",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' conversation (messages shortened)",
                    "value": {
                      "id": 56,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000056",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 1709301000,
                      "messages": [
                        {
                          "id": 31,
                          "content": "Sto pariatur vehemens vomito.",
                          "message_type": 1,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709283600,
                          "conversation_id": 56,
                          "sender": {
                            "id": 1,
                            "name": "Support Agent",
                            "available_name": "Support Agent",
                            "avatar_url": "",
                            "availability_status": "online",
                            "type": "user",
                            "thumbnail": ""
                          }
                        },
                        {
                          "id": 32,
                          "content": "Sunt depraedor suasoria tamquam tepesco aer soleo peccatus.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709284200,
                          "conversation_id": 56,
                          "sender": {
                            "id": 77,
                            "name": "Bryon Doyle",
                            "email": "bryon.kassulke@gmail.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        },
                        {
                          "id": 60,
                          "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709301000,
                          "conversation_id": 56,
                          "sender": {
                            "id": 77,
                            "name": "Bryon Doyle",
                            "email": "bryon.kassulke@gmail.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-01T13:50:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status": {
      "post": {
        "operationId": "toggleConversationStatus",
        "x-upstream-operationId": "resolve-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Resolve a conversation",
        "description": "Resolves the conversation, as the contact, and returns it. Despite its name it never reopens one: a conversation that is already resolved is returned unchanged (a new message from the contact reopens it). When the inbox has CSAT surveys on and the conversation has none yet, resolving it sends the survey: a template message with `content_type` `input_csat`, which the contact answers through `updateMessage` or `updateCsatSurvey`.",
        "x-mock": "As on the server, the CSAT survey is not in the answer: Chatwoot's `CsatSurveyListener` is an async listener, and the survey arrives shortly after, only over ActionCable (its `message.created`, with `content_attributes.display_type`), then in the conversation's messages. The mock sends it after its `jobDelay` setting (default 100 ms; per API or operation, like `latency`); `jobDelay: 0` sends it before answering, so that the answer's `messages` hold it. It is sent only if the conversation is still resolved and has no survey by then. The contact receives `conversation.status_changed`, then `conversation.updated`, at once. The activity message the server adds (\"Conversation was marked resolved by …\") is never shown to a contact, and the mock does not keep it.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "resolved": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "already-resolved": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "resolved": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "already-resolved": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "resolved": {
                "summary": "An open conversation",
                "value": 58
              },
              "already-resolved": {
                "summary": "A resolved conversation",
                "value": 59
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The conversation, resolved.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "resolved": {
                    "summary": "An open conversation, now resolved (its CSAT survey follows over ActionCable)",
                    "value": {
                      "id": 58,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000058",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "resolved",
                      "agent_last_seen_at": 0,
                      "messages": [
                        {
                          "id": 62,
                          "content": "My parcel has not arrived yet.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709456400,
                          "conversation_id": 58,
                          "sender": {
                            "id": 81,
                            "name": "Sam Example",
                            "email": "sam@example.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "already-resolved": {
                    "summary": "A resolved conversation, unchanged",
                    "value": {
                      "id": 59,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000059",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "resolved",
                      "agent_last_seen_at": 0,
                      "messages": [
                        {
                          "id": 63,
                          "content": "Thanks, that solved it.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709542800,
                          "conversation_id": 59,
                          "sender": {
                            "id": 81,
                            "name": "Sam Example",
                            "email": "sam@example.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "GetCsatSurvey": {
                "operationId": "getCsatSurvey",
                "description": "Read the CSAT survey that resolving the conversation sent: it comes shortly after the answer (its `message.created`), so follow the link once it has come (or, on the mock, with `jobDelay: 0`).",
                "parameters": {
                  "conversation_uuid": "$response.body#/uuid"
                }
              },
              "UpdateCsatSurvey": {
                "operationId": "updateCsatSurvey",
                "description": "Rate the conversation.",
                "parameters": {
                  "conversation_uuid": "$response.body#/uuid"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing": {
      "post": {
        "operationId": "toggleConversationTyping",
        "x-upstream-operationId": "toggle-typing-status",
        "tags": [
          "Conversations API"
        ],
        "summary": "Toggle typing status",
        "description": "Tells the agents that the contact started (`on`) or stopped (`off`) typing. The docs declare `typing_status` both as a required query parameter and as a required body field; the server reads either (the query wins when both are sent: Rails merges the query parameters over the body's). Answers 200 with an empty body.",
        "x-mock": "As in the server's code, any other `typing_status`, or none, is ignored and still answered 200 (the docs' enum `on`/`off` is not enforced, so no 422 for it). A `typing_status` that is not a string in the body gets 422. The mock keeps no typing state; the contact never receives its own typing events.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "typing-off": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "typing-ignored": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "typing-off": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "typing-ignored": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "typing-off": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "typing-ignored": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          },
          {
            "name": "typing_status",
            "in": "query",
            "required": false,
            "description": "`on` or `off` (the docs' values). Also accepted as a body field; any other value is ignored.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "typing-on": {
                "summary": "The contact started typing",
                "value": "on"
              },
              "typing-ignored": {
                "summary": "A value the server ignores (older clients send `recording`)",
                "value": "recording"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              },
              "examples": {
                "typing-off": {
                  "summary": "The contact stopped typing, in the body",
                  "value": {
                    "typing_status": "off"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Typing status toggled successfully (an empty body)."
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/TypingInvalid"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen": {
      "post": {
        "operationId": "updateConversationLastSeen",
        "x-upstream-operationId": "update-last-seen",
        "tags": [
          "Conversations API"
        ],
        "summary": "Update last seen",
        "description": "Records that the contact has seen the conversation now: its `contact_last_seen_at` becomes the current time (seen in the next GET). Answers 200 with an empty body.",
        "x-mock": "As the server's `UpdateMessageStatusJob`, queued here, does in the background, shortly after the answer (the mock's `jobDelay` setting, default 100 ms; 0 does it before answering): every message of the conversation that is not the contact's, still `sent` and created no later than this look, becomes `read`, and the contact receives a `message.updated` for each (`status: read`, with `previous_changes`; never for private notes or activity messages). The mock keeps each message's status beside the public message, which does not show it; only events carry it. No `conversation.updated` follows: `contact_last_seen_at` is no column the agents' views follow.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "seen": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "seen": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "seen": {
                "summary": "A conversation that only this set marks as seen",
                "value": 60
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success (an empty body)."
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
      "get": {
        "operationId": "listMessages",
        "x-upstream-operationId": "list-all-converation-messages",
        "tags": [
          "Messages API"
        ],
        "summary": "List all messages",
        "description": "Returns the messages of one conversation of the contact that a client may show: private notes and activity messages are left out. Without `before`, the latest 20 messages come back, oldest first; with `before`, the 20 messages that precede the given message. The conversation can be any of the contact's, in any inbox (see `x-mock`).",
        "x-mock": "A server quirk, kept: the message endpoints (list, create, update) find the conversation among all of the contact's conversations, in any inbox, whether or not identity validation verified the contact (the base controller's `set_conversation`: `@contact_inbox.contact.conversations.find_by!(display_id:)`), where the conversation endpoints (`getConversation`, `toggle_status`, `toggle_typing`, `update_last_seen`) see only the contact inbox's own until the contact is verified. So a contact created in two inboxes reads, through either inbox, the messages of its conversations in both. `api_access_token` is accepted and ignored, as the real server does. Messages are ordered by `created_at`, then `id`. `before` that matches no message still pages by id (messages with a smaller id). As on the server, a `conversation_id` that is not a number gets 404 and `before=abc` an empty list (Ruby's `to_i` reads it as 0); strict mode refuses both with 422. A `before` above 2^53 - 1 gets 422.",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "empty": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "attachments": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "empty": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "attachments": {
                "summary": "A contact whose conversation holds one attachment of each kind",
                "value": "contact_attachments_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "empty": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "attachments": {
                "summary": "An image, a file and a location",
                "value": 55
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          },
          {
            "name": "before",
            "in": "query",
            "required": false,
            "description": "Undocumented in the docs; the real server reads it. A message id: only messages with a smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the first message of a page fetches the page before it.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "empty": {
                "summary": "The first message of conversation 56, before which there is none",
                "value": 31
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. Up to 20 messages, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicMessageList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "Conversation 56 of contact `contact_identifier_example` (shortened)",
                    "value": [
                      {
                        "id": 41,
                        "content": "Arx caveo calco tantillus ago tyrannus adversus.",
                        "message_type": 1,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709289600,
                        "conversation_id": 56,
                        "sender": {
                          "id": 1,
                          "name": "Support Agent",
                          "available_name": "Support Agent",
                          "avatar_url": "",
                          "availability_status": "online",
                          "type": "user",
                          "thumbnail": ""
                        }
                      },
                      {
                        "id": 42,
                        "content": "Abstergo cunctatio truculenter.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709290200,
                        "conversation_id": 56,
                        "sender": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      },
                      {
                        "id": 60,
                        "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709301000,
                        "conversation_id": 56,
                        "sender": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      }
                    ]
                  },
                  "empty": {
                    "summary": "A page before the first message",
                    "value": []
                  },
                  "attachments": {
                    "summary": "Conversation 55, one attachment of each kind (an image, a file, a location)",
                    "value": [
                      {
                        "id": 28,
                        "content": "The parcel arrived damaged.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709197800,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 1,
                            "message_id": 28,
                            "file_type": "image",
                            "account_id": 1,
                            "extension": null,
                            "data_url": "https://app.chatwoot.com/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d/parcel.png",
                            "thumb_url": "https://app.chatwoot.com/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d/eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b/parcel.png",
                            "file_size": 73,
                            "width": 4,
                            "height": 3
                          }
                        ],
                        "sender": {
                          "id": 74,
                          "name": "Ada Example",
                          "email": "ada@example.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      },
                      {
                        "id": 29,
                        "content": "Here is your return label.",
                        "message_type": 1,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709198400,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 2,
                            "message_id": 29,
                            "file_type": "file",
                            "account_id": 1,
                            "extension": null,
                            "data_url": "https://app.chatwoot.com/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f/return-label.pdf",
                            "thumb_url": "",
                            "file_size": 193,
                            "width": null,
                            "height": null
                          }
                        ],
                        "sender": {
                          "id": 1,
                          "name": "Support Agent",
                          "available_name": "Support Agent",
                          "avatar_url": "",
                          "type": "user",
                          "availability_status": "online",
                          "thumbnail": ""
                        }
                      },
                      {
                        "id": 30,
                        "content": null,
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709199000,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 3,
                            "message_id": 30,
                            "file_type": "location",
                            "account_id": 1,
                            "coordinates_lat": 52.5219,
                            "coordinates_long": 13.4132,
                            "fallback_title": "Parcel shop, Alexanderplatz 1, Berlin",
                            "data_url": "https://www.google.com/maps?q=52.5219,13.4132"
                          }
                        ],
                        "sender": {
                          "id": 74,
                          "name": "Ada Example",
                          "email": "ada@example.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      }
                    ]
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createMessage",
        "x-upstream-operationId": "create-a-message",
        "tags": [
          "Messages API"
        ],
        "summary": "Create a message",
        "description": "Posts a message from the contact into the conversation. The message is always incoming, sent by the contact; only its text, an optional client-side `echo_id` and, in a multipart body, files (`attachments[]`) can be given. No body is needed: an empty POST makes a message whose `content` is null. Each file becomes an attachment whose kind (`file_type`) follows the media type its part names: `image` (JPEG, PNG, GIF, BMP, WebP), `video` (Ogg, MP4, WebM, QuickTime), `audio` (any `audio/*`), else `file`; its `data_url` serves the file. The message appears in the conversation's `messages` and in the message list, and it reopens a resolved or snoozed conversation (a resolved one of an inbox that an agent bot answers becomes `pending`, for the bot). The conversation can be any of the contact's, in any inbox (see `listMessages`). Then, as the inbox says: outside its working hours (`working_hours_enabled`), unless an agent answered in the last 5 minutes or the conversation had a template message today, the inbox's out-of-office message; and in a conversation without any outgoing or template message yet, the inbox's greeting (`greeting_enabled`). Each is a template message (`message_type` 3) without a sender, stored and sent to the contact as `message.created`; the greeting does not follow an out-of-office message (which is a template message itself). More than 200 messages in the conversation within a minute (of any kind) are refused: 422 `Too many messages`.",
        "x-mock": "Bodies are JSON, form-encoded or multipart, as Rails reads all three. Unknown body fields are dropped, as on the server (strict mode: 422). `echo_id` is not stored and not part of the response (the real server only passes it on to websocket events). The new message gets the next message id and `content_type` `text`; the contact's `last_activity_at` becomes now. A `conversation_id` that is not a number gets 404, as on the server (strict mode: 422). Files: the mock keeps their bytes (at most 1 MB a request, 64 MB in all; beyond, 413 and 507) and serves them at `data_url` and `thumb_url` (`getAttachmentFile`, `getAttachmentThumbnail`), under the documented server URL as every link of the mock. `width` and `height` of an image are read from its header at once; the server's ActiveStorage analyses a file in a background job, so its answer and its `message.created` may still have them null, and it also measures videos, which the mock does not. `extension` is null, as the server leaves it for an upload (servers after 2026-03, chatwoot#13945, fill it from the file name and add `content_type`). Only the `attachments[]` field (or `attachments`) holds files; a part without a file name is no file. The greeting's and out-of-office texts are sent as the inbox has them: the server renders Liquid variables (`{{ contact.name }}`) in them, the mock does not. The flood limit is the server's default (`CONVERSATION_MESSAGE_PER_MINUTE_LIMIT`, 200), counted with the mock's clock. The server does not reopen a muted conversation; the mock has none (nothing mutes one).",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "description": "The identifier of the API-channel inbox.",
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "content-only": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "no-body": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "description": "The contact's `source_id` in the inbox.",
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "content-only": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "no-body": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "The conversation's display number.",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "content-only": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "no-body": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A text message with an echo id (the docs' example values)",
                  "value": {
                    "content": "Hello, how can I help you?",
                    "echo_id": "1234567890"
                  }
                },
                "content-only": {
                  "summary": "Just the text",
                  "value": {
                    "content": "Do you ship to Canada?"
                  }
                },
                "not-found": {
                  "summary": "A message for a conversation that does not exist",
                  "value": {
                    "content": "Hello?"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreateForm"
              },
              "encoding": {
                "attachments": {
                  "contentType": "*/*"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success. The created message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The incoming message created from the docs' example body",
                    "value": {
                      "id": 70,
                      "content": "Hello, how can I help you?",
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  },
                  "content-only": {
                    "summary": "The incoming message created from just a text",
                    "value": {
                      "id": 70,
                      "content": "Do you ship to Canada?",
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  },
                  "no-body": {
                    "summary": "An empty POST, a message without content",
                    "value": {
                      "id": 70,
                      "content": null,
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "UpdateMessage": {
                "operationId": "updateMessage",
                "description": "Submit values for the created message (for example a reply to a bot's form).",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$request.path.conversation_id",
                  "message_id": "$response.body#/id"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/MessageInvalid"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}": {
      "parameters": [
        {
          "name": "inbox_identifier",
          "in": "path",
          "required": true,
          "description": "The identifier of the API-channel inbox.",
          "schema": {
            "$ref": "#/components/schemas/InboxIdentifier"
          },
          "examples": {
            "csat-response": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "select-reply": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "form-reply": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "csat-locked": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "not-found": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            }
          }
        },
        {
          "name": "contact_identifier",
          "in": "path",
          "required": true,
          "description": "The contact's `source_id` in the inbox.",
          "schema": {
            "$ref": "#/components/schemas/ContactIdentifier"
          },
          "examples": {
            "csat-response": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "select-reply": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "form-reply": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "csat-locked": {
              "summary": "The docs' contact",
              "value": "contact_identifier_example"
            },
            "not-found": {
              "summary": "The docs' contact",
              "value": "contact_identifier_example"
            }
          }
        },
        {
          "name": "conversation_id",
          "in": "path",
          "required": true,
          "description": "The conversation's display number.",
          "schema": {
            "$ref": "#/components/schemas/Id"
          },
          "examples": {
            "csat-response": {
              "summary": "A conversation with a CSAT survey that can be answered",
              "value": 61
            },
            "select-reply": {
              "summary": "A conversation with a bot's select and form",
              "value": 63
            },
            "form-reply": {
              "summary": "A conversation with a bot's select and form",
              "value": 63
            },
            "csat-locked": {
              "summary": "The docs' conversation, whose CSAT survey is old",
              "value": 56
            },
            "not-found": {
              "summary": "The docs' conversation",
              "value": 56
            }
          }
        },
        {
          "name": "message_id",
          "in": "path",
          "required": true,
          "description": "The message's `id`.",
          "schema": {
            "$ref": "#/components/schemas/Id"
          },
          "examples": {
            "csat-response": {
              "summary": "The CSAT survey of conversation 61 (dated in the future, so never locked)",
              "value": 65
            },
            "select-reply": {
              "summary": "A bot's input_select message",
              "value": 67
            },
            "form-reply": {
              "summary": "A bot's form message",
              "value": 68
            },
            "csat-locked": {
              "summary": "The CSAT survey of conversation 56, sent on 2024-03-01",
              "value": 45
            },
            "not-found": {
              "summary": "No such message in the conversation",
              "value": 999999
            }
          }
        }
      ],
      "patch": {
        "operationId": "updateMessage",
        "x-upstream-operationId": "update-a-message",
        "tags": [
          "Messages API"
        ],
        "summary": "Update a message",
        "description": "Records the contact's answer to an interactive message (an option picked from a select, the fields of a form, a CSAT rating). The values are stored as `content_attributes.submitted_values` of the message, replacing any earlier ones, and the updated message is returned. A CSAT survey (`content_type` `input_csat`) can no longer be answered when today's date (UTC) is more than 14 days after the date it was sent.",
        "x-mock": "Any message of the conversation can be updated, whatever its type, as on the real server. A body without `submitted_values` leaves the message unchanged. The CSAT lock counts calendar days in UTC, as the server does: the date of now minus the date of the message's `created_at` must not be more than 14 (day 14 is still open, whatever the hour). An answer with a rating to a CSAT survey also records the survey's response (seen in `getCsatSurvey`). Bodies are JSON, form-encoded or multipart, as Rails reads all three (`submitted_values[csat_survey_response][rating]=5` is an object, and `submitted_values[][title]=Billing&submitted_values[][value]=billing` an array of them), and unknown fields are dropped, as on the server. A `conversation_id` or `message_id` that is not a number gets 404, as on the server. Strict mode refuses both with 422.",
        "requestBody": {
          "$ref": "#/components/requestBodies/MessageUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/MessageUpdated"
          },
          "404": {
            "$ref": "#/components/responses/MessageNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/MessageUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      },
      "put": {
        "operationId": "putMessage",
        "tags": [
          "Messages API"
        ],
        "summary": "Update a message (PUT)",
        "description": "`updateMessage` sent with PUT. Rails routes PATCH and PUT of `resources :messages` to the same `update` action, so this takes the same body and gives the same answers.",
        "x-mock": "Not in the docs' swagger, which declares PATCH only. The mock answers it with the resolver of `updateMessage`; see that operation's notes.",
        "requestBody": {
          "$ref": "#/components/requestBodies/MessageUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/MessageUpdated"
          },
          "404": {
            "$ref": "#/components/responses/MessageNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/MessageUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/csat_survey/{conversation_uuid}": {
      "get": {
        "operationId": "getCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Get a CSAT survey",
        "description": "Returns the CSAT survey of a conversation, found by the conversation's `uuid` alone (no inbox or contact in the path): the survey message's id, the contact's answer once it is recorded, how to display it, and the inbox's name and avatar. A conversation without a survey message has no survey.",
        "x-mock": "Not in the docs' swagger (the route and `csat_survey_controller.rb` are the source), so it has no upstream operationId. `conversation_id` is the conversation's database id, not its display number, as the server renders it; `created_at` is the survey message's time as an ISO 8601 string.",
        "parameters": [
          {
            "name": "conversation_uuid",
            "in": "path",
            "required": true,
            "description": "The conversation's `uuid`.",
            "schema": {
              "$ref": "#/components/schemas/ConversationUuid"
            },
            "examples": {
              "survey": {
                "summary": "Conversation 56, whose survey is not answered",
                "value": "b1e2c3d4-0000-4000-8000-000000000056"
              },
              "answered": {
                "summary": "Conversation 64, whose survey was answered",
                "value": "b1e2c3d4-0000-4000-8000-000000000064"
              },
              "not-found": {
                "summary": "No conversation has this UUID",
                "value": "00000000-0000-4000-8000-000000000000"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The survey.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CsatSurvey"
                },
                "examples": {
                  "survey": {
                    "summary": "A survey without an answer",
                    "value": {
                      "id": 45,
                      "csat_survey_response": null,
                      "display_type": "emoji",
                      "content": null,
                      "inbox_avatar_url": "",
                      "inbox_name": "Website",
                      "locale": "en",
                      "conversation_id": 1,
                      "created_at": "2024-03-01T11:20:00.000Z"
                    }
                  },
                  "answered": {
                    "summary": "A survey with the contact's recorded answer",
                    "value": {
                      "id": 69,
                      "csat_survey_response": {
                        "id": 1,
                        "account_id": 1,
                        "conversation_id": 9,
                        "message_id": 69,
                        "rating": 4,
                        "feedback_message": "Quick and friendly.",
                        "contact_id": 81,
                        "assigned_agent_id": null,
                        "created_at": "2024-03-09T10:00:00.000Z",
                        "updated_at": "2024-03-09T10:00:00.000Z",
                        "csat_review_notes": null,
                        "review_notes_updated_at": null,
                        "review_notes_updated_by_id": null
                      },
                      "display_type": "emoji",
                      "content": null,
                      "inbox_avatar_url": "",
                      "inbox_name": "Website",
                      "locale": "en",
                      "conversation_id": 9,
                      "created_at": "2024-03-09T09:00:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "put": {
        "operationId": "updateCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Answer a CSAT survey",
        "description": "Records the contact's rating (1 to 5) and feedback for the conversation's CSAT survey, found by the conversation's `uuid`, and returns the survey. The survey can no longer be answered when today's date (UTC) is more than 14 days after the date it was sent.",
        "x-mock": "The body is the server's `{ message: { submitted_values: … } }`, stored in the survey message's `content_attributes.submitted_values` as `updateMessage` stores it. The server records the response (`csat_survey_response`) in a background job after answering, so its answer shows the response as it was before this request; the mock does the same, and the next GET shows the new one. The lock counts calendar days in UTC (see `updateMessage`). The server also takes PATCH (`patchCsatSurvey`); PUT is the method of Chatwoot's own survey page (`app/javascript/survey/api/survey.js`). Not in the docs' swagger (no swagger file has the CSAT endpoints), so it has no upstream operationId.",
        "parameters": [
          {
            "$ref": "#/components/parameters/CsatSurveyUpdateConversationUuid"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/CsatSurveyUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CsatSurveyUpdated"
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/CsatSurveyUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      },
      "patch": {
        "operationId": "patchCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Answer a CSAT survey (PATCH)",
        "description": "`updateCsatSurvey` sent with PATCH. Rails routes PATCH and PUT of `resources :csat_survey` to the same `update` action, so this takes the same body and gives the same answers.",
        "x-mock": "In no swagger file, as `updateCsatSurvey`. The mock answers it with the resolver of `updateCsatSurvey`; see that operation's notes.",
        "parameters": [
          {
            "$ref": "#/components/parameters/CsatSurveyUpdateConversationUuid"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/CsatSurveyUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CsatSurveyUpdated"
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/CsatSurveyUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/rails/active_storage/blobs/redirect/{signed_id}/{filename}": {
      "get": {
        "operationId": "getAttachmentFile",
        "tags": [
          "Attachments"
        ],
        "summary": "Get an attachment's file",
        "description": "The file of a message's attachment, where its `data_url` points: the bytes as they were uploaded, with their media type.",
        "x-mock": "Mock-only: this is Rails' ActiveStorage route (`url_for(file)`), not part of the public client API, declared so that a client of the mock can fetch what `data_url` names. The real server answers it with a 302 to the storage service's URL of the file (S3, GCS, or its own `/rails/active_storage/disk/...`), which serves the bytes; the mock serves them at once, 200 with the file's `content-type`. The signed id finds the file, and the file name is not checked (Rails does not check it either). An unknown signed id gets Rails' 404.",
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "signed_id",
            "in": "path",
            "required": true,
            "description": "The blob's signed id, as `data_url` carries it.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The image of message 28",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d"
              },
              "file": {
                "summary": "The PDF of message 29",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f"
              },
              "not-found": {
                "summary": "No such file",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6OTk5LCJwdXIiOiJibG9iX2lkIn19--0000000000000000000000000000000000000000"
              }
            }
          },
          {
            "name": "filename",
            "in": "path",
            "required": true,
            "description": "The file's name, as `data_url` carries it (not checked).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "Its file name",
                "value": "parcel.png"
              },
              "file": {
                "summary": "Its file name",
                "value": "return-label.pdf"
              },
              "not-found": {
                "summary": "A file name",
                "value": "missing.png"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The file's bytes, with the media type it was uploaded with (any: the two below are the fixtures' files).",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "image": {
                    "summary": "A 4 × 3 PNG, its 73 bytes",
                    "value": "the 73 bytes of the PNG file"
                  }
                }
              },
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "file": {
                    "summary": "A one-page PDF, its 193 bytes",
                    "value": "the 193 bytes of the PDF file"
                  }
                }
              },
              "*/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/FileNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/rails/active_storage/representations/redirect/{signed_blob_id}/{variation_key}/{filename}": {
      "get": {
        "operationId": "getAttachmentThumbnail",
        "tags": [
          "Attachments"
        ],
        "summary": "Get an image attachment's thumbnail",
        "description": "The thumbnail of an image attachment, where its `thumb_url` points (an image at most 250 pixels wide).",
        "x-mock": "Mock-only: this is Rails' ActiveStorage route for a variant (`file.representation(resize_to_fill: [250, nil])`), not part of the public client API. The real server answers it with a 302 to the resized image it makes (once); the mock resizes nothing and serves the image's own bytes, 200 with its `content-type`. The variation key and the file name are not checked. An unknown signed id, or a file that is no image (which has no `thumb_url`), gets Rails' 404.",
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "signed_blob_id",
            "in": "path",
            "required": true,
            "description": "The blob's signed id, as `thumb_url` carries it.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The image of message 28",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d"
              },
              "not-an-image": {
                "summary": "The PDF of message 29, which has no thumbnail",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f"
              }
            }
          },
          {
            "name": "variation_key",
            "in": "path",
            "required": true,
            "description": "The signed transformation (`resize_to_fill` 250 wide), as `thumb_url` carries it (not checked).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The thumbnail's variation",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b"
              },
              "not-an-image": {
                "summary": "The thumbnail's variation",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b"
              }
            }
          },
          {
            "name": "filename",
            "in": "path",
            "required": true,
            "description": "The thumbnail's file name, as `thumb_url` carries it (not checked).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "Its file name",
                "value": "parcel.png"
              },
              "not-an-image": {
                "summary": "A file name",
                "value": "return-label.png"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Success. The image's bytes (not resized), with its media type.",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "image": {
                    "summary": "The 4 × 3 PNG itself",
                    "value": "the 73 bytes of the PNG file"
                  }
                }
              },
              "image/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ThumbnailNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "userApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "api_access_token",
        "description": "A Chatwoot user access token, as the docs declare it. The real server checks no token on the public client API and neither does the mock: the header is optional, accepted and ignored."
      }
    },
    "parameters": {
      "ContactUpdateInboxIdentifier": {
        "name": "inbox_identifier",
        "in": "path",
        "required": true,
        "description": "The identifier of the API-channel inbox.",
        "schema": {
          "$ref": "#/components/schemas/InboxIdentifier"
        },
        "examples": {
          "updated": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "merged": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "email-taken": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "identity-required": {
            "summary": "An inbox that requires identity validation",
            "value": "identity_inbox_example"
          },
          "not-found": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          }
        }
      },
      "ContactUpdateContactIdentifier": {
        "name": "contact_identifier",
        "in": "path",
        "required": true,
        "description": "The contact's `source_id` in the inbox.",
        "schema": {
          "$ref": "#/components/schemas/ContactIdentifier"
        },
        "examples": {
          "updated": {
            "summary": "A contact that only the update sets change",
            "value": "contact_update_example"
          },
          "merged": {
            "summary": "A visitor that only the merge set changes (it is merged into contact 76)",
            "value": "contact_merge_example"
          },
          "email-taken": {
            "summary": "A contact that only the update sets change",
            "value": "contact_update_example"
          },
          "identity-required": {
            "summary": "An identified contact, updated without its hash",
            "value": "identity_contact_example"
          },
          "not-found": {
            "summary": "No such contact in the inbox",
            "value": "contact_identifier_unknown"
          }
        }
      },
      "CsatSurveyUpdateConversationUuid": {
        "name": "conversation_uuid",
        "in": "path",
        "required": true,
        "description": "The conversation's `uuid`.",
        "schema": {
          "$ref": "#/components/schemas/ConversationUuid"
        },
        "examples": {
          "rated": {
            "summary": "Conversation 62, whose survey is dated in the future (so never locked)",
            "value": "b1e2c3d4-0000-4000-8000-000000000062"
          },
          "csat-locked": {
            "summary": "Conversation 56, whose survey was sent on 2024-03-01",
            "value": "b1e2c3d4-0000-4000-8000-000000000056"
          },
          "not-found": {
            "summary": "No conversation has this UUID",
            "value": "00000000-0000-4000-8000-000000000000"
          }
        }
      }
    },
    "requestBodies": {
      "ContactUpdate": {
        "required": false,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            },
            "examples": {
              "updated": {
                "summary": "A new name, email and phone number, and a custom attribute",
                "value": {
                  "name": "Carol Danvers",
                  "email": "carol@example.com",
                  "phone_number": "+14155550123",
                  "custom_attributes": {
                    "plan": "pro"
                  }
                }
              },
              "merged": {
                "summary": "The email of another contact of the account (an identified one), as it has it",
                "value": {
                  "email": "kim@example.com"
                }
              },
              "email-taken": {
                "summary": "The email of another contact of the account, in other letter case",
                "value": {
                  "email": "SAM@example.com"
                }
              },
              "identity-required": {
                "summary": "A new name without the identifier hash the inbox requires",
                "value": {
                  "name": "Dana"
                }
              },
              "not-found": {
                "summary": "A new name for a contact that does not exist",
                "value": {
                  "name": "Dana"
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            }
          }
        }
      },
      "MessageUpdate": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            },
            "examples": {
              "csat-response": {
                "summary": "A CSAT survey answer",
                "value": {
                  "submitted_values": {
                    "csat_survey_response": {
                      "feedback_message": "Great service!",
                      "rating": 5
                    }
                  }
                }
              },
              "select-reply": {
                "summary": "The option picked from an input_select message",
                "value": {
                  "submitted_values": [
                    {
                      "title": "Billing",
                      "value": "billing"
                    }
                  ]
                }
              },
              "form-reply": {
                "summary": "The fields of a form message",
                "value": {
                  "submitted_values": [
                    {
                      "name": "email",
                      "title": "Email",
                      "value": "alice@example.com"
                    }
                  ]
                }
              },
              "csat-locked": {
                "summary": "A CSAT survey answer, more than 14 days after the survey",
                "value": {
                  "submitted_values": {
                    "csat_survey_response": {
                      "feedback_message": "Great service!",
                      "rating": 5
                    }
                  }
                }
              },
              "not-found": {
                "summary": "An answer to a message that does not exist",
                "value": {
                  "submitted_values": [
                    {
                      "title": "Billing",
                      "value": "billing"
                    }
                  ]
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            }
          }
        }
      },
      "CsatSurveyUpdate": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            },
            "examples": {
              "rated": {
                "summary": "A rating with feedback",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4,
                        "feedback_message": "Quick and friendly."
                      }
                    }
                  }
                }
              },
              "csat-locked": {
                "summary": "A rating more than 14 days after the survey",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4,
                        "feedback_message": "Quick and friendly."
                      }
                    }
                  }
                }
              },
              "not-found": {
                "summary": "A rating for a conversation that does not exist",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4
                      }
                    }
                  }
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            }
          }
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
        "description": "Inferred: the body is larger than 1 MB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "payload-too-large": {
                "summary": "Payload Too Large",
                "value": {
                  "status": 413,
                  "error": "Payload Too Large"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "description": "Inferred: the URL is longer than 8 KB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "uri-too-long": {
                "summary": "URI Too Long",
                "value": {
                  "status": 414,
                  "error": "URI Too Long"
                }
              }
            }
          }
        }
      },
      "InsufficientStorage": {
        "description": "Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "insufficient-storage": {
                "summary": "Insufficient Storage",
                "value": {
                  "status": 507,
                  "error": "Insufficient Storage"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Inferred: an internal error, in Rails' default error page shape. The mock sends it only when a fault is asked for (error rate or `Prefer: code=500`).",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "internal": {
                "summary": "A server fault",
                "value": {
                  "status": 500,
                  "error": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "Inferred: the request body is none of the media types the operation takes (JSON, form-encoded, multipart; media type parameters such as `charset` are ignored). The server would ignore such a body; the mock refuses it, so that a client sends what the server reads. The body follows Rails' default error page.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "unsupported-media-type": {
                "summary": "A body sent as text/plain",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts",
                  "contentType": "text/plain",
                  "body": "hi"
                },
                "value": {
                  "status": 415,
                  "error": "Unsupported Media Type"
                }
              }
            }
          }
        }
      },
      "IdentityRefused": {
        "description": "Identity validation failed: `identifier_hash` is not HMAC-SHA256(inbox HMAC token, `identifier`), or it is missing in an inbox that requires identity validation. The server raises a `StandardError` (\"HMAC failed: Invalid Identifier Hash Provided\") that nothing rescues, so Rails answers with its default 500 error page, and so does the mock (in strict mode it answers 401 instead). The same page is the mock's answer to a fault asked for (error rate or `Prefer: code=500`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "identity-required": {
                "summary": "No identifier hash, in an inbox that requires identity validation",
                "value": {
                  "status": 500,
                  "error": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "IdentityRefusedStrict": {
        "description": "Strict mode only (the `strict` option, or `Prefer: handling=strict`): identity validation failed, as for the 500 of the same operation, which is what the real server sends. The docs list 401 here; the body is the one Chatwoot's widget API sends for the same check (`api/v1/widget/contacts_controller.rb`), so that a strict client can tell a refused identity from a fault.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IdentityError"
            },
            "examples": {
              "identity-refused-strict": {
                "summary": "No identifier hash, in an inbox that requires identity validation, in strict mode",
                "x-mock": "Strict mode only, and the widget API's body: the public API's server answers this request with 500.",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/identity_inbox_example/contacts",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "identifier": "user-2002"
                  }
                },
                "value": {
                  "error": "HMAC failed: Invalid Identifier Hash Provided"
                }
              }
            }
          }
        }
      },
      "InboxNotFound": {
        "description": "The given inbox does not exist (the docs' description). The server raises `ActiveRecord::RecordNotFound`, which Rails renders with its default JSON error page; no body carries the docs' sentence.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown inbox",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ContactNotFound": {
        "description": "The given contact does not exist (the docs' description): no contact of the inbox has this `source_id`, or the inbox does not exist. The body is Rails' default JSON error page; no body carries the docs' sentence.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown contact",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ConversationNotFound": {
        "description": "Conversation not found (the docs' description): the contact has no conversation with this display number (a conversation of another contact counts as none, and so, for the conversation endpoints, does one of another inbox unless the contact is verified; the message endpoints find any of the contact's), or the contact or the inbox does not exist. The body is Rails' default JSON error page; no body carries the docs' sentence.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown conversation",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "MessageNotFound": {
        "description": "Inferred (the docs document no 404 here): the conversation has no message with this id, or the conversation, the contact or the inbox does not exist. The body is Rails' default JSON error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown message",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "FileNotFound": {
        "description": "Inferred: no file has this signed id. The body is Rails' default JSON error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown file",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ThumbnailNotFound": {
        "description": "Inferred: no file has this signed id, or the file is no image (it has no `thumb_url`). The body is Rails' default JSON error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-an-image": {
                "summary": "A file without a thumbnail",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "CsatSurveyNotFound": {
        "description": "Inferred (the docs do not document these endpoints): no conversation has this `uuid`, or the conversation has no CSAT survey message. The body is Rails' default JSON error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown conversation",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "InvalidParameters": {
        "description": "Inferred: a path or query parameter is not an integer or is above 2^53 - 1 (for example a `conversation_id` or `before` that is not a number), or a mock-only `Prefer` header asks for a status the operation does not declare. The body uses Chatwoot's validation-error shape. An id or a `before` that is not a number is refused so in strict mode only (`Prefer: handling=strict`): by default the mock answers as the real server does, a non-numeric id with 404 and a non-numeric `before` as `to_i` reads it (an empty list for `abc`).",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalid-conversation-id": {
                "summary": "`conversation_id` is not an integer, in strict mode",
                "x-mock": "Strict mode only: the server (and the mock by default) answers this request with 404.",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/abc",
                  "headers": {
                    "prefer": "handling=strict"
                  }
                },
                "value": {
                  "message": "path parameter \"conversation_id\" must be integer (got \"abc\")",
                  "attributes": [
                    "conversation_id"
                  ],
                  "issues": [
                    {
                      "location": "path",
                      "pointer": "/conversation_id",
                      "keyword": "type",
                      "message": "path parameter \"conversation_id\" must be integer (got \"abc\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ContactInvalid": {
        "description": "Inferred (from the server code; not documented): the body breaks its schema, for example an email or a phone number the server's contact validations refuse (a phone number must end in `+` and 2 to 15 digits), or, in strict mode, a field the endpoint does not take. For the email and the phone number, `message` is the server's own full message (`Email Invalid email`, `Phone number should be in e164 format`); `issues` says which rule of the schema failed.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalid-phone-number": {
                "summary": "A phone number that is not in E.164 form",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts",
                  "body": {
                    "phone_number": "0123"
                  }
                },
                "value": {
                  "message": "Phone number should be in e164 format",
                  "attributes": [
                    "phone_number"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/phone_number",
                      "keyword": "pattern",
                      "message": "body field \"phone_number\" must match (^$)|(\\+[1-9]\\d{1,14}$) (got \"0123\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ContactUpdated": {
        "description": "Success. The whole contact record: the contact's own, or, when its new email or phone number merged it into another contact, the record of that contact.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ContactRecord"
            },
            "examples": {
              "updated": {
                "summary": "The updated contact",
                "value": {
                  "id": 79,
                  "name": "Carol Danvers",
                  "email": "carol@example.com",
                  "phone_number": "+14155550123",
                  "account_id": 1,
                  "created_at": "2024-02-29T09:00:00.000Z",
                  "updated_at": "2026-12-01T01:57:31.052Z",
                  "additional_attributes": {},
                  "identifier": null,
                  "custom_attributes": {
                    "plan": "pro"
                  },
                  "last_activity_at": null,
                  "contact_type": "lead",
                  "middle_name": "",
                  "last_name": "",
                  "location": null,
                  "country_code": null,
                  "blocked": false,
                  "company_id": null
                }
              },
              "merged": {
                "summary": "The contact that had the email, which the visitor was merged into (another id)",
                "value": {
                  "id": 76,
                  "name": "Kim Example",
                  "email": "kim@example.com",
                  "phone_number": null,
                  "account_id": 1,
                  "created_at": "2024-02-29T09:00:00.000Z",
                  "updated_at": "2024-02-29T09:00:00.000Z",
                  "additional_attributes": {},
                  "identifier": "user-1002",
                  "custom_attributes": {},
                  "last_activity_at": null,
                  "contact_type": "lead",
                  "middle_name": "",
                  "last_name": "",
                  "location": null,
                  "country_code": null,
                  "blocked": false,
                  "company_id": null
                }
              }
            }
          }
        }
      },
      "ContactUpdateRejected": {
        "description": "Inferred (from the server code; not documented): the contact fails validation on save (`ActiveRecord::RecordInvalid`): an email the server's contact validation refuses, or an email that another contact of the account has in other letter case (the merge looks the email up as sent and finds no contact; the uniqueness check ignores case); or the body breaks its schema. An email or phone number another contact has exactly merges instead (200).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "email-taken": {
                "summary": "The email of another contact, in other letter case",
                "value": {
                  "message": "Email has already been taken",
                  "attributes": [
                    "email"
                  ]
                }
              },
              "invalid-email": {
                "summary": "An email the server's contact validation refuses",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PATCH",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example",
                  "body": {
                    "email": "carol"
                  }
                },
                "value": {
                  "message": "Email Invalid email",
                  "attributes": [
                    "email"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/email",
                      "keyword": "pattern",
                      "message": "body field \"email\" must match ^([^@\\s]+@[^@\\s]+)?$ (got \"carol\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ConversationInvalid": {
        "description": "Inferred: the body breaks its schema, for example (in strict mode) a field other than `custom_attributes`.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "unknown-field": {
                "summary": "A body field that the endpoint does not take, in strict mode",
                "x-mock": "Strict mode only: the server (and the mock by default) drops the field, as `params.permit` does, and opens the conversation.",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "status": "open"
                  }
                },
                "value": {
                  "message": "body field \"status\" is not allowed",
                  "attributes": [
                    "status"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/status",
                      "keyword": "additionalProperties",
                      "message": "body field \"status\" is not allowed"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TypingInvalid": {
        "description": "Inferred: the body breaks its schema, for example a `typing_status` that is not a string.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "typing-status-not-a-string": {
                "summary": "A `typing_status` that is a number",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/toggle_typing",
                  "body": {
                    "typing_status": 1
                  }
                },
                "value": {
                  "message": "body field \"typing_status\" must be string (got 1)",
                  "attributes": [
                    "typing_status"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/typing_status",
                      "keyword": "type",
                      "message": "body field \"typing_status\" must be string (got 1)"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "MessageInvalid": {
        "description": "Inferred (from the server code; not documented): the message fails validation, for example content longer than 150,000 characters, or more than 200 messages in the conversation within a minute (`Too many messages`, on `base`), or the request is invalid (a parameter of the wrong type, a body that breaks its schema). The mock checks the length as part of the body's schema; its `message` is the server's own (\"Content is too long (maximum is 150000 characters)\"), and `issues` says which rule of the schema failed.",
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "content-too-long": {
                "summary": "Content of 150,001 characters",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "body": {
                    "content": "a"
                  },
                  "repeat": {
                    "pointer": "/content",
                    "text": "a",
                    "times": 150001
                  }
                },
                "value": {
                  "message": "Content is too long (maximum is 150000 characters)",
                  "attributes": [
                    "content"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/content",
                      "keyword": "maxLength",
                      "message": "body field \"content\" must be at most 150000 characters (got 150001)"
                    }
                  ]
                }
              },
              "unknown-field": {
                "summary": "A body field that the endpoint does not take, in strict mode",
                "x-mock": "Strict mode only: the server (and the mock by default) drops the field, as `params.permit` does, and creates the message.",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "content": "hi",
                    "message_type": "incoming"
                  }
                },
                "value": {
                  "message": "body field \"message_type\" is not allowed",
                  "attributes": [
                    "message_type"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message_type",
                      "keyword": "additionalProperties",
                      "message": "body field \"message_type\" is not allowed"
                    }
                  ]
                }
              },
              "too-many-messages": {
                "summary": "The 201st message within a minute in one conversation",
                "x-mock": "The server's flood limit (`Message#prevent_message_flooding`): the conversation already has 200 messages (of any kind) whose `created_at` is at most a minute ago. No single request reaches it on fresh data; the request below asks the mock for the example by name (`Prefer: example=`), and test/scenarios/chatwoot-messages.test.ts sends the 201 messages.",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "headers": {
                    "prefer": "example=too-many-messages"
                  },
                  "body": {
                    "content": "Hello again"
                  }
                },
                "value": {
                  "message": "Too many messages",
                  "attributes": [
                    "base"
                  ]
                }
              }
            }
          }
        }
      },
      "MessageUpdated": {
        "description": "Success. The message with the submitted values in `content_attributes.submitted_values`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessage"
            },
            "examples": {
              "csat-response": {
                "summary": "A CSAT survey message after the contact answered it",
                "value": {
                  "id": 65,
                  "content": "Please rate the conversation",
                  "message_type": 3,
                  "content_type": "input_csat",
                  "content_attributes": {
                    "display_type": "emoji",
                    "submitted_values": {
                      "csat_survey_response": {
                        "feedback_message": "Great service!",
                        "rating": 5
                      }
                    }
                  },
                  "created_at": 4102444800,
                  "conversation_id": 61
                }
              },
              "select-reply": {
                "summary": "An input_select message after the contact picked an option",
                "value": {
                  "id": 67,
                  "content": "Which topic is it about?",
                  "message_type": 1,
                  "content_type": "input_select",
                  "content_attributes": {
                    "items": [
                      {
                        "title": "Billing",
                        "value": "billing"
                      },
                      {
                        "title": "Shipping",
                        "value": "shipping"
                      }
                    ],
                    "submitted_values": [
                      {
                        "title": "Billing",
                        "value": "billing"
                      }
                    ]
                  },
                  "created_at": 1709888400,
                  "conversation_id": 63,
                  "sender": {
                    "id": 2,
                    "name": "Support bot",
                    "avatar_url": "",
                    "type": "agent_bot"
                  }
                }
              },
              "form-reply": {
                "summary": "A form message after the contact filled it in",
                "value": {
                  "id": 68,
                  "content": "How can we reach you?",
                  "message_type": 1,
                  "content_type": "form",
                  "content_attributes": {
                    "items": [
                      {
                        "name": "email",
                        "label": "Email",
                        "type": "email",
                        "placeholder": "Your email"
                      }
                    ],
                    "submitted_values": [
                      {
                        "name": "email",
                        "title": "Email",
                        "value": "alice@example.com"
                      }
                    ]
                  },
                  "created_at": 1709888460,
                  "conversation_id": 63,
                  "sender": {
                    "id": 2,
                    "name": "Support bot",
                    "avatar_url": "",
                    "type": "agent_bot"
                  }
                }
              }
            }
          }
        }
      },
      "MessageUpdateRejected": {
        "description": "Inferred (from the server code; not documented): either the message is a CSAT survey (`content_type` `input_csat`) and today's date (UTC) is more than 14 days after the date it was sent (`CsatLockedError`), or the request is invalid, for example `submitted_values` of the wrong type (`ValidationError`).",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ValidationError"
                },
                {
                  "$ref": "#/components/schemas/CsatLockedError"
                }
              ]
            },
            "examples": {
              "csat-locked": {
                "summary": "A CSAT survey answered more than 14 days after it was sent",
                "value": {
                  "error": "You cannot update the CSAT survey after 14 days"
                }
              },
              "invalid-rating": {
                "summary": "A rating that is not an integer",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PATCH",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/61/messages/65",
                  "body": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": "five"
                      }
                    }
                  }
                },
                "value": {
                  "message": "body field \"submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":\"five\"}})",
                  "attributes": [
                    "submitted_values"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/submitted_values",
                      "keyword": "oneOf",
                      "message": "body field \"submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":\"five\"}})"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "CsatSurveyUpdated": {
        "description": "Success. The survey (its `csat_survey_response` as it was before this answer).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurvey"
            },
            "examples": {
              "rated": {
                "summary": "The survey just answered",
                "value": {
                  "id": 66,
                  "csat_survey_response": null,
                  "display_type": "emoji",
                  "content": null,
                  "inbox_avatar_url": "",
                  "inbox_name": "Website",
                  "locale": "en",
                  "conversation_id": 7,
                  "created_at": "2100-01-01T00:00:00.000Z"
                }
              }
            }
          }
        }
      },
      "CsatSurveyUpdateRejected": {
        "description": "Inferred (from the server code): either today's date (UTC) is more than 14 days after the date the survey was sent (`CsatLockedError`), or the body breaks its schema, for example a rating outside 1 to 5 (`ValidationError`).",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ValidationError"
                },
                {
                  "$ref": "#/components/schemas/CsatLockedError"
                }
              ]
            },
            "examples": {
              "csat-locked": {
                "summary": "A rating more than 14 days after the survey was sent",
                "value": {
                  "error": "You cannot update the CSAT survey after 14 days"
                }
              },
              "invalid-rating": {
                "summary": "A rating above 5",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PUT",
                  "path": "/public/api/v1/csat_survey/b1e2c3d4-0000-4000-8000-000000000062",
                  "body": {
                    "message": {
                      "submitted_values": {
                        "csat_survey_response": {
                          "rating": 6
                        }
                      }
                    }
                  }
                },
                "value": {
                  "message": "body field \"message.submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":6}})",
                  "attributes": [
                    "message"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message/submitted_values",
                      "keyword": "oneOf",
                      "message": "body field \"message.submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":6}})"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": "integer",
        "maximum": 9007199254740991,
        "description": "A conversation display number or a message id. Inferred: at most 2^53 - 1, the largest integer the mock (a JavaScript program) holds exactly. A larger path id names nothing (404), as on the server; strict mode refuses it with 422, and a larger `before` always. Zero and negative numbers name nothing (404), as on the server."
      },
      "InboxIdentifier": {
        "type": "string",
        "minLength": 1,
        "description": "The identifier of an API-channel inbox (the channel's `identifier`, not the numeric inbox id)."
      },
      "ContactIdentifier": {
        "type": "string",
        "minLength": 1,
        "description": "The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it)."
      },
      "ConversationUuid": {
        "type": "string",
        "minLength": 1,
        "description": "A conversation's `uuid`. Not checked as a UUID: anything else names no conversation (404), as on the server."
      },
      "PublicInbox": {
        "type": "object",
        "additionalProperties": false,
        "description": "An API-channel inbox as the public API renders it (`inboxes/show.json.jbuilder` and the `_inbox` partial).",
        "required": [
          "identifier",
          "identity_validation_enabled",
          "name",
          "timezone",
          "working_hours",
          "working_hours_enabled",
          "csat_survey_enabled",
          "greeting_enabled"
        ],
        "properties": {
          "identifier": {
            "type": "string",
            "description": "The inbox's identifier (the `inbox_identifier` of the paths)."
          },
          "identity_validation_enabled": {
            "type": "boolean",
            "description": "Whether every contact request must carry a valid `identifier_hash` (the channel's `hmac_mandatory`)."
          },
          "name": {
            "type": "string"
          },
          "timezone": {
            "type": "string",
            "description": "An IANA time zone name, for example `UTC` or `America/New_York`."
          },
          "working_hours": {
            "type": "array",
            "description": "The weekly schedule, one entry per day.",
            "items": {
              "$ref": "#/components/schemas/WorkingHour"
            }
          },
          "working_hours_enabled": {
            "type": "boolean"
          },
          "csat_survey_enabled": {
            "type": "boolean",
            "description": "Whether resolving a conversation sends a CSAT survey."
          },
          "greeting_enabled": {
            "type": "boolean"
          }
        }
      },
      "WorkingHour": {
        "type": "object",
        "additionalProperties": false,
        "description": "One day of an inbox's weekly schedule.",
        "required": [
          "day_of_week",
          "closed_all_day",
          "open_hour",
          "open_minutes",
          "close_hour",
          "close_minutes",
          "open_all_day"
        ],
        "properties": {
          "day_of_week": {
            "type": "integer",
            "minimum": 0,
            "maximum": 6,
            "description": "0 is Sunday."
          },
          "closed_all_day": {
            "type": "boolean"
          },
          "open_hour": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Null when the inbox is closed all day. A day open all day has 0:00 to 23:59 (the server sets those hours when it saves it)."
          },
          "open_minutes": {
            "type": [
              "integer",
              "null"
            ]
          },
          "close_hour": {
            "type": [
              "integer",
              "null"
            ]
          },
          "close_minutes": {
            "type": [
              "integer",
              "null"
            ]
          },
          "open_all_day": {
            "type": "boolean"
          }
        }
      },
      "PublicContact": {
        "type": "object",
        "additionalProperties": false,
        "description": "A contact as the public API renders it on create and GET: its `source_id` and `pubsub_token` in the inbox, then the contact's id, name, email and phone number.",
        "required": [
          "source_id",
          "pubsub_token",
          "id",
          "name",
          "email",
          "phone_number"
        ],
        "properties": {
          "source_id": {
            "type": "string",
            "description": "The contact's id in the inbox (the `contact_identifier` of the paths)."
          },
          "pubsub_token": {
            "type": "string",
            "description": "The token to subscribe to the contact's events on Chatwoot's websocket (`/cable`)."
          },
          "id": {
            "type": "integer",
            "description": "The contact's id in the account."
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ContactRecord": {
        "type": "object",
        "additionalProperties": true,
        "description": "The whole contact record, as the server renders a Contact model (PATCH contact, and the `contact` of a conversation): every column of `contacts`, timestamps as ISO 8601 strings. Servers that add columns later send them too, hence more fields are allowed.",
        "required": [
          "id",
          "name",
          "email",
          "phone_number",
          "account_id",
          "created_at",
          "updated_at",
          "additional_attributes",
          "identifier",
          "custom_attributes",
          "last_activity_at",
          "contact_type",
          "middle_name",
          "last_name",
          "location",
          "country_code",
          "blocked"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "account_id": {
            "type": "integer"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "additional_attributes": {
            "type": "object",
            "additionalProperties": true
          },
          "identifier": {
            "type": [
              "string",
              "null"
            ],
            "description": "The contact's external identifier (the one identity validation checks)."
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true
          },
          "last_activity_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the contact last sent a message; null before the first one."
          },
          "contact_type": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "visitor",
              "lead",
              "customer",
              null
            ],
            "description": "Inferred: `lead` once the contact has an email or a phone number, else `visitor`."
          },
          "middle_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "location": {
            "type": [
              "string",
              "null"
            ],
            "description": "The contact's city, copied from `additional_attributes.city` on every save; null for a contact of the public API, which cannot set additional attributes."
          },
          "country_code": {
            "type": [
              "string",
              "null"
            ],
            "description": "Copied from `additional_attributes.country` on every save; null for a contact of the public API."
          },
          "blocked": {
            "type": "boolean"
          },
          "company_id": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The contact's company (Chatwoot's companies), a column of current servers (older ones do not send it); null, as the public API never sets it."
          }
        }
      },
      "PublicContactCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The new contact. Fields not listed are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught.",
        "properties": {
          "source_id": {
            "type": "string",
            "minLength": 1,
            "description": "Undocumented in the docs; the server reads it. The contact's id in the inbox, chosen by the client (default: a new UUID). An existing one returns that contact."
          },
          "identifier": {
            "type": "string",
            "description": "External identifier of the contact (your user id)."
          },
          "identifier_hash": {
            "type": "string",
            "description": "HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex."
          },
          "email": {
            "type": "string",
            "pattern": "^([^@\\s]+@[^@\\s]+)?$",
            "description": "Email of the contact (Devise's email pattern, as the server checks it); blank means none."
          },
          "name": {
            "type": "string",
            "description": "Name of the contact."
          },
          "phone_number": {
            "type": "string",
            "pattern": "(^$)|(\\+[1-9]\\d{1,14}$)",
            "description": "Phone number of the contact, ending in E.164 form (the server's own pattern); blank means none."
          },
          "avatar_url": {
            "type": "string",
            "description": "The url to a jpeg, png file for the user avatar (accepted and ignored by the mock)."
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Custom attributes of the customer."
          }
        }
      },
      "PublicContactUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The fields to change; blank ones are left as they are. `identifier` and `identifier_hash` serve identity validation only. Fields not listed are dropped, as on the server (strict mode: 422).",
        "properties": {
          "identifier": {
            "type": "string",
            "description": "External identifier of the contact, for identity validation (never changed)."
          },
          "identifier_hash": {
            "type": "string",
            "description": "HMAC-SHA256 of `identifier` under the inbox's HMAC token, as lowercase hex."
          },
          "email": {
            "type": "string",
            "pattern": "^([^@\\s]+@[^@\\s]+)?$",
            "description": "Email of the contact; blank leaves it as it is."
          },
          "name": {
            "type": "string"
          },
          "phone_number": {
            "type": "string",
            "pattern": "(^$)|(\\+[1-9]\\d{1,14}$)",
            "description": "Phone number of the contact, ending in E.164 form; blank leaves it as it is."
          },
          "avatar_url": {
            "type": "string",
            "description": "The url to a jpeg, png file for the user avatar (accepted and ignored by the mock)."
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Custom attributes, merged into the existing ones."
          }
        }
      },
      "PublicConversation": {
        "type": "object",
        "additionalProperties": false,
        "description": "A conversation as the public API renders it (`_conversation.json.jbuilder`). The docs type `inbox_id` as a string; the server sends an integer.",
        "required": [
          "id",
          "uuid",
          "inbox_id",
          "contact_last_seen_at",
          "status",
          "agent_last_seen_at",
          "messages",
          "contact"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "The conversation's display number (the `conversation_id` of the paths)."
          },
          "uuid": {
            "type": "string",
            "format": "uuid",
            "description": "The conversation's UUID (the `conversation_uuid` of the CSAT survey paths)."
          },
          "inbox_id": {
            "type": "integer",
            "description": "The numeric id of the inbox. The docs say string; the server sends an integer."
          },
          "contact_last_seen_at": {
            "type": "integer",
            "description": "When the contact last saw the conversation, in Unix seconds; 0 if never."
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "resolved",
              "pending",
              "snoozed"
            ]
          },
          "agent_last_seen_at": {
            "type": "integer",
            "description": "When an agent last saw the conversation, in Unix seconds; 0 if never."
          },
          "messages": {
            "type": "array",
            "description": "Every message a client may show (no private notes, no activity messages), oldest first, without the 20-message limit of the message list.",
            "items": {
              "$ref": "#/components/schemas/PublicMessage"
            }
          },
          "contact": {
            "$ref": "#/components/schemas/ContactRecord"
          }
        }
      },
      "PublicConversationList": {
        "type": "array",
        "description": "The contact's conversations, oldest first.",
        "items": {
          "$ref": "#/components/schemas/PublicConversation"
        }
      },
      "PublicConversationCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The new conversation. Fields other than `custom_attributes` are dropped, as the server ignores them (strict mode: 422).",
        "properties": {
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Custom attributes of the conversation."
          }
        }
      },
      "TypingStatusPayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The typing status, in the body (it can also be the query parameter `typing_status`).",
        "properties": {
          "typing_status": {
            "type": "string",
            "description": "`on` or `off`; any other value is ignored, as on the server."
          }
        }
      },
      "PublicMessage": {
        "type": "object",
        "additionalProperties": false,
        "description": "A message as the public client API renders it. The docs type `id`, `message_type`, `created_at`, `conversation_id` and `content_attributes` as strings; the real server sends integers and an object, and this schema follows the server.",
        "required": [
          "id",
          "content",
          "message_type",
          "content_type",
          "content_attributes",
          "created_at",
          "conversation_id"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Id of the message. The docs say string; the server sends an integer."
          },
          "content": {
            "type": [
              "string",
              "null"
            ],
            "description": "Text content of the message; null for messages without text (for example attachments only)."
          },
          "message_type": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3
            ],
            "description": "Direction / kind of the message: 0 incoming (from the contact), 1 outgoing (from an agent or bot), 2 activity, 3 template. The docs say string; the server sends the integer. Activity messages never appear in the list."
          },
          "content_type": {
            "type": "string",
            "enum": [
              "text",
              "input_text",
              "input_textarea",
              "input_email",
              "input_select",
              "cards",
              "form",
              "article",
              "incoming_email",
              "input_csat",
              "integrations",
              "sticker",
              "voice_call"
            ],
            "description": "Content type of the message (the names used by current Chatwoot)."
          },
          "content_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Additional attributes of the content, for example `items` of an `input_select` or a `form`, `in_reply_to`, or `submitted_values` after an update. The docs say string; the server sends an object (`{}` when there are none). Free-form but for `submitted_values`, whose fields are known.",
            "properties": {
              "submitted_values": {
                "description": "The contact's answer, as `updateMessage` stored it.",
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/SubmittedValue"
                  },
                  {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SubmittedValue"
                    }
                  }
                ]
              }
            }
          },
          "created_at": {
            "type": "integer",
            "description": "Creation time in Unix seconds. The docs say string; the server sends an integer."
          },
          "conversation_id": {
            "type": "integer",
            "description": "The conversation's display number (the same number as the `conversation_id` path parameter). The docs say string; the server sends an integer."
          },
          "attachments": {
            "type": "array",
            "minItems": 1,
            "description": "Attachments of the message. The key is left out when the message has none.",
            "items": {
              "$ref": "#/components/schemas/PublicMessageAttachment"
            }
          },
          "sender": {
            "$ref": "#/components/schemas/PublicMessageSender"
          }
        }
      },
      "PublicMessageList": {
        "type": "array",
        "description": "Up to 20 messages, oldest first, without private notes and activity messages.",
        "items": {
          "$ref": "#/components/schemas/PublicMessage"
        }
      },
      "PublicMessageAttachment": {
        "type": "object",
        "additionalProperties": true,
        "description": "An attachment of a message, as the server renders it (its push event data). Which fields come depends on `file_type`: files carry `data_url`, `thumb_url`, `file_size`, `width` and `height`; locations their coordinates; contacts and fallbacks `fallback_title` and `meta`; audio may carry `transcribed_text`.",
        "properties": {
          "id": {
            "type": "integer"
          },
          "message_id": {
            "type": "integer"
          },
          "file_type": {
            "type": "string",
            "enum": [
              "image",
              "audio",
              "video",
              "file",
              "location",
              "fallback",
              "share",
              "story_mention",
              "contact",
              "ig_reel",
              "ig_post",
              "ig_story",
              "embed"
            ],
            "description": "Type of the attached file."
          },
          "account_id": {
            "type": "integer"
          },
          "extension": {
            "type": [
              "string",
              "null"
            ]
          },
          "data_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the file. Can be null when an attachment variant has no external URL."
          },
          "thumb_url": {
            "type": "string",
            "description": "URL of a thumbnail (empty for files without one)."
          },
          "file_size": {
            "type": "integer",
            "description": "Size in bytes."
          },
          "width": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Width of an image; null for other files."
          },
          "height": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Height of an image; null for other files."
          },
          "coordinates_lat": {
            "type": "number",
            "description": "Latitude, for location attachments."
          },
          "coordinates_long": {
            "type": "number",
            "description": "Longitude, for location attachments."
          },
          "fallback_title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Title of a location, fallback or contact attachment."
          },
          "meta": {
            "type": "object",
            "additionalProperties": true,
            "description": "Metadata, for contact attachments."
          },
          "transcribed_text": {
            "type": "string",
            "description": "The transcript of an audio attachment."
          }
        }
      },
      "PublicMessageSender": {
        "type": "object",
        "additionalProperties": false,
        "description": "Who sent the message (its push event data). The key is left out when the message has no sender (for example a CSAT survey or other template message). For a contact (every message created through this API) the server sends `id`, `name`, `email`, `phone_number`, `identifier`, `thumbnail`, `additional_attributes`, `custom_attributes`, `blocked` and `type: contact`, as the contact is now (a renamed contact's messages show the new name); for an agent (`user`) `id`, `name`, `available_name`, `avatar_url`, `availability_status`, `thumbnail`; for a bot (`agent_bot`) `id`, `name`, `avatar_url`; for a Captain assistant (`captain_assistant`) `id`, `name`, `avatar_url`, `description`, `created_at`.",
        "required": [
          "id",
          "name",
          "type"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "Contacts only."
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Contacts only."
          },
          "identifier": {
            "type": [
              "string",
              "null"
            ],
            "description": "The contact's external identifier (contacts only)."
          },
          "thumbnail": {
            "type": "string",
            "description": "Avatar URL (empty when there is none). Always empty in the mock: the server fetches a contact's Gravatar in a background job, which the mock does not run (see `createContact`)."
          },
          "additional_attributes": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "Contacts only."
          },
          "custom_attributes": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "Contacts only."
          },
          "blocked": {
            "type": "boolean",
            "description": "Whether the contact is blocked (contacts only)."
          },
          "available_name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Display name of an agent (users only)."
          },
          "avatar_url": {
            "type": "string",
            "description": "Avatar URL of an agent, a bot or a Captain assistant."
          },
          "availability_status": {
            "type": [
              "string",
              "null"
            ],
            "description": "Availability of an agent, for example `online`, `busy` or `offline` (users only)."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description of a Captain assistant."
          },
          "created_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When a Captain assistant was created, as an ISO 8601 string."
          },
          "type": {
            "type": "string",
            "enum": [
              "contact",
              "user",
              "agent_bot",
              "captain_assistant"
            ]
          }
        }
      },
      "PublicMessageCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The new message. Fields other than `content` and `echo_id` are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught.",
        "properties": {
          "content": {
            "type": "string",
            "maxLength": 150000,
            "description": "Text of the message, at most 150,000 characters."
          },
          "echo_id": {
            "type": "string",
            "description": "A temporary client-side identifier; the real server passes it back on websocket events only, not in the response."
          }
        }
      },
      "PublicMessageCreateForm": {
        "type": "object",
        "additionalProperties": false,
        "description": "The new message as a multipart form: the fields of `PublicMessageCreatePayload`, and its files, each an `attachments[]` part with a file name, whose own `Content-Type` decides the attachment's `file_type`. Other fields are dropped, as the server drops them (strict mode: 422).",
        "properties": {
          "content": {
            "type": "string",
            "maxLength": 150000,
            "description": "Text of the message, at most 150,000 characters."
          },
          "echo_id": {
            "type": "string",
            "description": "A temporary client-side identifier; the real server passes it back on websocket events only, not in the response."
          },
          "attachments": {
            "type": "array",
            "description": "The files (`attachments[]` parts), in the order of the message's `attachments`.",
            "items": {
              "type": "string",
              "format": "binary"
            }
          }
        }
      },
      "PublicMessageUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The contact's answer to an interactive message. Fields other than `submitted_values` (and, inside it, other than the documented ones) are dropped, as the server drops them; strict mode refuses them (422), so that client typos are caught.",
        "properties": {
          "submitted_values": {
            "description": "The submitted values: one object (the docs' form, used for CSAT answers) or an array of objects (one per selected option or form field). Stored as `content_attributes.submitted_values`, as given.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/SubmittedValue"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/SubmittedValue"
                }
              }
            ]
          }
        }
      },
      "SubmittedValue": {
        "type": "object",
        "additionalProperties": false,
        "description": "One submitted value (replies to bot message types such as input_select, form or input_csat). The server keeps only these fields.",
        "properties": {
          "name": {
            "type": "string",
            "description": "Name of the submitted field (form messages)."
          },
          "title": {
            "type": "string",
            "description": "Title of the selected option or field."
          },
          "value": {
            "type": "string",
            "description": "The value."
          },
          "csat_survey_response": {
            "$ref": "#/components/schemas/CsatSurveyResponse"
          }
        }
      },
      "CsatSurveyResponse": {
        "type": "object",
        "additionalProperties": false,
        "description": "The contact's answer to a CSAT survey (`input_csat` message).",
        "properties": {
          "feedback_message": {
            "type": "string",
            "description": "Free-text feedback."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The rating, 1 to 5. Mock decision: any other number gets 422; the real server takes it and then fails to record the response in the background."
          }
        }
      },
      "CsatSurvey": {
        "type": "object",
        "additionalProperties": false,
        "description": "A conversation's CSAT survey as the server renders it (`_csat_survey.json.jbuilder`): the survey message's id and time, the recorded response, and how to show the survey.",
        "required": [
          "id",
          "csat_survey_response",
          "display_type",
          "content",
          "inbox_avatar_url",
          "inbox_name",
          "locale",
          "conversation_id",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "The id of the survey message (`content_type` `input_csat`)."
          },
          "csat_survey_response": {
            "description": "The contact's recorded answer; null until one is recorded.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/CsatSurveyResponseRecord"
              },
              {
                "type": "null"
              }
            ]
          },
          "display_type": {
            "type": "string",
            "description": "How to show the rating (`emoji` unless the inbox's CSAT settings say otherwise, for example `star`)."
          },
          "content": {
            "type": [
              "string",
              "null"
            ],
            "description": "The inbox's own survey text; null when it has none."
          },
          "inbox_avatar_url": {
            "type": "string",
            "description": "The inbox's avatar URL (empty when there is none)."
          },
          "inbox_name": {
            "type": "string"
          },
          "locale": {
            "type": "string",
            "description": "The account's locale, for example `en`."
          },
          "conversation_id": {
            "type": "integer",
            "description": "The conversation's database id (not its display number), as the server renders it."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the survey was sent, as an ISO 8601 string."
          }
        }
      },
      "CsatSurveyResponseRecord": {
        "type": "object",
        "additionalProperties": true,
        "description": "A recorded CSAT response, as the server renders the model: every column of `csat_survey_responses`. Servers that add columns later send them too, hence more fields are allowed.",
        "required": [
          "id",
          "account_id",
          "conversation_id",
          "message_id",
          "rating",
          "feedback_message",
          "contact_id",
          "assigned_agent_id",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "account_id": {
            "type": "integer"
          },
          "conversation_id": {
            "type": "integer",
            "description": "The conversation's database id."
          },
          "message_id": {
            "type": "integer",
            "description": "The survey message's id."
          },
          "rating": {
            "type": "integer"
          },
          "feedback_message": {
            "type": [
              "string",
              "null"
            ]
          },
          "contact_id": {
            "type": "integer"
          },
          "assigned_agent_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "csat_review_notes": {
            "type": [
              "string",
              "null"
            ],
            "description": "The agents' review notes on the response, a column of current servers (older ones do not send it); null, as only the agents' dashboard writes it."
          },
          "review_notes_updated_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the review notes were last changed; null while there are none."
          },
          "review_notes_updated_by_id": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The user who last changed the review notes; null while there are none."
          }
        }
      },
      "CsatSurveyUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The answer, as the server takes it. Mock decision: `message` is required (without it the server fails with 500) and other fields are dropped, as on the server (strict mode: 422).",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "$ref": "#/components/schemas/PublicMessageUpdatePayload"
          }
        }
      },
      "RailsError": {
        "type": "object",
        "additionalProperties": false,
        "description": "Rails' default JSON error page, used for 404, 413, 414, 415, 500 and 507.",
        "required": [
          "status",
          "error"
        ],
        "properties": {
          "status": {
            "type": "integer",
            "description": "The HTTP status code, repeated."
          },
          "error": {
            "type": "string",
            "description": "The HTTP reason phrase, for example `Not Found`."
          }
        }
      },
      "ValidationError": {
        "type": "object",
        "additionalProperties": false,
        "description": "Chatwoot's body for a record that fails validation (`ActiveRecord::RecordInvalid`): `message` holds the full messages joined by \", \", `attributes` the names of the invalid attributes. The mock uses the same shape for invalid requests, and then also lists every violation in `issues` (a field of the mock's own; the real server never sends it).",
        "required": [
          "message",
          "attributes"
        ],
        "properties": {
          "message": {
            "type": "string"
          },
          "attributes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "issues": {
            "type": "array",
            "description": "Mock only. Every violation of the request's parameters or body.",
            "items": {
              "$ref": "#/components/schemas/Issue"
            }
          }
        }
      },
      "CsatLockedError": {
        "type": "object",
        "additionalProperties": false,
        "description": "Sent when a CSAT survey is answered when today's date (UTC) is more than 14 days after the date it was sent; the `error` is always \"You cannot update the CSAT survey after 14 days\".",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string"
          }
        }
      },
      "IdentityError": {
        "type": "object",
        "additionalProperties": false,
        "description": "A refused identity; the `error` is \"HMAC failed: Invalid Identifier Hash Provided\".",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string"
          }
        }
      },
      "Issue": {
        "type": "object",
        "additionalProperties": false,
        "description": "One violation of the request.",
        "required": [
          "location",
          "pointer",
          "keyword",
          "message"
        ],
        "properties": {
          "location": {
            "type": "string",
            "enum": [
              "path",
              "query",
              "header",
              "body",
              "security"
            ],
            "description": "Where the violation is."
          },
          "pointer": {
            "type": "string",
            "description": "JSON pointer to the offending value, relative to the location (e.g. `/content` in the body, `/before` in the query)."
          },
          "keyword": {
            "type": "string",
            "description": "The schema keyword that failed, for example `type`, `maxLength` or `additionalProperties`."
          },
          "message": {
            "type": "string",
            "description": "What was expected."
          }
        }
      }
    }
  }
} as unknown as OpenAPIV3_1.Document
