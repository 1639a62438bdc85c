// Generated from specs/roosted.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "RoostedHR worker chats (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "Edit a worker's chat in the RoostedHR API v1.12, as served by the chatmock mock.",
    "description": "Hand-written contract for the RoostedHR \"Edit Chat\" endpoint\n(`PATCH /workers/{id}/chats/{chat_id}`, API reference v01.12.00), used by chatmock to\nvalidate traffic and to drive its stateful mock.\n\nDecisions made by the mock:\n- **Auth**: the API reference asks for an `X-API-KEY` header, while the vendor's\n  getting-started guide asks for `Authorization: Bearer <token>`. Either one is accepted;\n  a request with neither gets 401.\n- **Point of view**: a chat is always seen from the worker in the path. `chat_admin`,\n  `silenced`, `on_chat` and `unread_count` are that worker's values. A worker who is not a\n  member of the chat gets 404 for it, as for an unknown worker or chat.\n- **Edit**: `name` renames the chat; `members` (worker ids) replaces the whole member list.\n  An unknown worker id in `members` gets 400. The response is the updated chat with its\n  members.\n- **0/1 flags and counters**: the vendor's schema says integer (`chat_admin`, `silenced`,\n  `on_chat`, `locked` in 0..1, `unread_count` >= 0), but the vendor's own examples send\n  strings (`\"1\"`, `\"0\"`). The mock sends the strings, like the real service; this spec accepts\n  both forms.\n- **Errors**: the vendor documents no error body, so errors are RFC 9457\n  `application/problem+json`, listing every violation. All error statuses here are inferred.\n- **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n  typos are caught.\n- **Fixtures** contain the documented example: chat `yJjarB5xUW` (\"Project Alpha Team\") with\n  workers `3158` (Chris Davis) and `120915` (Aaron Labrado) among its members.\n",
    "contact": {
      "name": "RoostedHR API reference",
      "url": "https://docs.roostedhr.com/api-reference/v01.12.00"
    },
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

/** The spec as written: served and printed as it is, comments and key order kept. */
export const sourceText = "openapi: 3.1.0\ninfo:\n  title: RoostedHR worker chats (chatmock)\n  version: 1.0.0-chatmock\n  summary: Edit a worker's chat in the RoostedHR API v1.12, as served by the chatmock mock.\n  description: |\n    Hand-written contract for the RoostedHR \"Edit Chat\" endpoint\n    (`PATCH /workers/{id}/chats/{chat_id}`, API reference v01.12.00), used by chatmock to\n    validate traffic and to drive its stateful mock.\n\n    Decisions made by the mock:\n    - **Auth**: the API reference asks for an `X-API-KEY` header, while the vendor's\n      getting-started guide asks for `Authorization: Bearer <token>`. Either one is accepted;\n      a request with neither gets 401.\n    - **Point of view**: a chat is always seen from the worker in the path. `chat_admin`,\n      `silenced`, `on_chat` and `unread_count` are that worker's values. A worker who is not a\n      member of the chat gets 404 for it, as for an unknown worker or chat.\n    - **Edit**: `name` renames the chat; `members` (worker ids) replaces the whole member list.\n      An unknown worker id in `members` gets 400. The response is the updated chat with its\n      members.\n    - **0/1 flags and counters**: the vendor's schema says integer (`chat_admin`, `silenced`,\n      `on_chat`, `locked` in 0..1, `unread_count` >= 0), but the vendor's own examples send\n      strings (`\"1\"`, `\"0\"`). The mock sends the strings, like the real service; this spec accepts\n      both forms.\n    - **Errors**: the vendor documents no error body, so errors are RFC 9457\n      `application/problem+json`, listing every violation. All error statuses here are inferred.\n    - **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n      typos are caught.\n    - **Fixtures** contain the documented example: chat `yJjarB5xUW` (\"Project Alpha Team\") with\n      workers `3158` (Chris Davis) and `120915` (Aaron Labrado) among its members.\n  contact:\n    name: RoostedHR API reference\n    url: https://docs.roostedhr.com/api-reference/v01.12.00\n  license:\n    name: MIT\n    identifier: MIT\nexternalDocs:\n  description: RoostedHR API reference, Workers / Edit Chat (v01.12.00)\n  url: https://docs.roostedhr.com/api-reference/v01.12.00/workers/edit-chat\nservers:\n  - url: https://api.roostedhr.com/api/1_12\n    description: Production (the URL used on every API-reference page).\n  - url: https://sandbox.roostedhr.com/api/1_12\n    description: Sandbox (named in the vendor's getting-started guide).\nsecurity:\n  - apiKeyHeader: []\n  - bearerAuth: []\ntags:\n  - name: Worker chats\n    description: Chats of a worker, under `/workers/{id}/chats`. Each chat is seen from the worker in the path.\npaths:\n  /workers/{id}/chats/{chat_id}:\n    parameters:\n      - $ref: '#/components/parameters/WorkerId'\n      - $ref: '#/components/parameters/ChatId'\n    patch:\n      operationId: editWorkerChat\n      summary: Edit a chat\n      description: |\n        Renames a chat and/or replaces its member list, then returns the chat as the worker in\n        the path sees it, members included. Both body fields are optional; a field that is left\n        out stays unchanged. `members` is the complete new list of worker ids, not a list of\n        additions.\n\n        The chat is seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and\n        `unread_count` in the response are that worker's values. A worker who is not a member of\n        the chat cannot see it and gets 404.\n      tags:\n        - Worker chats\n      x-mock: >-\n        Own choices of the mock, as nothing is documented: an unknown worker id in `members` is\n        rejected with 400 and nothing is changed; `members` must not be empty, must not repeat an\n        id and must include the worker in the path (a worker cannot remove themselves through this\n        endpoint; 400 otherwise); `name` must not be empty. Locked chats can be edited like any\n        other chat. The flags and `unread_count` are sent as strings (\"0\"/\"1\"), as in the real\n        examples.\n      requestBody:\n        required: true\n        description: The changes to make. Both fields are optional.\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/EditChatRequest'\n            examples:\n              docs-example:\n                summary: Rename the chat (the docs' example)\n                value:\n                  name: Project Alpha Team\n              replace-members:\n                summary: Replace the member list\n                value:\n                  members:\n                    - '3158'\n                    - '120915'\n      responses:\n        '200':\n          description: OK. The updated chat, with its members, seen from the worker in the path.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Chat'\n              examples:\n                docs-example:\n                  summary: The docs' response example (flags and counter as strings)\n                  value:\n                    id: yJjarB5xUW\n                    name: Project Alpha Team\n                    chat_admin: '1'\n                    silenced: '0'\n                    on_chat: '1'\n                    locked: '0'\n                    date_created: '2024-01-05T20:13:00.000Z'\n                    most_recent_message_id: null\n                    last_message_timestamp: null\n                    message: null\n                    name_first: null\n                    selected_picture_location: null\n                    chats_order: '2024-01-05T20:13:00.000Z'\n                    unread_count: '0'\n                    members:\n                      - id: '3158'\n                        name_first: Chris\n                        name_last: Davis\n                        selected_picture_location: example/1\n                      - id: '120915'\n                        name_first: Aaron\n                        name_last: Labrado\n                        selected_picture_location: example/2\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '413':\n          $ref: '#/components/responses/PayloadTooLarge'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '415':\n          $ref: '#/components/responses/UnsupportedMediaType'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n        '507':\n          $ref: '#/components/responses/InsufficientStorage'\ncomponents:\n  securitySchemes:\n    apiKeyHeader:\n      type: apiKey\n      in: header\n      name: X-API-KEY\n      description: API key in the `X-API-KEY` header, as on every API-reference page.\n    bearerAuth:\n      type: http\n      scheme: bearer\n      description: >-\n        `Authorization: Bearer <token>`, as in the vendor's getting-started guide. Accepted as an\n        alternative to `X-API-KEY`.\n  parameters:\n    WorkerId:\n      name: id\n      in: path\n      required: true\n      description: >-\n        Worker ID (a numeric string). The chat is seen from this worker, who must be one of its\n        members.\n      schema:\n        type: string\n        minLength: 1\n      example: '3158'\n    ChatId:\n      name: chat_id\n      in: path\n      required: true\n      description: Chat ID (a 10-character alphanumeric string in the vendor's examples).\n      schema:\n        type: string\n        minLength: 1\n      example: yJjarB5xUW\n  schemas:\n    EditChatRequest:\n      type: object\n      description: >-\n        Changes to a chat. Both fields are optional; a field that is left out stays unchanged.\n        Unknown properties are rejected (`additionalProperties: false`, a mock decision so that\n        client typos are caught).\n      additionalProperties: false\n      properties:\n        name:\n          type: string\n          minLength: 1\n          description: 'New chat name. Inferred: must not be empty.'\n        members:\n          type: array\n          description: >-\n            Updated array of worker IDs; replaces the current member list. Inferred: every id must\n            be a known worker (400 otherwise), the list must not be empty or repeat an id, and it\n            must include the worker in the path.\n          minItems: 1\n          uniqueItems: true\n          items:\n            type: string\n            pattern: ^[0-9]+$\n            description: Worker ID (a numeric string).\n    Flag:\n      description: >-\n        A 0/1 flag. The vendor's schema says integer in 0..1, while the vendor's real examples send\n        the strings \"0\" and \"1\". The mock sends the strings; this spec accepts both forms.\n      anyOf:\n        - type: integer\n          minimum: 0\n          maximum: 1\n        - type: string\n          enum:\n            - '0'\n            - '1'\n    Count:\n      description: >-\n        A non-negative count. The vendor's schema says integer >= 0, while the vendor's real\n        examples send a numeric string (e.g. \"0\"). The mock sends the string; this spec accepts\n        both forms.\n      anyOf:\n        - type: integer\n          minimum: 0\n        - type: string\n          pattern: ^[0-9]+$\n    ChatMember:\n      type: object\n      additionalProperties: false\n      description: A member of a chat.\n      required:\n        - id\n        - name_first\n        - name_last\n        - selected_picture_location\n      properties:\n        id:\n          type: string\n          description: Worker ID of the member.\n        name_first:\n          type: string\n          description: First name of the member.\n        name_last:\n          type: string\n          description: Last name of the member.\n        selected_picture_location:\n          type: string\n          description: Profile picture location of the member (e.g. \"example/1\").\n    Chat:\n      type: object\n      additionalProperties: false\n      description: >-\n        A chat with its members, seen from the worker in the path: `chat_admin`, `silenced`,\n        `on_chat` and `unread_count` are that worker's values. The fields about the most recent\n        message are null while the chat has no messages.\n      required:\n        - id\n        - name\n        - chat_admin\n        - silenced\n        - on_chat\n        - locked\n        - date_created\n        - most_recent_message_id\n        - last_message_timestamp\n        - message\n        - name_first\n        - selected_picture_location\n        - chats_order\n        - unread_count\n        - members\n      properties:\n        id:\n          type: string\n          description: Chat ID.\n        name:\n          type: string\n          description: Chat name.\n        chat_admin:\n          $ref: '#/components/schemas/Flag'\n          description: >-\n            Whether the worker in the path is the chat admin. Documented as integer 0..1; the real\n            examples (and the mock) send \"0\"/\"1\"; both are accepted.\n        silenced:\n          $ref: '#/components/schemas/Flag'\n          description: >-\n            Whether the chat is silenced for the worker in the path. Documented as integer 0..1;\n            the real examples (and the mock) send \"0\"/\"1\"; both are accepted.\n        on_chat:\n          $ref: '#/components/schemas/Flag'\n          description: >-\n            Whether the worker in the path is on the chat. Documented as integer 0..1; the real\n            examples (and the mock) send \"0\"/\"1\"; both are accepted.\n        locked:\n          $ref: '#/components/schemas/Flag'\n          description: >-\n            Whether the chat is locked. Documented as integer 0..1; the real examples (and the\n            mock) send \"0\"/\"1\"; both are accepted.\n        date_created:\n          type: string\n          format: date-time\n          description: When the chat was created.\n        most_recent_message_id:\n          type:\n            - string\n            - 'null'\n          description: ID of the most recent message; null when the chat has no messages.\n        last_message_timestamp:\n          type:\n            - string\n            - 'null'\n          format: date-time\n          description: When the most recent message was sent; null when the chat has no messages.\n        message:\n          type:\n            - string\n            - 'null'\n          description: Preview of the most recent message; null when the chat has no messages.\n        name_first:\n          type:\n            - string\n            - 'null'\n          description: First name of the sender of the most recent message; null when the chat has no messages.\n        selected_picture_location:\n          type:\n            - string\n            - 'null'\n          description: >-\n            Profile picture location of the sender of the most recent message; null when the chat\n            has no messages.\n        chats_order:\n          type: string\n          format: date-time\n          description: >-\n            Timestamp used to order chats (equal to `date_created` in the docs' example of a chat\n            without messages).\n        unread_count:\n          $ref: '#/components/schemas/Count'\n          description: >-\n            Number of messages the worker in the path has not read. Documented as integer >= 0;\n            the real examples (and the mock) send a numeric string (\"0\"); both are accepted.\n        members:\n          type: array\n          description: Members of the chat.\n          items:\n            $ref: '#/components/schemas/ChatMember'\n    Problem:\n      type: object\n      additionalProperties: false\n      description: >-\n        RFC 9457 problem details. Inferred: the vendor documents no error body, so the mock uses\n        this shape.\n      required:\n        - type\n        - title\n        - status\n      properties:\n        type:\n          type: string\n          format: uri-reference\n          description: A URI reference that identifies the problem type.\n        title:\n          type: string\n          description: A short, human-readable summary of the problem type.\n        status:\n          type: integer\n          description: The HTTP status code.\n        detail:\n          type: string\n          description: A human-readable explanation of this occurrence of the problem.\n        issues:\n          type: array\n          description: Every violation found in the request (validation errors only).\n          items:\n            $ref: '#/components/schemas/Issue'\n    Issue:\n      type: object\n      additionalProperties: false\n      description: One violation found in the request.\n      required:\n        - location\n        - pointer\n        - keyword\n        - message\n      properties:\n        location:\n          type: string\n          enum:\n            - path\n            - query\n            - header\n            - body\n            - security\n          description: The part of the request that holds the violation.\n        pointer:\n          type: string\n          description: JSON pointer to the offending value within that part (\"\" for the whole part).\n        keyword:\n          type: string\n          description: The rule that failed (e.g. a JSON Schema keyword such as `required` or `pattern`).\n        message:\n          type: string\n          description: What was expected.\n  responses:\n    PayloadTooLarge:\n      description: 'Inferred: the body is larger than 1 MB, the most the mock reads.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            payload-too-large:\n              summary: Payload Too Large\n              value:\n                type: about:blank\n                title: Payload Too Large\n                status: 413\n                detail: payload too large\n    UriTooLong:\n      description: 'Inferred: the URL is longer than 8 KB, the most the mock reads.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            uri-too-long:\n              summary: URI Too Long\n              value:\n                type: about:blank\n                title: URI Too Long\n                status: 414\n                detail: uri too long\n    InsufficientStorage:\n      description: 'Inferred: a mock-only answer. The mock''s store holds its record limit (--record-limit); reset the mock or raise the limit.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            insufficient-storage:\n              summary: Insufficient Storage\n              value:\n                type: about:blank\n                title: Insufficient Storage\n                status: 507\n                detail: insufficient storage\n    InternalServerError:\n      description: >-\n        Inferred: an internal error. The mock sends it only when a fault is asked for (error rate\n        or `Prefer: code=500`).\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            internal:\n              summary: A server fault\n              value:\n                type: about:blank\n                title: Internal Server Error\n                status: 500\n                detail: Internal Server Error\n    BadRequest:\n      description: >-\n        Inferred: the request is invalid (a body that breaks the schema, an unknown worker id in\n        `members`, or malformed JSON). Every violation is listed in `issues`.\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            unknown-member:\n              summary: An unknown worker id in `members`\n              value:\n                type: about:blank\n                title: Bad Request\n                status: 400\n                detail: The request is invalid.\n                issues:\n                  - location: body\n                    pointer: /members/1\n                    keyword: unknownWorker\n                    message: No worker with id \"999999\".\n            schema-violation:\n              summary: A body that breaks the schema\n              value:\n                type: about:blank\n                title: Bad Request\n                status: 400\n                detail: The request is invalid.\n                issues:\n                  - location: body\n                    pointer: /members/0\n                    keyword: pattern\n                    message: must match pattern \"^[0-9]+$\"\n                  - location: body\n                    pointer: ''\n                    keyword: additionalProperties\n                    message: must NOT have additional property \"title\"\n    Unauthorized:\n      description: >-\n        Inferred: neither an `X-API-KEY` header nor an `Authorization: Bearer` token was sent\n        (the vendor's guide mentions 401 for a missing, malformed or expired token).\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            missing-credentials:\n              summary: No credentials\n              value:\n                type: about:blank\n                title: Unauthorized\n                status: 401\n                detail: Send an X-API-KEY header or an Authorization Bearer token.\n                issues:\n                  - location: security\n                    pointer: ''\n                    keyword: security\n                    message: X-API-KEY header or Authorization Bearer token required.\n    NotFound:\n      description: >-\n        Inferred: the worker or the chat does not exist, or the worker in the path is not a member\n        of the chat.\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            unknown-chat:\n              summary: Unknown chat, or a chat the worker is not a member of\n              value:\n                type: about:blank\n                title: Not Found\n                status: 404\n                detail: Worker \"3158\" has no chat with id \"zzzzzzzzzz\".\n    UnsupportedMediaType:\n      description: 'Inferred: the request body is not JSON (its Content-Type is not `application/json`).'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            not-json:\n              summary: Body sent as form data\n              value:\n                type: about:blank\n                title: Unsupported Media Type\n                status: 415\n                detail: The request body must be application/json.\n                issues:\n                  - location: header\n                    pointer: /content-type\n                    keyword: contentType\n                    message: must be application/json\n"
