// Generated from specs/hapihub.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "HapiHub / Fleming chat messages (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "The Chat_Message service of the HAPI Hub (Fleming) API by Hippocrades, as served by the chatmock mock.",
    "description": "Hand-written contract for the `chat-messages` service of the HAPI Hub / Fleming healthcare\nAPI (apiDoc pages \"Chat_Message\", api-docs v5.116.0 and v5.45.0), used by chatmock to\nvalidate traffic and to drive its stateful mock.\n\nDecisions made by the mock:\n- **Auth**: `Authorization: Bearer <token>`; a request without it (or with a malformed one)\n  gets 401. Each token maps to an account uid: it is the `createdBy` of the messages that the\n  token posts, and the uid that `seen: true` adds to `seenBy`.\n- **Create** needs `room`; `createdAt` defaults to the current time in epoch milliseconds.\n  It answers 200, as documented (not 201).\n- **Patch** takes the `seen` directive only: `seen: true` adds the caller's uid to `seenBy`\n  once, however often it is sent; `seen: false` changes nothing (inferred).\n- **Unset fields are left out** of a message, as in the docs' examples, which show only `id`,\n  `createdAt` and `createdBy`.\n- **Errors**: the docs list no error responses, so errors are RFC 9457\n  `application/problem+json`, listing every violation. All error statuses here are inferred.\n- **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n  typos are caught.\n- **Fixtures** contain the documented messages `id-1` and `id-2` and the room `room-id`.\n",
    "contact": {
      "name": "HAPI Hub (Fleming) API documentation",
      "url": "https://docs.hapihub.com/api/Chat_Message.html"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "Fleming API docs, Chat_Message (api-docs v5.116.0)",
    "url": "https://docs.fleming.hippocrades.org/api/Chat_Message.html"
  },
  "servers": [
    {
      "url": "https://yourdomain.com",
      "description": "The docs' own placeholder host (every example uses `https://yourdomain.com`); replace it with the host of your HAPI Hub / Fleming deployment."
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Chat Messages",
      "description": "Messages posted in chat rooms (the `chat-messages` service)."
    }
  ],
  "paths": {
    "/chat-messages": {
      "get": {
        "operationId": "findChatMessages",
        "summary": "List chat messages",
        "description": "Returns the chat messages as a bare JSON array (not wrapped in an object). The docs describe no query filters and no pagination.",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "No query parameter is documented, so the mock ignores any that are sent and returns every stored message, oldest first (by `createdAt`, then `id`).",
        "responses": {
          "200": {
            "description": "OK. Every chat message, as a bare array.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ChatMessage"
                  }
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example",
                    "value": [
                      {
                        "id": "id-1",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid"
                      },
                      {
                        "id": "id-2",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid"
                      }
                    ]
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
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createChatMessage",
        "summary": "Post a chat message",
        "description": "Posts a message in a room. The caller's account uid becomes `createdBy`; `createdAt` is the current time in epoch milliseconds unless the body sets it. Answers 200 with the stored message, as the docs say (not 201).",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "Inferred: `room` must name a known room (400 otherwise). The mock does not model room participants, so any authenticated caller may post in any known room. The new message gets a generated `id`; fields that are not given are left out of it, and `seenBy` starts unset.",
        "requestBody": {
          "required": true,
          "description": "The message to post. Only `room` is required.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatMessageRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' request example",
                  "value": {
                    "room": "room-id",
                    "text": "hey"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The created chat message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example",
                    "value": {
                      "id": "id-1",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid"
                    }
                  }
                }
              }
            },
            "links": {
              "GetChatMessage": {
                "operationId": "getChatMessage",
                "parameters": {
                  "id": "$response.body#/id"
                },
                "description": "Read the created message back."
              },
              "PatchChatMessage": {
                "operationId": "patchChatMessage",
                "parameters": {
                  "id": "$response.body#/id"
                },
                "description": "Mark the created message as seen."
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
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
    },
    "/chat-messages/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ChatMessageId"
        }
      ],
      "get": {
        "operationId": "getChatMessage",
        "summary": "Get a chat message",
        "description": "Returns one chat message by its id.",
        "tags": [
          "Chat Messages"
        ],
        "responses": {
          "200": {
            "description": "OK. The chat message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example",
                    "value": {
                      "id": "id-1",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid"
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
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "patch": {
        "operationId": "patchChatMessage",
        "summary": "Update a chat message",
        "description": "Applies the optional `seen` directive and returns the message. The directive is not stored as a field of the message. Inferred: `seen: true` adds the caller's account uid to `seenBy`, once however often it is sent; `seen: false` (or an empty body) changes nothing.",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "The effect of `seen` is not documented; the mock treats `seen: true` as a set-add of the caller's uid to `seenBy` and `seen: false` as a no-op (it does not remove the uid). No other field of a message can be changed.",
        "requestBody": {
          "required": true,
          "description": "The directives to apply.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PatchChatMessageRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' request example",
                  "value": {
                    "seen": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The chat message after the directive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example",
                    "value": {
                      "id": "id-1",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid"
                    }
                  },
                  "seen": {
                    "summary": "After `seen` from the account `some-other-uid`",
                    "value": {
                      "id": "id-1",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid",
                      "room": "room-id",
                      "text": "hey",
                      "seenBy": [
                        "some-other-uid"
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
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <your-api-token>`. A token maps to an account uid, which is the `createdBy` of the messages it posts."
      }
    },
    "parameters": {
      "ChatMessageId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Chat message ID.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "id-1"
      }
    },
    "schemas": {
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat message. Fields that are unset are left out (the docs' examples show only `id`, `createdAt` and `createdBy`).",
        "required": [
          "id",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat message ID."
          },
          "createdAt": {
            "type": "number",
            "minimum": 0,
            "description": "When the message was created, in epoch milliseconds (e.g. 1564661697125)."
          },
          "createdBy": {
            "type": "string",
            "description": "Account uid of the author."
          },
          "room": {
            "type": "string",
            "description": "ID of the chat room the message was posted in."
          },
          "session": {
            "type": "string",
            "description": "Session reference (not explained in the docs)."
          },
          "text": {
            "type": "string",
            "description": "Text of the message."
          },
          "media": {
            "type": "string",
            "description": "Attached media."
          },
          "seenBy": {
            "type": "array",
            "description": "Account uids of those who have seen the message (each at most once).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "CreateChatMessageRequest": {
        "type": "object",
        "description": "A message to post. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "required": [
          "room"
        ],
        "properties": {
          "room": {
            "type": "string",
            "minLength": 1,
            "description": "ID of the chat room to post in (documented without an \"optional\" marker, so required)."
          },
          "session": {
            "type": "string",
            "description": "Session reference (optional; not explained in the docs)."
          },
          "text": {
            "type": "string",
            "description": "Text of the message (optional)."
          },
          "media": {
            "type": "string",
            "description": "Attached media (optional)."
          },
          "createdAt": {
            "type": "number",
            "minimum": 0,
            "description": "Creation time in epoch milliseconds (optional; defaults to the current time)."
          }
        }
      },
      "PatchChatMessageRequest": {
        "type": "object",
        "description": "Directives for a chat message. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "properties": {
          "seen": {
            "type": "boolean",
            "description": "Optional directive. Inferred: true adds the caller's account uid to `seenBy` (once); false changes nothing."
          }
        }
      },
      "Problem": {
        "type": "object",
        "additionalProperties": false,
        "description": "RFC 9457 problem details. Inferred: the docs list no error body, so the mock uses this shape.",
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
            "description": "The rule that failed (e.g. a JSON Schema keyword such as `required` or `type`)."
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
        "description": "Inferred: the request is invalid (a body that breaks the schema, malformed JSON, an unknown `room` on create, or a `Prefer` header asking for an undeclared status or example). Every violation is listed in `issues`.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-room": {
                "summary": "Create without `room`, with a misspelt field",
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "The request is invalid.",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "",
                      "keyword": "required",
                      "message": "must have required property \"room\""
                    },
                    {
                      "location": "body",
                      "pointer": "",
                      "keyword": "additionalProperties",
                      "message": "must NOT have additional property \"txt\""
                    }
                  ]
                }
              },
              "seen-not-boolean": {
                "summary": "Patch with a non-boolean `seen`",
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "The request is invalid.",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/seen",
                      "keyword": "type",
                      "message": "must be boolean"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Inferred: no `Authorization: Bearer` token was sent, or it is malformed.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-token": {
                "summary": "No bearer token",
                "value": {
                  "type": "about:blank",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "Send an Authorization Bearer token.",
                  "issues": [
                    {
                      "location": "security",
                      "pointer": "",
                      "keyword": "security",
                      "message": "Authorization Bearer token required."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Inferred: there is no chat message with this id.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "unknown-id": {
                "summary": "Unknown message id",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "No chat message with id \"id-404\"."
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
export const sourceText = "openapi: 3.1.0\ninfo:\n  title: HapiHub / Fleming chat messages (chatmock)\n  version: 1.0.0-chatmock\n  summary: The Chat_Message service of the HAPI Hub (Fleming) API by Hippocrades, as served by the chatmock mock.\n  description: |\n    Hand-written contract for the `chat-messages` service of the HAPI Hub / Fleming healthcare\n    API (apiDoc pages \"Chat_Message\", api-docs v5.116.0 and v5.45.0), used by chatmock to\n    validate traffic and to drive its stateful mock.\n\n    Decisions made by the mock:\n    - **Auth**: `Authorization: Bearer <token>`; a request without it (or with a malformed one)\n      gets 401. Each token maps to an account uid: it is the `createdBy` of the messages that the\n      token posts, and the uid that `seen: true` adds to `seenBy`.\n    - **Create** needs `room`; `createdAt` defaults to the current time in epoch milliseconds.\n      It answers 200, as documented (not 201).\n    - **Patch** takes the `seen` directive only: `seen: true` adds the caller's uid to `seenBy`\n      once, however often it is sent; `seen: false` changes nothing (inferred).\n    - **Unset fields are left out** of a message, as in the docs' examples, which show only `id`,\n      `createdAt` and `createdBy`.\n    - **Errors**: the docs list no error responses, so errors are RFC 9457\n      `application/problem+json`, listing every violation. All error statuses here are inferred.\n    - **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n      typos are caught.\n    - **Fixtures** contain the documented messages `id-1` and `id-2` and the room `room-id`.\n  contact:\n    name: HAPI Hub (Fleming) API documentation\n    url: https://docs.hapihub.com/api/Chat_Message.html\n  license:\n    name: MIT\n    identifier: MIT\nexternalDocs:\n  description: Fleming API docs, Chat_Message (api-docs v5.116.0)\n  url: https://docs.fleming.hippocrades.org/api/Chat_Message.html\nservers:\n  - url: https://yourdomain.com\n    description: >-\n      The docs' own placeholder host (every example uses `https://yourdomain.com`); replace it\n      with the host of your HAPI Hub / Fleming deployment.\nsecurity:\n  - bearerAuth: []\ntags:\n  - name: Chat Messages\n    description: Messages posted in chat rooms (the `chat-messages` service).\npaths:\n  /chat-messages:\n    get:\n      operationId: findChatMessages\n      summary: List chat messages\n      description: >-\n        Returns the chat messages as a bare JSON array (not wrapped in an object). The docs\n        describe no query filters and no pagination.\n      tags:\n        - Chat Messages\n      x-mock: >-\n        No query parameter is documented, so the mock ignores any that are sent and returns every\n        stored message, oldest first (by `createdAt`, then `id`).\n      responses:\n        '200':\n          description: OK. Every chat message, as a bare array.\n          content:\n            application/json:\n              schema:\n                type: array\n                items:\n                  $ref: '#/components/schemas/ChatMessage'\n              examples:\n                docs-example:\n                  summary: The docs' response example\n                  value:\n                    - id: id-1\n                      createdAt: 1564661697125\n                      createdBy: some-uid\n                    - id: id-2\n                      createdAt: 1564661697125\n                      createdBy: some-uid\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n    post:\n      operationId: createChatMessage\n      summary: Post a chat message\n      description: >-\n        Posts a message in a room. The caller's account uid becomes `createdBy`; `createdAt` is\n        the current time in epoch milliseconds unless the body sets it. Answers 200 with the\n        stored message, as the docs say (not 201).\n      tags:\n        - Chat Messages\n      x-mock: >-\n        Inferred: `room` must name a known room (400 otherwise). The mock does not model room\n        participants, so any authenticated caller may post in any known room. The new message\n        gets a generated `id`; fields that are not given are left out of it, and `seenBy` starts\n        unset.\n      requestBody:\n        required: true\n        description: The message to post. Only `room` is required.\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/CreateChatMessageRequest'\n            examples:\n              docs-example:\n                summary: The docs' request example\n                value:\n                  room: room-id\n                  text: hey\n      responses:\n        '200':\n          description: OK. The created chat message.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/ChatMessage'\n              examples:\n                docs-example:\n                  summary: The docs' response example\n                  value:\n                    id: id-1\n                    createdAt: 1564661697125\n                    createdBy: some-uid\n          links:\n            GetChatMessage:\n              operationId: getChatMessage\n              parameters:\n                id: $response.body#/id\n              description: Read the created message back.\n            PatchChatMessage:\n              operationId: patchChatMessage\n              parameters:\n                id: $response.body#/id\n              description: Mark the created message as seen.\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '413':\n          $ref: '#/components/responses/PayloadTooLarge'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '415':\n          $ref: '#/components/responses/UnsupportedMediaType'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n        '507':\n          $ref: '#/components/responses/InsufficientStorage'\n  /chat-messages/{id}:\n    parameters:\n      - $ref: '#/components/parameters/ChatMessageId'\n    get:\n      operationId: getChatMessage\n      summary: Get a chat message\n      description: Returns one chat message by its id.\n      tags:\n        - Chat Messages\n      responses:\n        '200':\n          description: OK. The chat message.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/ChatMessage'\n              examples:\n                docs-example:\n                  summary: The docs' response example\n                  value:\n                    id: id-1\n                    createdAt: 1564661697125\n                    createdBy: some-uid\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n    patch:\n      operationId: patchChatMessage\n      summary: Update a chat message\n      description: >-\n        Applies the optional `seen` directive and returns the message. The directive is not stored\n        as a field of the message. Inferred: `seen: true` adds the caller's account uid to\n        `seenBy`, once however often it is sent; `seen: false` (or an empty body) changes nothing.\n      tags:\n        - Chat Messages\n      x-mock: >-\n        The effect of `seen` is not documented; the mock treats `seen: true` as a set-add of the\n        caller's uid to `seenBy` and `seen: false` as a no-op (it does not remove the uid). No\n        other field of a message can be changed.\n      requestBody:\n        required: true\n        description: The directives to apply.\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/PatchChatMessageRequest'\n            examples:\n              docs-example:\n                summary: The docs' request example\n                value:\n                  seen: true\n      responses:\n        '200':\n          description: OK. The chat message after the directive.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/ChatMessage'\n              examples:\n                docs-example:\n                  summary: The docs' response example\n                  value:\n                    id: id-1\n                    createdAt: 1564661697125\n                    createdBy: some-uid\n                seen:\n                  summary: After `seen` from the account `some-other-uid`\n                  value:\n                    id: id-1\n                    createdAt: 1564661697125\n                    createdBy: some-uid\n                    room: room-id\n                    text: hey\n                    seenBy:\n                      - some-other-uid\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n          $ref: '#/components/responses/NotFound'\n        '413':\n          $ref: '#/components/responses/PayloadTooLarge'\n        '414':\n          $ref: '#/components/responses/UriTooLong'\n        '415':\n          $ref: '#/components/responses/UnsupportedMediaType'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      description: >-\n        `Authorization: Bearer <your-api-token>`. A token maps to an account uid, which is the\n        `createdBy` of the messages it posts.\n  parameters:\n    ChatMessageId:\n      name: id\n      in: path\n      required: true\n      description: Chat message ID.\n      schema:\n        type: string\n        minLength: 1\n      example: id-1\n  schemas:\n    ChatMessage:\n      type: object\n      additionalProperties: false\n      description: >-\n        A chat message. Fields that are unset are left out (the docs' examples show only `id`,\n        `createdAt` and `createdBy`).\n      required:\n        - id\n        - createdAt\n        - createdBy\n      properties:\n        id:\n          type: string\n          description: Chat message ID.\n        createdAt:\n          type: number\n          minimum: 0\n          description: When the message was created, in epoch milliseconds (e.g. 1564661697125).\n        createdBy:\n          type: string\n          description: Account uid of the author.\n        room:\n          type: string\n          description: ID of the chat room the message was posted in.\n        session:\n          type: string\n          description: Session reference (not explained in the docs).\n        text:\n          type: string\n          description: Text of the message.\n        media:\n          type: string\n          description: Attached media.\n        seenBy:\n          type: array\n          description: Account uids of those who have seen the message (each at most once).\n          items:\n            type: string\n    CreateChatMessageRequest:\n      type: object\n      description: >-\n        A message to post. Unknown properties are rejected (`additionalProperties: false`, a mock\n        decision so that client typos are caught).\n      additionalProperties: false\n      required:\n        - room\n      properties:\n        room:\n          type: string\n          minLength: 1\n          description: ID of the chat room to post in (documented without an \"optional\" marker, so required).\n        session:\n          type: string\n          description: Session reference (optional; not explained in the docs).\n        text:\n          type: string\n          description: Text of the message (optional).\n        media:\n          type: string\n          description: Attached media (optional).\n        createdAt:\n          type: number\n          minimum: 0\n          description: Creation time in epoch milliseconds (optional; defaults to the current time).\n    PatchChatMessageRequest:\n      type: object\n      description: >-\n        Directives for a chat message. Unknown properties are rejected (`additionalProperties:\n        false`, a mock decision so that client typos are caught).\n      additionalProperties: false\n      properties:\n        seen:\n          type: boolean\n          description: >-\n            Optional directive. Inferred: true adds the caller's account uid to `seenBy` (once);\n            false changes nothing.\n    Problem:\n      type: object\n      additionalProperties: false\n      description: >-\n        RFC 9457 problem details. Inferred: the docs list no error body, so the mock uses this\n        shape.\n      required:\n        - type\n        - title\n        - status\n      properties:\n        type:\n          type: string\n          format: uri-reference\n          description: A URI reference that identifies the problem type.\n        title:\n          type: string\n          description: A short, human-readable summary of the problem type.\n        status:\n          type: integer\n          description: The HTTP status code.\n        detail:\n          type: string\n          description: A human-readable explanation of this occurrence of the problem.\n        issues:\n          type: array\n          description: Every violation found in the request (validation errors only).\n          items:\n            $ref: '#/components/schemas/Issue'\n    Issue:\n      type: object\n      additionalProperties: false\n      description: One violation found in the request.\n      required:\n        - location\n        - pointer\n        - keyword\n        - message\n      properties:\n        location:\n          type: string\n          enum:\n            - path\n            - query\n            - header\n            - body\n            - security\n          description: The part of the request that holds the violation.\n        pointer:\n          type: string\n          description: JSON pointer to the offending value within that part (\"\" for the whole part).\n        keyword:\n          type: string\n          description: The rule that failed (e.g. a JSON Schema keyword such as `required` or `type`).\n        message:\n          type: string\n          description: What was expected.\n  responses:\n    PayloadTooLarge:\n      description: 'Inferred: the body is larger than 1 MB, the most the mock reads.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            payload-too-large:\n              summary: Payload Too Large\n              value:\n                type: about:blank\n                title: Payload Too Large\n                status: 413\n                detail: payload too large\n    UriTooLong:\n      description: 'Inferred: the URL is longer than 8 KB, the most the mock reads.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            uri-too-long:\n              summary: URI Too Long\n              value:\n                type: about:blank\n                title: URI Too Long\n                status: 414\n                detail: uri too long\n    InsufficientStorage:\n      description: 'Inferred: a mock-only answer. The mock''s store holds its record limit (--record-limit); reset the mock or raise the limit.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            insufficient-storage:\n              summary: Insufficient Storage\n              value:\n                type: about:blank\n                title: Insufficient Storage\n                status: 507\n                detail: insufficient storage\n    InternalServerError:\n      description: >-\n        Inferred: an internal error. The mock sends it only when a fault is asked for (error rate\n        or `Prefer: code=500`).\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            internal:\n              summary: A server fault\n              value:\n                type: about:blank\n                title: Internal Server Error\n                status: 500\n                detail: Internal Server Error\n    BadRequest:\n      description: >-\n        Inferred: the request is invalid (a body that breaks the schema, malformed JSON, an\n        unknown `room` on create, or a `Prefer` header asking for an undeclared status or example).\n        Every violation is listed in `issues`.\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            missing-room:\n              summary: Create without `room`, with a misspelt field\n              value:\n                type: about:blank\n                title: Bad Request\n                status: 400\n                detail: The request is invalid.\n                issues:\n                  - location: body\n                    pointer: ''\n                    keyword: required\n                    message: must have required property \"room\"\n                  - location: body\n                    pointer: ''\n                    keyword: additionalProperties\n                    message: must NOT have additional property \"txt\"\n            seen-not-boolean:\n              summary: Patch with a non-boolean `seen`\n              value:\n                type: about:blank\n                title: Bad Request\n                status: 400\n                detail: The request is invalid.\n                issues:\n                  - location: body\n                    pointer: /seen\n                    keyword: type\n                    message: must be boolean\n    Unauthorized:\n      description: 'Inferred: no `Authorization: Bearer` token was sent, or it is malformed.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            missing-token:\n              summary: No bearer token\n              value:\n                type: about:blank\n                title: Unauthorized\n                status: 401\n                detail: Send an Authorization Bearer token.\n                issues:\n                  - location: security\n                    pointer: ''\n                    keyword: security\n                    message: Authorization Bearer token required.\n    NotFound:\n      description: 'Inferred: there is no chat message with this id.'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            unknown-id:\n              summary: Unknown message id\n              value:\n                type: about:blank\n                title: Not Found\n                status: 404\n                detail: No chat message with id \"id-404\".\n    UnsupportedMediaType:\n      description: 'Inferred: the request body is not JSON (its Content-Type is not `application/json`).'\n      content:\n        application/problem+json:\n          schema:\n            $ref: '#/components/schemas/Problem'\n          examples:\n            not-json:\n              summary: Body sent as form data\n              value:\n                type: about:blank\n                title: Unsupported Media Type\n                status: 415\n                detail: The request body must be application/json.\n                issues:\n                  - location: header\n                    pointer: /content-type\n                    keyword: contentType\n                    message: must be application/json\n"
