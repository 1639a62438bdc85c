// Generated from specs/chatwoot.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Chatwoot public client API (messages)",
    "version": "1.0.0-chatmock",
    "contact": {
      "name": "Chatwoot developer documentation",
      "url": "https://developers.chatwoot.com/api-reference/introduction"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "description": "The message endpoints of Chatwoot's public client API (the `MessagesAPIApi` of the generated\nPython client, built from Chatwoot's `client_swagger.json`), written down for chatmock. A\ncontact talks to an API-channel inbox through these endpoints. Where the docs contradict\nChatwoot's own server code, this spec follows the server and says so; where the behaviour is\nthe mock's own choice, the operation carries an `x-mock` note.\n\n- Auth: the real server checks no token on `/public/api/*`. `api_access_token` (which the\n  generated client sends on the list call) is accepted and ignored. The 401 that the docs\n  list is declared, but it is never sent.\n- Path ids: `inbox_identifier` is the API inbox's identifier (not its numeric id),\n  `contact_identifier` is the contact's `source_id`, `conversation_id` is the conversation's\n  per-account display number (not its database id), `message_id` is the message's id.\n- Messages are rendered as the real server renders them, not as the docs type them: `id`,\n  `message_type`, `created_at` and `conversation_id` are integers, `content_attributes` is an\n  object, `created_at` is in Unix seconds, and `attachments` / `sender` are left out when\n  there are none.\n- Create takes only `content` and `echo_id`; the new message is incoming, from the contact.\n  Content longer than 150,000 characters gets 422 `{ message, attributes }`.\n- List leaves out private notes and activity messages and returns the latest 20, oldest\n  first; `before=<message id>` pages backwards.\n- Update takes only `submitted_values`, stores them under\n  `content_attributes.submitted_values` and echoes the message; a CSAT survey message older\n  than 14 days gets 422 `{ error }`.\n- An unknown inbox, contact, conversation or message gets 404\n  `{ \"status\": 404, \"error\": \"Not Found\" }` (Rails' default JSON error page).\n- Invalid input (a path or query parameter of the wrong type, a body that breaks its schema)\n  gets 422 in Chatwoot's validation-error shape; request bodies must be `application/json`\n  (anything else gets 415).\n- The default data contains the docs' example ids: inbox `inbox_identifier_example`, contact\n  `contact_identifier_example`, conversation 56 with a message 56.\n"
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
      "name": "Messages API",
      "description": "Messages of a contact's conversation in an API-channel inbox, seen from the contact's side (the end user of a custom chat interface)."
    }
  ],
  "paths": {
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InboxIdentifier"
        },
        {
          "$ref": "#/components/parameters/ContactIdentifier"
        },
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "get": {
        "operationId": "listMessages",
        "tags": [
          "Messages API"
        ],
        "summary": "List all messages",
        "description": "Returns the messages of one conversation of the contact that a client may show: private notes and activity messages are left out. Without `before`, the latest 20 messages come back, oldest first; with `before`, the 20 messages that precede the given message.",
        "x-mock": "`api_access_token` is accepted and ignored, as the real server does. Messages are ordered by `created_at`, then `id`. `before` that matches no message still pages by id (messages with a smaller id). A parameter of the wrong type gets 422 `ValidationError`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Before"
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
                    "summary": "Conversation 56 of contact `contact_identifier_example`",
                    "value": [
                      {
                        "id": 55,
                        "content": "Hi! How can we help you today?",
                        "message_type": 1,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1716999000,
                        "conversation_id": 56,
                        "sender": {
                          "id": 3,
                          "name": "John Agent",
                          "available_name": "John",
                          "avatar_url": "",
                          "thumbnail": "",
                          "type": "user",
                          "availability_status": "online"
                        }
                      },
                      {
                        "id": 56,
                        "content": "Hello, how can I help you?",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1717000000,
                        "conversation_id": 56,
                        "sender": {
                          "id": 77,
                          "name": "Alice",
                          "email": "alice@example.com",
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
                        "id": 57,
                        "content": "Here is the invoice.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1717000060,
                        "conversation_id": 56,
                        "attachments": [
                          {
                            "id": 9,
                            "message_id": 57,
                            "account_id": 1,
                            "file_type": "file",
                            "extension": "pdf",
                            "data_url": "https://app.chatwoot.com/rails/active_storage/blobs/redirect/invoice.pdf",
                            "thumb_url": "",
                            "file_size": 48213
                          }
                        ],
                        "sender": {
                          "id": 77,
                          "name": "Alice",
                          "email": "alice@example.com",
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
                    "summary": "A conversation without visible messages, or a page before the first message",
                    "value": []
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "tags": [
          "Messages API"
        ],
        "summary": "Create a message",
        "description": "Posts a message from the contact into the conversation. The message is always incoming, sent by the contact; only its text and an optional client-side `echo_id` can be given.",
        "x-mock": "Only `application/json` bodies are accepted (the real server also takes form-encoded and multipart bodies with `attachments[]`; the mock does not, and answers 415). Unknown body fields get 422 instead of being dropped silently. `echo_id` is not stored and not part of the response (the real server only passes it on to websocket events). The new message gets the next message id and `content_type` `text`.",
        "requestBody": {
          "required": true,
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
                      "id": 4213,
                      "content": "Hello, how can I help you?",
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1717000000,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Alice",
                        "email": null,
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
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
          "$ref": "#/components/parameters/InboxIdentifier"
        },
        {
          "$ref": "#/components/parameters/ContactIdentifier"
        },
        {
          "$ref": "#/components/parameters/ConversationId"
        },
        {
          "$ref": "#/components/parameters/MessageId"
        }
      ],
      "patch": {
        "operationId": "updateMessage",
        "tags": [
          "Messages API"
        ],
        "summary": "Update a message",
        "description": "Records the contact's answer to an interactive message (an option picked from a select, the fields of a form, a CSAT rating). The values are stored as `content_attributes.submitted_values` of the message, replacing any earlier ones, and the updated message is returned.",
        "x-mock": "Any message of the conversation can be updated, whatever its type, as on the real server. A body without `submitted_values` leaves the message unchanged. The CSAT lock applies to messages with `content_type` `input_csat` whose `created_at` is more than 14 days (336 hours) before now. Only `application/json` bodies are accepted (415 otherwise), and unknown fields get 422 instead of being dropped silently.",
        "requestBody": {
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
                        "title": "test",
                        "value": "test"
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
                }
              }
            }
          }
        },
        "responses": {
          "200": {
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
                      "id": 56,
                      "content": "Please rate the conversation",
                      "message_type": 3,
                      "content_type": "input_csat",
                      "content_attributes": {
                        "submitted_values": {
                          "csat_survey_response": {
                            "feedback_message": "Great service!",
                            "rating": 5
                          }
                        }
                      },
                      "created_at": 1717000000,
                      "conversation_id": 56
                    }
                  },
                  "select-reply": {
                    "summary": "An input_select message after the contact picked an option",
                    "value": {
                      "id": 58,
                      "content": "Which topic is it about?",
                      "message_type": 1,
                      "content_type": "input_select",
                      "content_attributes": {
                        "items": [
                          {
                            "title": "test",
                            "value": "test"
                          },
                          {
                            "title": "billing",
                            "value": "billing"
                          }
                        ],
                        "submitted_values": [
                          {
                            "title": "test",
                            "value": "test"
                          }
                        ]
                      },
                      "created_at": 1717000120,
                      "conversation_id": 56,
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
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
      "InboxIdentifier": {
        "name": "inbox_identifier",
        "in": "path",
        "required": true,
        "description": "The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's `identifier`, not the numeric inbox id).",
        "example": "inbox_identifier_example",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "ContactIdentifier": {
        "name": "contact_identifier",
        "in": "path",
        "required": true,
        "description": "The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless the client chose it).",
        "example": "contact_identifier_example",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "ConversationId": {
        "name": "conversation_id",
        "in": "path",
        "required": true,
        "description": "The conversation's display number (the per-account sequential `id` shown in the Chatwoot UI and returned by the public conversation endpoints), not its database id.",
        "example": 56,
        "schema": {
          "type": "integer"
        }
      },
      "MessageId": {
        "name": "message_id",
        "in": "path",
        "required": true,
        "description": "The message's id (`id` of a `PublicMessage`).",
        "example": 56,
        "schema": {
          "type": "integer"
        }
      },
      "Before": {
        "name": "before",
        "in": "query",
        "required": false,
        "description": "Undocumented in the docs; the real server reads it. A message id: only messages with a smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the first message of a page fetches the page before it.",
        "example": 56,
        "schema": {
          "type": "integer"
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
        "description": "Inferred: the body is larger than 1 MB, the most the mock reads.",
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
      "Unauthorized": {
        "description": "Unauthorized. Documented by Chatwoot for this operation, but the real server never renders it (the public client API checks no credentials) and the mock never sends it. Declared only because the docs list it, with the docs' schema.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/BadRequestError"
            },
            "examples": {
              "unauthorized": {
                "summary": "The documented shape (never sent)",
                "value": {
                  "description": "Unauthorized",
                  "errors": [
                    {
                      "field": "api_access_token",
                      "message": "is invalid",
                      "code": "invalid"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Inferred: the inbox, the contact (by `source_id` in that inbox), the conversation (by display number, among the contact's conversations) or the message does not exist. The real server raises `ActiveRecord::RecordNotFound`, which Rails renders with its default JSON error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown inbox, contact, conversation or message",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "Inferred: the request body is not `application/json` (media type parameters such as `charset` are ignored). The body follows Rails' default error page.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "unsupported-media-type": {
                "summary": "A body sent as text/plain",
                "value": {
                  "status": 415,
                  "error": "Unsupported Media Type"
                }
              }
            }
          }
        }
      },
      "InvalidParameters": {
        "description": "Inferred: a path or query parameter has the wrong type (for example a `conversation_id` or `before` that is not an integer). The body uses Chatwoot's validation-error shape.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalid-before": {
                "summary": "`before` is not an integer",
                "value": {
                  "message": "before must be integer",
                  "attributes": [
                    "before"
                  ],
                  "issues": [
                    {
                      "location": "query",
                      "pointer": "/before",
                      "keyword": "type",
                      "message": "must be integer"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "MessageInvalid": {
        "description": "Inferred (from the server code; not documented): the message fails validation, for example content longer than 150,000 characters, or the request is invalid (a parameter of the wrong type, a body that breaks its schema).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "content-too-long": {
                "summary": "Content of 150,001 characters",
                "value": {
                  "message": "Content is too long (maximum is 150000 characters)",
                  "attributes": [
                    "content"
                  ]
                }
              },
              "unknown-field": {
                "summary": "A body field that the endpoint does not take",
                "value": {
                  "message": "Request body must not have additional property message_type",
                  "attributes": [
                    "message_type"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message_type",
                      "keyword": "additionalProperties",
                      "message": "must NOT have additional properties"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "MessageUpdateRejected": {
        "description": "Inferred (from the server code; not documented): either the message is a CSAT survey (`content_type` `input_csat`) created more than 14 days ago, which can no longer be answered (`CsatLockedError`), or the request is invalid, for example `submitted_values` of the wrong type (`ValidationError`).",
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
                "summary": "A CSAT survey answered after 14 days",
                "value": {
                  "error": "You cannot update the CSAT survey after 14 days"
                }
              },
              "invalid-rating": {
                "summary": "A rating that is not an integer",
                "value": {
                  "message": "submitted_values.csat_survey_response.rating must be integer",
                  "attributes": [
                    "submitted_values"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/submitted_values/csat_survey_response/rating",
                      "keyword": "type",
                      "message": "must be integer"
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
            "description": "Additional attributes of the content, for example `items` of an `input_select`, `in_reply_to`, or `submitted_values` after an update. The docs say string; the server sends an object (`{}` when there are none)."
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
        "description": "An attachment of a message, as the server renders it (its push event data).",
        "properties": {
          "id": {
            "type": "integer"
          },
          "message_id": {
            "type": "integer"
          },
          "account_id": {
            "type": "integer"
          },
          "file_type": {
            "type": "string",
            "description": "Kind of file, for example `image`, `audio`, `video`, `file` or `location`."
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
            "description": "URL of the file."
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
            ]
          },
          "height": {
            "type": [
              "integer",
              "null"
            ]
          }
        }
      },
      "PublicMessageSender": {
        "type": "object",
        "additionalProperties": false,
        "description": "Who sent the message. The key is left out when the message has no sender (for example a CSAT survey or other template message). For a contact (every message created through this API) the server sends `id`, `name`, `email`, `phone_number`, `identifier`, `thumbnail`, `additional_attributes`, `custom_attributes`, `blocked` and `type: contact`; for an agent or bot it sends `id`, `name`, `type` and, depending on the kind, `available_name`, `avatar_url`, `availability_status`, `thumbnail`.",
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
            "description": "Avatar URL (empty when there is none)."
          },
          "additional_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Contacts only."
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Contacts only."
          },
          "blocked": {
            "type": "boolean",
            "description": "Whether the contact is blocked (contacts only)."
          },
          "available_name": {
            "type": "string",
            "description": "Display name of an agent (users only)."
          },
          "avatar_url": {
            "type": "string",
            "description": "Avatar URL of an agent or bot."
          },
          "availability_status": {
            "type": [
              "string",
              "null"
            ],
            "description": "Availability of an agent, for example `online`, `busy` or `offline` (users only)."
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
        "description": "The new message. Mock decision: fields other than `content` and `echo_id` are rejected (422) so that client typos are caught; the real server drops them silently.",
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
      "PublicMessageUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "description": "The contact's answer to an interactive message. Mock decision: fields other than `submitted_values` (and, inside it, other than the documented ones) are rejected (422) so that client typos are caught; the real server drops them silently.",
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
        "description": "One submitted value (replies to bot message types such as input_select, form or input_csat).",
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
            "description": "The rating, usually 1 to 5."
          }
        }
      },
      "RailsError": {
        "type": "object",
        "additionalProperties": false,
        "description": "Rails' default JSON error page, used for 404 and 415.",
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
        "description": "Sent when a CSAT survey message is answered more than 14 days after it was created; the `error` is always \"You cannot update the CSAT survey after 14 days\".",
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
      },
      "BadRequestError": {
        "type": "object",
        "additionalProperties": false,
        "title": "data",
        "description": "The error shape that Chatwoot's docs declare for 401 on these operations. The real server never renders it on the public client API, and the mock never sends it.",
        "properties": {
          "description": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RequestError"
            }
          }
        }
      },
      "RequestError": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "field": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "code": {
            "type": "string"
          }
        }
      }
    }
  }
} as unknown as OpenAPIV3_1.Document

/** The spec as written: served and printed as it is, comments and key order kept. */
export const sourceText = "openapi: 3.1.0\ninfo:\n  title: Chatwoot public client API (messages)\n  version: 1.0.0-chatmock\n  contact:\n    name: Chatwoot developer documentation\n    url: https://developers.chatwoot.com/api-reference/introduction\n  license:\n    name: MIT\n    identifier: MIT\n  description: |\n    The message endpoints of Chatwoot's public client API (the `MessagesAPIApi` of the generated\n    Python client, built from Chatwoot's `client_swagger.json`), written down for chatmock. A\n    contact talks to an API-channel inbox through these endpoints. Where the docs contradict\n    Chatwoot's own server code, this spec follows the server and says so; where the behaviour is\n    the mock's own choice, the operation carries an `x-mock` note.\n\n    - Auth: the real server checks no token on `/public/api/*`. `api_access_token` (which the\n      generated client sends on the list call) is accepted and ignored. The 401 that the docs\n      list is declared, but it is never sent.\n    - Path ids: `inbox_identifier` is the API inbox's identifier (not its numeric id),\n      `contact_identifier` is the contact's `source_id`, `conversation_id` is the conversation's\n      per-account display number (not its database id), `message_id` is the message's id.\n    - Messages are rendered as the real server renders them, not as the docs type them: `id`,\n      `message_type`, `created_at` and `conversation_id` are integers, `content_attributes` is an\n      object, `created_at` is in Unix seconds, and `attachments` / `sender` are left out when\n      there are none.\n    - Create takes only `content` and `echo_id`; the new message is incoming, from the contact.\n      Content longer than 150,000 characters gets 422 `{ message, attributes }`.\n    - List leaves out private notes and activity messages and returns the latest 20, oldest\n      first; `before=<message id>` pages backwards.\n    - Update takes only `submitted_values`, stores them under\n      `content_attributes.submitted_values` and echoes the message; a CSAT survey message older\n      than 14 days gets 422 `{ error }`.\n    - An unknown inbox, contact, conversation or message gets 404\n      `{ \"status\": 404, \"error\": \"Not Found\" }` (Rails' default JSON error page).\n    - Invalid input (a path or query parameter of the wrong type, a body that breaks its schema)\n      gets 422 in Chatwoot's validation-error shape; request bodies must be `application/json`\n      (anything else gets 415).\n    - The default data contains the docs' example ids: inbox `inbox_identifier_example`, contact\n      `contact_identifier_example`, conversation 56 with a message 56.\nservers:\n  - url: https://app.chatwoot.com\n    description: Chatwoot Cloud (documented server URL). Self-hosted installations use their own host.\nsecurity:\n  - {}\n  - userApiKey: []\ntags:\n  - name: Messages API\n    description: >-\n      Messages of a contact's conversation in an API-channel inbox, seen from the contact's side\n      (the end user of a custom chat interface).\npaths:\n  /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages:\n    parameters:\n      - $ref: '#/components/parameters/InboxIdentifier'\n      - $ref: '#/components/parameters/ContactIdentifier'\n      - $ref: '#/components/parameters/ConversationId'\n    get:\n      operationId: listMessages\n      tags: [Messages API]\n      summary: List all messages\n      description: >-\n        Returns the messages of one conversation of the contact that a client may show: private\n        notes and activity messages are left out. Without `before`, the latest 20 messages come\n        back, oldest first; with `before`, the 20 messages that precede the given message.\n      x-mock: >-\n        `api_access_token` is accepted and ignored, as the real server does. Messages are ordered\n        by `created_at`, then `id`. `before` that matches no message still pages by id (messages\n        with a smaller id). A parameter of the wrong type gets 422 `ValidationError`.\n      parameters:\n        - $ref: '#/components/parameters/Before'\n      responses:\n        '200':\n          description: Success. Up to 20 messages, oldest first.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/PublicMessageList'\n              examples:\n                docs-example:\n                  summary: Conversation 56 of contact `contact_identifier_example`\n                  value:\n                    - id: 55\n                      content: Hi! How can we help you today?\n                      message_type: 1\n                      content_type: text\n                      content_attributes: {}\n                      created_at: 1716999000\n                      conversation_id: 56\n                      sender:\n                        id: 3\n                        name: John Agent\n                        available_name: John\n                        avatar_url: ''\n                        thumbnail: ''\n                        type: user\n                        availability_status: online\n                    - id: 56\n                      content: Hello, how can I help you?\n                      message_type: 0\n                      content_type: text\n                      content_attributes: {}\n                      created_at: 1717000000\n                      conversation_id: 56\n                      sender:\n                        id: 77\n                        name: Alice\n                        email: alice@example.com\n                        phone_number: null\n                        identifier: null\n                        thumbnail: ''\n                        additional_attributes: {}\n                        custom_attributes: {}\n                        blocked: false\n                        type: contact\n                    - id: 57\n                      content: Here is the invoice.\n                      message_type: 0\n                      content_type: text\n                      content_attributes: {}\n                      created_at: 1717000060\n                      conversation_id: 56\n                      attachments:\n                        - id: 9\n                          message_id: 57\n                          account_id: 1\n                          file_type: file\n                          extension: pdf\n                          data_url: https://app.chatwoot.com/rails/active_storage/blobs/redirect/invoice.pdf\n                          thumb_url: ''\n                          file_size: 48213\n                      sender:\n                        id: 77\n                        name: Alice\n                        email: alice@example.com\n                        phone_number: null\n                        identifier: null\n                        thumbnail: ''\n                        additional_attributes: {}\n                        custom_attributes: {}\n                        blocked: false\n                        type: contact\n                empty:\n                  summary: A conversation without visible messages, or a page before the first message\n                  value: []\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '422':\n          $ref: '#/components/responses/InvalidParameters'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n    post:\n      operationId: createMessage\n      tags: [Messages API]\n      summary: Create a message\n      description: >-\n        Posts a message from the contact into the conversation. The message is always incoming,\n        sent by the contact; only its text and an optional client-side `echo_id` can be given.\n      x-mock: >-\n        Only `application/json` bodies are accepted (the real server also takes form-encoded and\n        multipart bodies with `attachments[]`; the mock does not, and answers 415). Unknown body\n        fields get 422 instead of being dropped silently. `echo_id` is not stored and not part of\n        the response (the real server only passes it on to websocket events). The new message gets\n        the next message id and `content_type` `text`.\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/PublicMessageCreatePayload'\n            examples:\n              docs-example:\n                summary: A text message with an echo id (the docs' example values)\n                value:\n                  content: Hello, how can I help you?\n                  echo_id: '1234567890'\n              content-only:\n                summary: Just the text\n                value:\n                  content: Do you ship to Canada?\n      responses:\n        '200':\n          description: Success. The created message.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/PublicMessage'\n              examples:\n                docs-example:\n                  summary: The incoming message created from the docs' example body\n                  value:\n                    id: 4213\n                    content: Hello, how can I help you?\n                    message_type: 0\n                    content_type: text\n                    content_attributes: {}\n                    created_at: 1717000000\n                    conversation_id: 56\n                    sender:\n                      id: 77\n                      name: Alice\n                      email: null\n                      phone_number: null\n                      identifier: null\n                      thumbnail: ''\n                      additional_attributes: {}\n                      custom_attributes: {}\n                      blocked: false\n                      type: contact\n          links:\n            UpdateMessage:\n              operationId: updateMessage\n              description: Submit values for the created message (for example a reply to a bot's form).\n              parameters:\n                inbox_identifier: $request.path.inbox_identifier\n                contact_identifier: $request.path.contact_identifier\n                conversation_id: $request.path.conversation_id\n                message_id: $response.body#/id\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '413':\n          $ref: '#/components/responses/PayloadTooLarge'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '415':\n          $ref: '#/components/responses/UnsupportedMediaType'\n        '422':\n          $ref: '#/components/responses/MessageInvalid'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n        '507':\n          $ref: '#/components/responses/InsufficientStorage'\n  /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}:\n    parameters:\n      - $ref: '#/components/parameters/InboxIdentifier'\n      - $ref: '#/components/parameters/ContactIdentifier'\n      - $ref: '#/components/parameters/ConversationId'\n      - $ref: '#/components/parameters/MessageId'\n    patch:\n      operationId: updateMessage\n      tags: [Messages API]\n      summary: Update a message\n      description: >-\n        Records the contact's answer to an interactive message (an option picked from a select,\n        the fields of a form, a CSAT rating). The values are stored as\n        `content_attributes.submitted_values` of the message, replacing any earlier ones, and the\n        updated message is returned.\n      x-mock: >-\n        Any message of the conversation can be updated, whatever its type, as on the real server.\n        A body without `submitted_values` leaves the message unchanged. The CSAT lock applies to\n        messages with `content_type` `input_csat` whose `created_at` is more than 14 days\n        (336 hours) before now. Only `application/json` bodies are accepted (415 otherwise), and\n        unknown fields get 422 instead of being dropped silently.\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/PublicMessageUpdatePayload'\n            examples:\n              csat-response:\n                summary: A CSAT survey answer\n                value:\n                  submitted_values:\n                    csat_survey_response:\n                      feedback_message: Great service!\n                      rating: 5\n              select-reply:\n                summary: The option picked from an input_select message\n                value:\n                  submitted_values:\n                    - title: test\n                      value: test\n              form-reply:\n                summary: The fields of a form message\n                value:\n                  submitted_values:\n                    - name: email\n                      title: Email\n                      value: alice@example.com\n      responses:\n        '200':\n          description: Success. The message with the submitted values in `content_attributes.submitted_values`.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/PublicMessage'\n              examples:\n                csat-response:\n                  summary: A CSAT survey message after the contact answered it\n                  value:\n                    id: 56\n                    content: Please rate the conversation\n                    message_type: 3\n                    content_type: input_csat\n                    content_attributes:\n                      submitted_values:\n                        csat_survey_response:\n                          feedback_message: Great service!\n                          rating: 5\n                    created_at: 1717000000\n                    conversation_id: 56\n                select-reply:\n                  summary: An input_select message after the contact picked an option\n                  value:\n                    id: 58\n                    content: Which topic is it about?\n                    message_type: 1\n                    content_type: input_select\n                    content_attributes:\n                      items:\n                        - title: test\n                          value: test\n                        - title: billing\n                          value: billing\n                      submitted_values:\n                        - title: test\n                          value: test\n                    created_at: 1717000120\n                    conversation_id: 56\n                    sender:\n                      id: 2\n                      name: Support bot\n                      avatar_url: ''\n                      type: agent_bot\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '413':\n          $ref: '#/components/responses/PayloadTooLarge'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '415':\n          $ref: '#/components/responses/UnsupportedMediaType'\n        '422':\n          $ref: '#/components/responses/MessageUpdateRejected'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\ncomponents:\n  securitySchemes:\n    userApiKey:\n      type: apiKey\n      in: header\n      name: api_access_token\n      description: >-\n        A Chatwoot user access token, as the docs declare it. The real server checks no token on\n        the public client API and neither does the mock: the header is optional, accepted and\n        ignored.\n  parameters:\n    InboxIdentifier:\n      name: inbox_identifier\n      in: path\n      required: true\n      description: >-\n        The identifier of the API-channel inbox, obtained from the inbox's settings (the channel's\n        `identifier`, not the numeric inbox id).\n      example: inbox_identifier_example\n      schema:\n        type: string\n        minLength: 1\n    ContactIdentifier:\n      name: contact_identifier\n      in: path\n      required: true\n      description: >-\n        The contact's `source_id` in the inbox, returned when the contact is created (a UUID unless\n        the client chose it).\n      example: contact_identifier_example\n      schema:\n        type: string\n        minLength: 1\n    ConversationId:\n      name: conversation_id\n      in: path\n      required: true\n      description: >-\n        The conversation's display number (the per-account sequential `id` shown in the Chatwoot\n        UI and returned by the public conversation endpoints), not its database id.\n      example: 56\n      schema:\n        type: integer\n    MessageId:\n      name: message_id\n      in: path\n      required: true\n      description: The message's id (`id` of a `PublicMessage`).\n      example: 56\n      schema:\n        type: integer\n    Before:\n      name: before\n      in: query\n      required: false\n      description: >-\n        Undocumented in the docs; the real server reads it. A message id: only messages with a\n        smaller id are returned (the 20 latest of them, oldest first), so passing the `id` of the\n        first message of a page fetches the page before it.\n      example: 56\n      schema:\n        type: integer\n  responses:\n    PayloadTooLarge:\n      description: 'Inferred: the body is larger than 1 MB, the most the mock reads.'\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            payload-too-large:\n              summary: Payload Too Large\n              value:\n                status: 413\n                error: Payload Too Large\n    UriTooLong:\n      description: 'Inferred: the URL is longer than 8 KB, the most the mock reads.'\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            uri-too-long:\n              summary: URI Too Long\n              value:\n                status: 414\n                error: URI Too Long\n    InsufficientStorage:\n      description: 'Inferred: a mock-only answer. The mock''s store holds its record limit (--record-limit); reset the mock or raise the limit.'\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            insufficient-storage:\n              summary: Insufficient Storage\n              value:\n                status: 507\n                error: Insufficient Storage\n    InternalServerError:\n      description: >-\n        Inferred: an internal error, in Rails' default error page shape. The mock sends it only\n        when a fault is asked for (error rate or `Prefer: code=500`).\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            internal:\n              summary: A server fault\n              value:\n                status: 500\n                error: Internal Server Error\n    Unauthorized:\n      description: >-\n        Unauthorized. Documented by Chatwoot for this operation, but the real server never\n        renders it (the public client API checks no credentials) and the mock never sends it.\n        Declared only because the docs list it, with the docs' schema.\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/BadRequestError'\n          examples:\n            unauthorized:\n              summary: The documented shape (never sent)\n              value:\n                description: Unauthorized\n                errors:\n                  - field: api_access_token\n                    message: is invalid\n                    code: invalid\n    NotFound:\n      description: >-\n        Inferred: the inbox, the contact (by `source_id` in that inbox), the conversation (by\n        display number, among the contact's conversations) or the message does not exist. The real\n        server raises `ActiveRecord::RecordNotFound`, which Rails renders with its default JSON\n        error page.\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            not-found:\n              summary: Unknown inbox, contact, conversation or message\n              value:\n                status: 404\n                error: Not Found\n    UnsupportedMediaType:\n      description: >-\n        Inferred: the request body is not `application/json` (media type parameters such as\n        `charset` are ignored). The body follows Rails' default error page.\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/RailsError'\n          examples:\n            unsupported-media-type:\n              summary: A body sent as text/plain\n              value:\n                status: 415\n                error: Unsupported Media Type\n    InvalidParameters:\n      description: >-\n        Inferred: a path or query parameter has the wrong type (for example a `conversation_id` or\n        `before` that is not an integer). The body uses Chatwoot's validation-error shape.\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/ValidationError'\n          examples:\n            invalid-before:\n              summary: '`before` is not an integer'\n              value:\n                message: before must be integer\n                attributes: [before]\n                issues:\n                  - location: query\n                    pointer: /before\n                    keyword: type\n                    message: must be integer\n    MessageInvalid:\n      description: >-\n        Inferred (from the server code; not documented): the message fails validation, for example\n        content longer than 150,000 characters, or the request is invalid (a parameter of the\n        wrong type, a body that breaks its schema).\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/ValidationError'\n          examples:\n            content-too-long:\n              summary: Content of 150,001 characters\n              value:\n                message: Content is too long (maximum is 150000 characters)\n                attributes: [content]\n            unknown-field:\n              summary: A body field that the endpoint does not take\n              value:\n                message: Request body must not have additional property message_type\n                attributes: [message_type]\n                issues:\n                  - location: body\n                    pointer: /message_type\n                    keyword: additionalProperties\n                    message: must NOT have additional properties\n    MessageUpdateRejected:\n      description: >-\n        Inferred (from the server code; not documented): either the message is a CSAT survey\n        (`content_type` `input_csat`) created more than 14 days ago, which can no longer be\n        answered (`CsatLockedError`), or the request is invalid, for example `submitted_values`\n        of the wrong type (`ValidationError`).\n      content:\n        application/json:\n          schema:\n            oneOf:\n              - $ref: '#/components/schemas/ValidationError'\n              - $ref: '#/components/schemas/CsatLockedError'\n          examples:\n            csat-locked:\n              summary: A CSAT survey answered after 14 days\n              value:\n                error: You cannot update the CSAT survey after 14 days\n            invalid-rating:\n              summary: A rating that is not an integer\n              value:\n                message: submitted_values.csat_survey_response.rating must be integer\n                attributes: [submitted_values]\n                issues:\n                  - location: body\n                    pointer: /submitted_values/csat_survey_response/rating\n                    keyword: type\n                    message: must be integer\n  schemas:\n    PublicMessage:\n      type: object\n      additionalProperties: false\n      description: >-\n        A message as the public client API renders it. The docs type `id`, `message_type`,\n        `created_at`, `conversation_id` and `content_attributes` as strings; the real server sends\n        integers and an object, and this schema follows the server.\n      required:\n        - id\n        - content\n        - message_type\n        - content_type\n        - content_attributes\n        - created_at\n        - conversation_id\n      properties:\n        id:\n          type: integer\n          description: Id of the message. The docs say string; the server sends an integer.\n        content:\n          type: [string, 'null']\n          description: Text content of the message; null for messages without text (for example attachments only).\n        message_type:\n          type: integer\n          enum: [0, 1, 2, 3]\n          description: >-\n            Direction / kind of the message: 0 incoming (from the contact), 1 outgoing (from an\n            agent or bot), 2 activity, 3 template. The docs say string; the server sends the\n            integer. Activity messages never appear in the list.\n        content_type:\n          type: string\n          enum:\n            - text\n            - input_text\n            - input_textarea\n            - input_email\n            - input_select\n            - cards\n            - form\n            - article\n            - incoming_email\n            - input_csat\n            - integrations\n            - sticker\n            - voice_call\n          description: Content type of the message (the names used by current Chatwoot).\n        content_attributes:\n          type: object\n          additionalProperties: true\n          description: >-\n            Additional attributes of the content, for example `items` of an `input_select`,\n            `in_reply_to`, or `submitted_values` after an update. The docs say string; the server\n            sends an object (`{}` when there are none).\n        created_at:\n          type: integer\n          description: Creation time in Unix seconds. The docs say string; the server sends an integer.\n        conversation_id:\n          type: integer\n          description: >-\n            The conversation's display number (the same number as the `conversation_id` path\n            parameter). The docs say string; the server sends an integer.\n        attachments:\n          type: array\n          minItems: 1\n          description: Attachments of the message. The key is left out when the message has none.\n          items:\n            $ref: '#/components/schemas/PublicMessageAttachment'\n        sender:\n          $ref: '#/components/schemas/PublicMessageSender'\n    PublicMessageList:\n      type: array\n      description: Up to 20 messages, oldest first, without private notes and activity messages.\n      items:\n        $ref: '#/components/schemas/PublicMessage'\n    PublicMessageAttachment:\n      type: object\n      additionalProperties: true\n      description: An attachment of a message, as the server renders it (its push event data).\n      properties:\n        id:\n          type: integer\n        message_id:\n          type: integer\n        account_id:\n          type: integer\n        file_type:\n          type: string\n          description: Kind of file, for example `image`, `audio`, `video`, `file` or `location`.\n        extension:\n          type: [string, 'null']\n        data_url:\n          type: [string, 'null']\n          description: URL of the file.\n        thumb_url:\n          type: string\n          description: URL of a thumbnail (empty for files without one).\n        file_size:\n          type: integer\n          description: Size in bytes.\n        width:\n          type: [integer, 'null']\n        height:\n          type: [integer, 'null']\n    PublicMessageSender:\n      type: object\n      additionalProperties: false\n      description: >-\n        Who sent the message. The key is left out when the message has no sender (for example a\n        CSAT survey or other template message). For a contact (every message created through this\n        API) the server sends `id`, `name`, `email`, `phone_number`, `identifier`, `thumbnail`,\n        `additional_attributes`, `custom_attributes`, `blocked` and `type: contact`; for an agent or\n        bot it sends `id`, `name`, `type` and, depending on the kind, `available_name`,\n        `avatar_url`, `availability_status`, `thumbnail`.\n      required:\n        - id\n        - name\n        - type\n      properties:\n        id:\n          type: integer\n        name:\n          type: [string, 'null']\n        email:\n          type: [string, 'null']\n          description: Contacts only.\n        phone_number:\n          type: [string, 'null']\n          description: Contacts only.\n        identifier:\n          type: [string, 'null']\n          description: The contact's external identifier (contacts only).\n        thumbnail:\n          type: string\n          description: Avatar URL (empty when there is none).\n        additional_attributes:\n          type: object\n          additionalProperties: true\n          description: Contacts only.\n        custom_attributes:\n          type: object\n          additionalProperties: true\n          description: Contacts only.\n        blocked:\n          type: boolean\n          description: Whether the contact is blocked (contacts only).\n        available_name:\n          type: string\n          description: Display name of an agent (users only).\n        avatar_url:\n          type: string\n          description: Avatar URL of an agent or bot.\n        availability_status:\n          type: [string, 'null']\n          description: Availability of an agent, for example `online`, `busy` or `offline` (users only).\n        type:\n          type: string\n          enum: [contact, user, agent_bot, captain_assistant]\n    PublicMessageCreatePayload:\n      type: object\n      additionalProperties: false\n      description: >-\n        The new message. Mock decision: fields other than `content` and `echo_id` are rejected\n        (422) so that client typos are caught; the real server drops them silently.\n      properties:\n        content:\n          type: string\n          maxLength: 150000\n          description: Text of the message, at most 150,000 characters.\n        echo_id:\n          type: string\n          description: >-\n            A temporary client-side identifier; the real server passes it back on websocket events\n            only, not in the response.\n    PublicMessageUpdatePayload:\n      type: object\n      additionalProperties: false\n      description: >-\n        The contact's answer to an interactive message. Mock decision: fields other than\n        `submitted_values` (and, inside it, other than the documented ones) are rejected (422) so\n        that client typos are caught; the real server drops them silently.\n      properties:\n        submitted_values:\n          description: >-\n            The submitted values: one object (the docs' form, used for CSAT answers) or an array\n            of objects (one per selected option or form field). Stored as\n            `content_attributes.submitted_values`, as given.\n          oneOf:\n            - $ref: '#/components/schemas/SubmittedValue'\n            - type: array\n              items:\n                $ref: '#/components/schemas/SubmittedValue'\n    SubmittedValue:\n      type: object\n      additionalProperties: false\n      description: One submitted value (replies to bot message types such as input_select, form or input_csat).\n      properties:\n        name:\n          type: string\n          description: Name of the submitted field (form messages).\n        title:\n          type: string\n          description: Title of the selected option or field.\n        value:\n          type: string\n          description: The value.\n        csat_survey_response:\n          $ref: '#/components/schemas/CsatSurveyResponse'\n    CsatSurveyResponse:\n      type: object\n      additionalProperties: false\n      description: The contact's answer to a CSAT survey (`input_csat` message).\n      properties:\n        feedback_message:\n          type: string\n          description: Free-text feedback.\n        rating:\n          type: integer\n          description: The rating, usually 1 to 5.\n    RailsError:\n      type: object\n      additionalProperties: false\n      description: Rails' default JSON error page, used for 404 and 415.\n      required: [status, error]\n      properties:\n        status:\n          type: integer\n          description: The HTTP status code, repeated.\n        error:\n          type: string\n          description: The HTTP reason phrase, for example `Not Found`.\n    ValidationError:\n      type: object\n      additionalProperties: false\n      description: >-\n        Chatwoot's body for a record that fails validation (`ActiveRecord::RecordInvalid`):\n        `message` holds the full messages joined by \", \", `attributes` the names of the invalid\n        attributes. The mock uses the same shape for invalid requests, and then also lists every\n        violation in `issues` (a field of the mock's own; the real server never sends it).\n      required: [message, attributes]\n      properties:\n        message:\n          type: string\n        attributes:\n          type: array\n          items:\n            type: string\n        issues:\n          type: array\n          description: Mock only. Every violation of the request's parameters or body.\n          items:\n            $ref: '#/components/schemas/Issue'\n    CsatLockedError:\n      type: object\n      additionalProperties: false\n      description: >-\n        Sent when a CSAT survey message is answered more than 14 days after it was created; the\n        `error` is always \"You cannot update the CSAT survey after 14 days\".\n      required: [error]\n      properties:\n        error:\n          type: string\n    Issue:\n      type: object\n      additionalProperties: false\n      description: One violation of the request.\n      required: [location, pointer, keyword, message]\n      properties:\n        location:\n          type: string\n          enum: [path, query, header, body, security]\n          description: Where the violation is.\n        pointer:\n          type: string\n          description: JSON pointer to the offending value, relative to the location (e.g. `/content` in the body, `/before` in the query).\n        keyword:\n          type: string\n          description: The schema keyword that failed, for example `type`, `maxLength` or `additionalProperties`.\n        message:\n          type: string\n          description: What was expected.\n    BadRequestError:\n      type: object\n      additionalProperties: false\n      title: data\n      description: >-\n        The error shape that Chatwoot's docs declare for 401 on these operations. The real server\n        never renders it on the public client API, and the mock never sends it.\n      properties:\n        description:\n          type: string\n        errors:\n          type: array\n          items:\n            $ref: '#/components/schemas/RequestError'\n    RequestError:\n      type: object\n      additionalProperties: false\n      properties:\n        field:\n          type: string\n        message:\n          type: string\n        code:\n          type: string\n"
