// Generated from specs/roosted.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "RoostedHR worker chats (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "Edit a worker's chat in the RoostedHR API v1.12, as served by the chatmock mock.",
    "description": "Hand-written contract for the RoostedHR \"Edit Chat\" endpoint\n(`PATCH /workers/{id}/chats/{chat_id}`, API reference v01.12.00), used by chatmock to\nvalidate traffic and to drive its stateful mock.\n\nDecisions made by the mock:\n- **Auth**: the API reference asks for an `X-API-KEY` header, while the vendor's\n  getting-started guide asks for `Authorization: Bearer <token>`. Either one is accepted;\n  a request with neither gets 401.\n- **Point of view**: a chat is always seen from the worker in the path. `chat_admin`,\n  `silenced`, `on_chat` and `unread_count` are that worker's values. A worker who is not a\n  member of the chat gets 404 for it, as for an unknown worker or chat.\n- **Edit**: `name` renames the chat; `members` (worker ids) replaces the whole member list.\n  An unknown worker id in `members` gets 400. The response is the updated chat with its\n  members.\n- **0/1 flags and counters**: the vendor's schema says integer (`chat_admin`, `silenced`,\n  `on_chat`, `locked` in 0..1, `unread_count` >= 0), but the vendor's own examples send\n  strings (`\"1\"`, `\"0\"`). The mock sends the strings, like the real service; this spec accepts\n  both forms.\n- **Errors**: the vendor documents no error body, so errors are RFC 9457\n  `application/problem+json`, listing every violation. All error statuses here are inferred.\n- **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n  typos are caught.\n- **Fixtures** contain the documented example: chat `yJjarB5xUW` (\"Project Alpha Team\") with\n  workers `3158` (Chris Davis) and `120915` (Aaron Labrado) among its members.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "RoostedHR API reference, Workers / Edit Chat (v01.12.00)",
    "url": "https://docs.roostedhr.com/api-reference/v01.12.00/workers/edit-chat"
  },
  "servers": [
    {
      "url": "https://api.roostedhr.com/api/1_12",
      "description": "Production (the URL used on every API-reference page)."
    },
    {
      "url": "https://sandbox.roostedhr.com/api/1_12",
      "description": "Sandbox (named in the vendor's getting-started guide)."
    }
  ],
  "security": [
    {
      "apiKeyHeader": []
    },
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Worker chats",
      "description": "Chats of a worker, under `/workers/{id}/chats`. Each chat is seen from the worker in the path."
    }
  ],
  "paths": {
    "/workers/{id}/chats/{chat_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WorkerId"
        },
        {
          "$ref": "#/components/parameters/ChatId"
        }
      ],
      "patch": {
        "operationId": "editWorkerChat",
        "summary": "Edit a chat",
        "description": "Renames a chat and/or replaces its member list, then returns the chat as the worker in\nthe path sees it, members included. Both body fields are optional; a field that is left\nout stays unchanged. `members` is the complete new list of worker ids, not a list of\nadditions.\n\nThe chat is seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and\n`unread_count` in the response are that worker's values. A worker who is not a member of\nthe chat cannot see it and gets 404.\n",
        "tags": [
          "Worker chats"
        ],
        "x-mock": "Own choices of the mock, as nothing is documented: an unknown worker id in `members` is rejected with 400 and nothing is changed; `members` must not be empty, must not repeat an id and must include the worker in the path (a worker cannot remove themselves through this endpoint; 400 otherwise); `name` must not be empty. Locked chats can be edited like any other chat. The flags and `unread_count` are sent as strings (\"0\"/\"1\"), as in the real examples.",
        "requestBody": {
          "required": true,
          "description": "The changes to make. Both fields are optional.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EditChatRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "Rename the chat (the docs' example)",
                  "value": {
                    "name": "Project Alpha Team"
                  }
                },
                "replace-members": {
                  "summary": "Replace the member list",
                  "value": {
                    "members": [
                      "3158",
                      "120915"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The updated chat, with its members, seen from the worker in the path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example (flags and counter as strings)",
                    "value": {
                      "id": "yJjarB5xUW",
                      "name": "Project Alpha Team",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-01-05T20:13:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-01-05T20:13:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "3158",
                          "name_first": "Chris",
                          "name_last": "Davis",
                          "selected_picture_location": "example/1"
                        },
                        {
                          "id": "120915",
                          "name_first": "Aaron",
                          "name_last": "Labrado",
                          "selected_picture_location": "example/2"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
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
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "apiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-KEY",
        "description": "API key in the `X-API-KEY` header, as on every API-reference page."
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <token>`, as in the vendor's getting-started guide. Accepted as an alternative to `X-API-KEY`."
      }
    },
    "parameters": {
      "WorkerId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "3158"
      },
      "ChatId": {
        "name": "chat_id",
        "in": "path",
        "required": true,
        "description": "Chat ID (a 10-character alphanumeric string in the vendor's examples).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "yJjarB5xUW"
      }
    },
    "schemas": {
      "EditChatRequest": {
        "type": "object",
        "description": "Changes to a chat. Both fields are optional; a field that is left out stays unchanged. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "New chat name. Inferred: must not be empty."
          },
          "members": {
            "type": "array",
            "description": "Updated array of worker IDs; replaces the current member list. Inferred: every id must be a known worker (400 otherwise), the list must not be empty or repeat an id, and it must include the worker in the path.",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$",
              "description": "Worker ID (a numeric string)."
            }
          }
        }
      },
      "Flag": {
        "description": "A 0/1 flag. The vendor's schema says integer in 0..1, while the vendor's real examples send the strings \"0\" and \"1\". The mock sends the strings; this spec accepts both forms.",
        "anyOf": [
          {
            "type": "integer",
            "minimum": 0,
            "maximum": 1
          },
          {
            "type": "string",
            "enum": [
              "0",
              "1"
            ]
          }
        ]
      },
      "Count": {
        "description": "A non-negative count. The vendor's schema says integer >= 0, while the vendor's real examples send a numeric string (e.g. \"0\"). The mock sends the string; this spec accepts both forms.",
        "anyOf": [
          {
            "type": "integer",
            "minimum": 0
          },
          {
            "type": "string",
            "pattern": "^[0-9]+$"
          }
        ]
      },
      "ChatMember": {
        "type": "object",
        "additionalProperties": false,
        "description": "A member of a chat.",
        "required": [
          "id",
          "name_first",
          "name_last",
          "selected_picture_location"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Worker ID of the member."
          },
          "name_first": {
            "type": "string",
            "description": "First name of the member."
          },
          "name_last": {
            "type": "string",
            "description": "Last name of the member."
          },
          "selected_picture_location": {
            "type": "string",
            "description": "Profile picture location of the member (e.g. \"example/1\")."
          }
        }
      },
      "Chat": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat with its members, seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and `unread_count` are that worker's values. The fields about the most recent message are null while the chat has no messages.",
        "required": [
          "id",
          "name",
          "chat_admin",
          "silenced",
          "on_chat",
          "locked",
          "date_created",
          "most_recent_message_id",
          "last_message_timestamp",
          "message",
          "name_first",
          "selected_picture_location",
          "chats_order",
          "unread_count",
          "members"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat ID."
          },
          "name": {
            "type": "string",
            "description": "Chat name."
          },
          "chat_admin": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is the chat admin. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "silenced": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is silenced for the worker in the path. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "on_chat": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is on the chat. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "locked": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is locked. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "date_created": {
            "type": "string",
            "format": "date-time",
            "description": "When the chat was created."
          },
          "most_recent_message_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "ID of the most recent message; null when the chat has no messages."
          },
          "last_message_timestamp": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the most recent message was sent; null when the chat has no messages."
          },
          "message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Preview of the most recent message; null when the chat has no messages."
          },
          "name_first": {
            "type": [
              "string",
              "null"
            ],
            "description": "First name of the sender of the most recent message; null when the chat has no messages."
          },
          "selected_picture_location": {
            "type": [
              "string",
              "null"
            ],
            "description": "Profile picture location of the sender of the most recent message; null when the chat has no messages."
          },
          "chats_order": {
            "type": "string",
            "format": "date-time",
            "description": "Timestamp used to order chats (equal to `date_created` in the docs' example of a chat without messages)."
          },
          "unread_count": {
            "$ref": "#/components/schemas/Count",
            "description": "Number of messages the worker in the path has not read. Documented as integer >= 0; the real examples (and the mock) send a numeric string (\"0\"); both are accepted."
          },
          "members": {
            "type": "array",
            "description": "Members of the chat.",
            "items": {
              "$ref": "#/components/schemas/ChatMember"
            }
          }
        }
      },
      "Problem": {
        "type": "object",
        "additionalProperties": false,
        "description": "RFC 9457 problem details. Inferred: the vendor documents no error body, so the mock uses this shape.",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "A URI reference that identifies the problem type."
          },
          "title": {
            "type": "string",
            "description": "A short, human-readable summary of the problem type."
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status code."
          },
          "detail": {
            "type": "string",
            "description": "A human-readable explanation of this occurrence of the problem."
          },
          "issues": {
            "type": "array",
            "description": "Every violation found in the request (validation errors only).",
            "items": {
              "$ref": "#/components/schemas/Issue"
            }
          }
        }
      },
      "Issue": {
        "type": "object",
        "additionalProperties": false,
        "description": "One violation found in the request.",
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
            "description": "The part of the request that holds the violation."
          },
          "pointer": {
            "type": "string",
            "description": "JSON pointer to the offending value within that part (\"\" for the whole part)."
          },
          "keyword": {
            "type": "string",
            "description": "The rule that failed (e.g. a JSON Schema keyword such as `required` or `pattern`)."
          },
          "message": {
            "type": "string",
            "description": "What was expected."
          }
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
        "description": "Inferred: the body is larger than 1 MB, the most the mock reads.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "payload-too-large": {
                "summary": "Payload Too Large",
                "value": {
                  "type": "about:blank",
                  "title": "Payload Too Large",
                  "status": 413,
                  "detail": "payload too large"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "description": "Inferred: the URL is longer than 8 KB, the most the mock reads.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "uri-too-long": {
                "summary": "URI Too Long",
                "value": {
                  "type": "about:blank",
                  "title": "URI Too Long",
                  "status": 414,
                  "detail": "uri too long"
                }
              }
            }
          }
        }
      },
      "InsufficientStorage": {
        "description": "Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "insufficient-storage": {
                "summary": "Insufficient Storage",
                "value": {
                  "type": "about:blank",
                  "title": "Insufficient Storage",
                  "status": 507,
                  "detail": "insufficient storage"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Inferred: an internal error. The mock sends it only when a fault is asked for (error rate or `Prefer: code=500`).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "internal": {
                "summary": "A server fault",
                "value": {
                  "type": "about:blank",
                  "title": "Internal Server Error",
                  "status": 500,
                  "detail": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "Inferred: the request is invalid (a body that breaks the schema, an unknown worker id in `members`, or malformed JSON). Every violation is listed in `issues`.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "unknown-member": {
                "summary": "An unknown worker id in `members`",
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "The request is invalid.",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/members/1",
                      "keyword": "unknownWorker",
                      "message": "No worker with id \"999999\"."
                    }
                  ]
                }
              },
              "schema-violation": {
                "summary": "A body that breaks the schema",
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "The request is invalid.",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/members/0",
                      "keyword": "pattern",
                      "message": "must match pattern \"^[0-9]+$\""
                    },
                    {
                      "location": "body",
                      "pointer": "",
                      "keyword": "additionalProperties",
                      "message": "must NOT have additional property \"title\""
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Inferred: neither an `X-API-KEY` header nor an `Authorization: Bearer` token was sent (the vendor's guide mentions 401 for a missing, malformed or expired token).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-credentials": {
                "summary": "No credentials",
                "value": {
                  "type": "about:blank",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "Send an X-API-KEY header or an Authorization Bearer token.",
                  "issues": [
                    {
                      "location": "security",
                      "pointer": "",
                      "keyword": "security",
                      "message": "X-API-KEY header or Authorization Bearer token required."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Inferred: the worker or the chat does not exist, or the worker in the path is not a member of the chat.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "unknown-chat": {
                "summary": "Unknown chat, or a chat the worker is not a member of",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "Worker \"3158\" has no chat with id \"zzzzzzzzzz\"."
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "Inferred: the request body is not JSON (its Content-Type is not `application/json`).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "not-json": {
                "summary": "Body sent as form data",
                "value": {
                  "type": "about:blank",
                  "title": "Unsupported Media Type",
                  "status": 415,
                  "detail": "The request body must be application/json.",
                  "issues": [
                    {
                      "location": "header",
                      "pointer": "/content-type",
                      "keyword": "contentType",
                      "message": "must be application/json"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    }
  }
} as unknown as OpenAPIV3_1.Document
